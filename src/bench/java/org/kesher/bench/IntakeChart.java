package org.kesher.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A self-contained HTML page (inline SVG, no scripts) with the intake figures per concurrency:
 * throughput and p99 latency, Kesher beside the limit.
 */
final class IntakeChart {

  private static final String KESHER = "#1f6feb";
  private static final String LIMIT = "#8c959f";

  private IntakeChart() {}

  static String html(
      List<IntakeBench.Result> results, List<IntakeBench.Start> starts, String machine) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Kesher intake benchmark</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#24292f}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #d0d7de;padding:.3em .6em;text-align:right}")
        .append("th{background:#f6f8fa}td:first-child,th:first-child{text-align:left}")
        .append(".k{color:")
        .append(KESHER)
        .append("}.l{color:")
        .append(LIMIT)
        .append("}svg{margin:1em 2em 1em 0}</style></head><body>\n");
    out.append("<h1>Kesher intake: POST /api/v1/requests</h1>\n<p>")
        .append(escape(machine))
        .append("</p>\n<p><b class=\"k\">■ Kesher</b> (wrk) beside <b class=\"l\">■ the limit</b>")
        .append(" (plain JDBC writing the same rows in one transaction per request, one pooled")
        .append(" connection per thread), at each concurrency.</p>\n");
    for (var r : results) {
      section(out, r);
    }
    if (!starts.isEmpty()) {
      out.append("<h2>Start-up</h2>\n<table><tr><th>start</th><th>JVM flags</th>")
          .append("<th>to /health/ready UP, s</th><th>RSS idle, MB</th>")
          .append("<th>RSS under load, MB</th><th>load req/s</th></tr>\n");
      for (var s : starts) {
        out.append(
            String.format(
                Locale.ROOT,
                "<tr><td>%s</td><td>%s</td><td>%.1f</td><td>%d</td><td>%d</td><td>%.0f</td></tr>\n",
                escape(s.name()),
                escape(String.join(" ", s.flags())),
                s.readySeconds(),
                s.rssIdleKb() >> 10,
                s.rssLoadKb() >> 10,
                s.load().perSecond()));
      }
      out.append("</table>\n");
    }
    out.append("</body></html>\n");
    return out.toString();
  }

  /** One spread of the requests: its charts, its table and its paced run. */
  private static void section(StringBuilder out, IntakeBench.Result r) {
    out.append("<h2>")
        .append(r.bodies())
        .append(" bodies of ")
        .append(escape(r.spread()))
        .append("</h2>\n");
    out.append(
        chart(
            "Throughput (requests/s)",
            r.levels(),
            l -> l.kesher().perSecond(),
            l -> l.limit().perSecond(),
            "%.0f"));
    out.append(
        chart("p99 latency (ms)", r.levels(), l -> l.kesher().p99(), l -> l.limit().p99(), "%.1f"));
    out.append(
        chart("p50 latency (ms)", r.levels(), l -> l.kesher().p50(), l -> l.limit().p50(), "%.1f"));
    out.append("\n<table><tr><th>concurrency</th><th>Kesher req/s</th><th>p50 ms</th>")
        .append("<th>p99 ms</th><th>errors</th><th>limit req/s</th><th>p50 ms</th>")
        .append("<th>p99 ms</th><th>errors</th><th>ratio</th></tr>\n");
    for (var l : r.levels()) {
      out.append("<tr><td>").append(String.join("</td><td>", l.cells())).append("</td></tr>\n");
    }
    out.append("</table>\n");
    var h = r.halfRate();
    out.append(
        String.format(
            Locale.ROOT,
            "<p>Kesher paced at half its best rate (%.0f offered, %.0f achieved, %d connections):"
                + " p50 %.1f ms, p99 %.1f ms, %d errors. Best ratio to the limit %.2f (Kesher"
                + " %.0f/s at concurrency %d, the limit's best %.0f/s). Resident memory %d MB"
                + " idle, %d MB under load.</p>\n",
            h.offeredPerSecond(),
            h.perSecond(),
            h.connections(),
            h.p50(),
            h.p99(),
            h.errors(),
            r.bestKesher() / r.bestLimit(),
            r.bestKesher(),
            r.bestConcurrency(),
            r.bestLimit(),
            r.rssIdleKb() >> 10,
            r.rssLoadKb() >> 10));
  }

  /** Grouped bars: for each concurrency, Kesher's bar beside the limit's. */
  private static String chart(
      String title,
      List<IntakeBench.Level> levels,
      ToDoubleFunction<IntakeBench.Level> kesher,
      ToDoubleFunction<IntakeBench.Level> limit,
      String format) {
    int width = 520;
    int height = 300;
    int left = 60;
    int bottom = 40;
    int top = 30;
    double max = 0;
    for (var l : levels) {
      max = Math.max(max, Math.max(kesher.applyAsDouble(l), limit.applyAsDouble(l)));
    }
    max = niceCeiling(max);
    double plotHeight = height - bottom - top;
    double group = (width - left - 10.0) / Math.max(1, levels.size());
    double bar = group * 0.35;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"%s\"><text x=\"%d\" y=\"18\" font-size=\"14\""
                + " font-weight=\"bold\">%s</text>",
            width,
            height,
            escape(title),
            left,
            escape(title)));
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4;
      double y = top + plotHeight - plotHeight * i / 4;
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#d0d7de\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s</text>",
              left,
              width - 10,
              y,
              y,
              left - 5,
              y + 4,
              String.format(Locale.ROOT, format, v)));
    }
    for (int i = 0; i < levels.size(); i++) {
      var l = levels.get(i);
      double x = left + group * i + group * 0.12;
      double[] values = {kesher.applyAsDouble(l), limit.applyAsDouble(l)};
      String[] colours = {KESHER, LIMIT};
      for (int k = 0; k < 2; k++) {
        double v = Double.isNaN(values[k]) ? 0 : values[k];
        double h = max == 0 ? 0 : plotHeight * v / max;
        double bx = x + k * (bar + 2);
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                    + "<title>%s</title></rect>"
                    + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                bx,
                top + plotHeight - h,
                bar,
                h,
                colours[k],
                (k == 0 ? "Kesher " : "limit ") + String.format(Locale.ROOT, format, v),
                bx + bar / 2,
                top + plotHeight - h - 3,
                String.format(Locale.ROOT, format, v)));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%d</text>",
              x + bar + 1,
              height - bottom + 16,
              l.concurrency()));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">concurrency"
                + " (connections / threads)</text></svg>\n",
            left + (width - left) / 2,
            height - 6));
    return svg.toString();
  }

  private static double niceCeiling(double v) {
    if (v <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= v) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
