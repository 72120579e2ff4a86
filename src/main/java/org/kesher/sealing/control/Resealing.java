package org.kesher.sealing.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The re-sealing and exact-index rebuild of {@link SealedColumns}, over plain JDBC: each table is
 * read along its key in batches, each batch locked, re-sealed under the newest data key (values
 * under an older one) and its exact indexes computed again with the ring's index key (after a new
 * index key), and committed with its progress, so a run cut off resumes where it stopped. Rows
 * changed meanwhile by Kesher are sealed with the newest key already.
 */
public final class Resealing {

  private Resealing() {}

  /** What one batch did: the rows it changed, and whether its table is finished. */
  public record Step(int changed, boolean finished) {}

  /** How far one table has come in a job. */
  public record Progress(String table, long doneRows, boolean finished) {}

  /** The job that brings every value to this ring: its data key and its index key. */
  public static String job(KeyRing ring) {
    return "keys-d" + ring.newestKeyId() + "-i" + ring.indexFingerprint();
  }

  /**
   * Runs the job to its end, {@code batch} rows a transaction, and retires the older data keys.
   *
   * @return rows changed
   */
  public static long run(DataSource dataSource, KeyRing ring, boolean reindex, int batch)
      throws SQLException {
    long changed = 0;
    for (SealedColumns.Table table : SealedColumns.ALL) {
      Step step;
      do {
        step = step(dataSource, ring, table, reindex, batch);
        changed += step.changed();
      } while (!step.finished());
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      KeyLedger.retireBelow(c, ring.newestKeyId(), Instant.now());
      if (reindex) {
        // the marks hold indexes of the old key, and no address to compute them again from: an
        // address still undeliverable is marked again at its next refusal
        try (var forget = c.prepareStatement("DELETE FROM mail_undeliverable")) {
          forget.executeUpdate();
        }
      }
    }
    return changed;
  }

  /**
   * One batch of one table, in its own transaction.
   *
   * @return the rows the batch changed, and whether the table is finished
   */
  public static Step step(
      DataSource dataSource, KeyRing ring, SealedColumns.Table table, boolean reindex, int batch)
      throws SQLException {
    String job = job(ring);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long[] at = progress(c, job, table.name());
        if (at[2] == 1) {
          c.commit();
          return new Step(0, true);
        }
        List<Object[]> rows = read(c, table, at[0], batch);
        int n = 0;
        for (Object[] row : rows) {
          if (rewrite(c, ring, table, row, reindex)) {
            n++;
          }
        }
        long last = rows.isEmpty() ? at[0] : (Long) rows.get(rows.size() - 1)[0];
        boolean finished = rows.size() < batch;
        try (var save =
            c.prepareStatement(
                "UPDATE sealing_progress SET last_id = ?, done_rows = ?, finished_at = ?"
                    + " WHERE job = ? AND table_name = ?")) {
          save.setLong(1, last);
          save.setLong(2, at[1] + rows.size());
          save.setTimestamp(3, finished ? Timestamp.from(Instant.now()) : null);
          save.setString(4, job);
          save.setString(5, table.name());
          save.executeUpdate();
        }
        c.commit();
        return new Step(n, finished);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** The progress of each table in the job of this ring. */
  public static List<Progress> progress(DataSource dataSource, KeyRing ring) throws SQLException {
    List<Progress> all = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        var read =
            c.prepareStatement(
                "SELECT table_name, done_rows, finished_at FROM sealing_progress WHERE job = ?"
                    + " ORDER BY table_name")) {
      read.setString(1, job(ring));
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          all.add(new Progress(rows.getString(1), rows.getLong(2), rows.getTimestamp(3) != null));
        }
      }
    }
    return all;
  }

  /** {last id, rows done, finished 0/1}, the row written when the job first meets the table. */
  private static long[] progress(Connection c, String job, String table) throws SQLException {
    try (var read =
        c.prepareStatement(
            "SELECT last_id, done_rows, finished_at FROM sealing_progress"
                + " WHERE job = ? AND table_name = ?")) {
      read.setString(1, job);
      read.setString(2, table);
      try (ResultSet row = read.executeQuery()) {
        if (row.next()) {
          return new long[] {row.getLong(1), row.getLong(2), row.getTimestamp(3) == null ? 0 : 1};
        }
      }
    }
    try (var start =
        c.prepareStatement(
            "INSERT INTO sealing_progress (job, table_name, last_id, done_rows) VALUES (?, ?, 0, 0)")) {
      start.setString(1, job);
      start.setString(2, table);
      start.executeUpdate();
    }
    return new long[] {0, 0, 0};
  }

  private static List<Object[]> read(Connection c, SealedColumns.Table table, long after, int batch)
      throws SQLException {
    String sql =
        "SELECT "
            + table.idColumn()
            + ", "
            + String.join(", ", table.sealed())
            + " FROM "
            + table.name()
            + " WHERE "
            + table.idColumn()
            + " > ? ORDER BY "
            + table.idColumn()
            + " LIMIT ? FOR UPDATE";
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setLong(1, after);
      select.setInt(2, batch);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[1 + table.sealed().size()];
          row[0] = rs.getLong(1);
          for (int i = 0; i < table.sealed().size(); i++) {
            row[1 + i] = rs.getBytes(2 + i);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Writes the row again if a value is under an older key or its indexes must be computed. */
  private static boolean rewrite(
      Connection c, KeyRing ring, SealedColumns.Table table, Object[] row, boolean reindex)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < table.sealed().size(); i++) {
      byte[] sealed = (byte[]) row[1 + i];
      if (sealed != null && KeyRing.keyIdOf(sealed) != ring.newestKeyId()) {
        columns.add(table.sealed().get(i));
        values.add(ring.sealBytes(ring.openBytes(sealed)));
      }
    }
    if (reindex) {
      for (SealedColumns.Index index : table.indexes()) {
        byte[] source = (byte[]) row[1 + table.sealed().indexOf(index.source())];
        columns.add(index.column());
        values.add(ring.blindIndex(index.normalise().apply(ring.open(source))));
      }
    }
    if (columns.isEmpty()) {
      return false;
    }
    String sql =
        "UPDATE "
            + table.name()
            + " SET "
            + String.join(" = ?, ", columns)
            + " = ? WHERE "
            + table.idColumn()
            + " = ?";
    try (PreparedStatement update = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value instanceof byte[] bytes) {
          update.setBytes(i + 1, bytes);
        } else {
          update.setString(i + 1, (String) value);
        }
      }
      update.setLong(values.size() + 1, (Long) row[0]);
      return update.executeUpdate() == 1;
    }
  }
}
