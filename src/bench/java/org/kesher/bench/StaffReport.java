package org.kesher.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The staff members' run ({@link StaffLoad}) in the report and in target/bench-results.json. */
final class StaffReport {

  private StaffReport() {}

  /** The report's lines about the run. */
  static void describe(
      BenchSettings settings, StaffLoad.Result r, double goalMs, Consumer<String> line) {
    var intake = r.intake();
    line.accept(
        String.format(
            Locale.ROOT,
            "Staff at work: %d caseworkers logged in at once (each their own session; %d-%d ms"
                + " between two requests), each going round their unit's open queue, a search, a"
                + " case from the queue and a note on it; beside them intake paced at %.0f/s over"
                + " 8 connections (%.0f/s achieved, p99 %.1f ms, %d errors). %.0f s measured after"
                + " %d s of warm-up",
            r.members().size(),
            settings.staffThinkMillis().get(0),
            settings.staffThinkMillis().get(settings.staffThinkMillis().size() - 1),
            settings.staffIntakeRate(),
            intake.perSecond(),
            intake.p99(),
            intake.errors(),
            r.seconds(),
            settings.staffWarmupSeconds()));
    line.accept(
        String.format(
            Locale.ROOT,
            "  %-36s %8s %8s %8s %8s",
            "step, all members",
            "requests",
            "p50 ms",
            "p95 ms",
            "max ms"));
    r.steps()
        .forEach(
            (name, t) ->
                line.accept(
                    String.format(
                        Locale.ROOT,
                        "  %-36s %8d %8.1f %8.1f %8.1f",
                        name,
                        t.count(),
                        t.p50(),
                        t.p95(),
                        t.max())));
    long met = r.members().stream().filter(m -> m.all().p95() < goalMs).count();
    line.accept(
        String.format(
            Locale.ROOT,
            "  each member's p95 over all their requests: %d of %d under %.0f ms: %s; errors %d%s;"
                + " notes refused because another member had just changed the case: %d",
            met,
            r.members().size(),
            goalMs,
            met == r.members().size() && r.errors() == 0 ? "ok" : "MISSED",
            r.errors(),
            r.firstError() == null ? "" : " (first: " + r.firstError() + ")",
            r.conflicts()));
    line.accept("  the five slowest members (p50 / p95 / max ms, requests, unit):");
    r.members().stream()
        .limit(5)
        .forEach(
            m ->
                line.accept(
                    m.all().count() == 0
                        ? String.format(
                            Locale.ROOT,
                            "    %-12s no request measured (see the errors)  unit %d",
                            m.username(),
                            m.unitId())
                        : String.format(
                            Locale.ROOT,
                            "    %-12s %6.1f / %6.1f / %6.1f  %4d  unit %d",
                            m.username(),
                            m.all().p50(),
                            m.all().p95(),
                            m.all().max(),
                            m.all().count(),
                            m.unitId())));
  }

  /** The run's figures for target/bench-results.json. */
  static Map<String, Object> json(StaffLoad.Result r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("members", r.members().size());
    out.put("seconds", r.seconds());
    out.put("errors", r.errors());
    out.put("conflicts", r.conflicts());
    Map<String, Object> steps = new LinkedHashMap<>();
    r.steps().forEach((name, t) -> steps.put(name, figures(t)));
    out.put("steps", steps);
    List<Object> members = new ArrayList<>();
    for (var m : r.members()) {
      Map<String, Object> member = figures(m.all());
      member.put("username", m.username());
      member.put("unitId", m.unitId());
      members.add(member);
    }
    out.put("eachMember", members);
    out.put("intakePerSecond", r.intake().perSecond());
    out.put("intakeP99Ms", r.intake().p99());
    out.put("intakeErrors", r.intake().errors());
    return out;
  }

  private static Map<String, Object> figures(Timings t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requests", t.count());
    out.put("p50Ms", t.p50());
    out.put("p95Ms", t.p95());
    out.put("maxMs", t.max());
    return out;
  }
}
