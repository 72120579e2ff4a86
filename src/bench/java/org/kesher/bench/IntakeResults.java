package org.kesher.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The intake and start-up figures as maps and lists for target/bench-results.json. */
final class IntakeResults {

  private IntakeResults() {}

  static Map<String, Object> json(IntakeBench.Result r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("bodies", r.bodies());
    out.put("spread", r.spread());
    out.put("casesAtStartOfEachLevel", r.baselineCases());
    out.put("kesherPoolSize", r.poolSize());
    List<Object> levels = new ArrayList<>();
    for (var l : r.levels()) {
      Map<String, Object> level = new LinkedHashMap<>();
      level.put("concurrency", l.concurrency());
      level.put("kesher", wrk(l.kesher()));
      level.put("kesherRowsPerRequest", rows(l.kesherRows()));
      Map<String, Object> limit = new LinkedHashMap<>();
      limit.put("requests", l.limit().requests());
      limit.put("seconds", l.limit().seconds());
      limit.put("perSecond", l.limit().perSecond());
      limit.put("p50Ms", l.limit().p50());
      limit.put("p99Ms", l.limit().p99());
      limit.put("errors", l.limit().errors());
      level.put("limit", limit);
      level.put("limitRowsPerRequest", rows(l.limitRows()));
      level.put("ratio", l.ratio());
      levels.add(level);
    }
    out.put("levels", levels);
    List<Object> warmups = new ArrayList<>();
    for (var w : r.warmups()) {
      warmups.add(Map.of("side", w.side(), "roundsPerSecond", w.rounds()));
    }
    out.put("warmups", warmups);
    Map<String, Object> best = new LinkedHashMap<>();
    best.put("kesherPerSecond", r.bestKesher());
    best.put("concurrency", r.bestConcurrency());
    best.put("limitBestPerSecond", r.bestLimit());
    best.put("ratio", r.bestKesher() / r.bestLimit());
    best.put("goalRatio", 0.6);
    out.put("best", best);
    out.put("halfRate", wrk(r.halfRate()));
    out.put("refusedBeforeDatabase", wrk(r.refused()));
    out.put("kesherReadySeconds", r.kesherReadySeconds());
    out.put("rssIdleMb", r.rssIdleKb() >> 10);
    out.put("rssUnderLoadMb", r.rssLoadKb() >> 10);
    return out;
  }

  static List<Object> json(List<IntakeBench.Start> starts) {
    List<Object> out = new ArrayList<>();
    for (var s : starts) {
      Map<String, Object> start = new LinkedHashMap<>();
      start.put("name", s.name());
      start.put("jvmFlags", s.flags());
      start.put("readySeconds", s.readySeconds());
      start.put("rssIdleMb", s.rssIdleKb() >> 10);
      start.put("rssUnderLoadMb", s.rssLoadKb() >> 10);
      start.put("load", wrk(s.load()));
      out.add(start);
    }
    return out;
  }

  private static Map<String, Object> wrk(IntakeBench.Wrk w) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("connections", w.connections());
    out.put("requests", w.requests());
    out.put("seconds", w.seconds());
    out.put("perSecond", w.perSecond());
    if (w.offeredPerSecond() > 0) {
      out.put("offeredPerSecond", w.offeredPerSecond());
    }
    out.put("p50Ms", w.p50());
    out.put("p90Ms", w.p90());
    out.put("p99Ms", w.p99());
    out.put("maxMs", w.max());
    out.put("non201", w.non201());
    out.put("socketErrors", w.socketErrors());
    out.put("errors", w.errors());
    if (w.firstError() != null) {
      out.put("firstError", w.firstError());
    }
    return out;
  }

  private static Map<String, Object> rows(IntakeBench.Rows r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cases", r.cases());
    out.put("eventsPerCase", r.eventsPerCase());
    out.put("mailsPerCase", r.mailsPerCase());
    out.put("wordsPerCase", r.wordsPerCase());
    out.put("logEntriesPerCase", r.logEntriesPerCase());
    out.put("noticesPerCase", r.noticesPerCase());
    return out;
  }
}
