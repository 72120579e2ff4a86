package org.kesher.reporting.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.kesher.reporting.control.DashboardTables;

/**
 * A dashboard table drawn by Chart.js (PrimeFaces' {@code p:chart}): a line per row over the
 * columns for the weeks' table, stacked bars per row otherwise. The first column names the rows and
 * a last "total" column is left out; a small count of sealed cases ("&lt; 5") is left out of the
 * drawing too (a gap), as the table beside the chart says it.
 */
final class DashboardCharts {

  private static final String[] COLOURS = {
    "#1b5e9e", "#b3541e", "#2e7d32", "#6a1b9a", "#00838f", "#ad1457", "#5d4037", "#37474f"
  };

  private DashboardCharts() {}

  static String of(DashboardTables.Table table, boolean overTime) {
    List<String> headers = table.headers();
    int last = headers.size() - 1;
    boolean withTotal = table.rows().stream().allMatch(r -> r.size() == headers.size()) && last > 1;
    int end = withTotal ? last : headers.size();
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    if (overTime) {
      for (int c = 1; c < end; c++) {
        labels.add(headers.get(c));
      }
      int i = 0;
      for (List<String> row : table.rows()) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int c = 1; c < end; c++) {
          add(data, row.get(c));
        }
        datasets.add(dataset(row.get(0), data, i++).add("fill", false));
      }
    } else {
      table.rows().forEach(r -> labels.add(r.get(0)));
      for (int c = 1; c < end; c++) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (List<String> row : table.rows()) {
          add(data, row.get(c));
        }
        datasets.add(dataset(headers.get(c), data, c - 1));
      }
    }
    JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", !overTime);
    return Json.createObjectBuilder()
        .add("type", overTime ? "line" : "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", stacked)
                        .add("y", Json.createObjectBuilder().add("stacked", !overTime))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, int index) {
    String colour = COLOURS[index % COLOURS.length];
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static void add(JsonArrayBuilder data, String cell) {
    try {
      data.add(Long.parseLong(cell));
    } catch (NumberFormatException e) {
      data.addNull();
    }
  }
}
