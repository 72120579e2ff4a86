package org.kesher.sealing.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * What the database says about the keys: the data keys values were sealed with and which of them
 * the re-sealing job has retired, and the fingerprint of the index key the blind indexes were
 * computed with. Checked at every start: Kesher refuses to start without a data key that may still
 * be needed, and notices a new index key (the rebuild job then computes every index again).
 */
public final class KeyLedger {

  private KeyLedger() {}

  /** What a start finds about the keys. */
  public record State(Set<Integer> inUse, String storedFingerprint, boolean rebuildNeeded) {

    /** Whether some value may still be sealed under a key older than the ring's newest. */
    public boolean resealNeeded(KeyRing ring) {
      return inUse.stream().anyMatch(id -> id < ring.newestKeyId());
    }
  }

  /**
   * Records the ring's keys as in use and, on a database that has none yet, the index key's
   * fingerprint; then refuses a ring without a key that is not retired.
   *
   * @throws IllegalStateException naming the missing key and what to do
   */
  public static State check(DataSource dataSource, KeyRing ring, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      Set<Integer> known = new TreeSet<>();
      try (var read = c.prepareStatement("SELECT key_id FROM sealing_key");
          var rows = read.executeQuery()) {
        while (rows.next()) {
          known.add(rows.getInt(1));
        }
      }
      for (int id : ring.keyIds()) {
        if (!known.contains(id)) {
          try (var add =
              c.prepareStatement("INSERT INTO sealing_key (key_id, first_used) VALUES (?, ?)")) {
            add.setInt(1, id);
            add.setTimestamp(2, Timestamp.from(now));
            add.executeUpdate();
          } catch (SQLException raced) {
            // another node recorded it first
          }
        }
      }
      Set<Integer> inUse = new TreeSet<>();
      try (var read =
              c.prepareStatement("SELECT key_id FROM sealing_key WHERE retired_at IS NULL");
          var rows = read.executeQuery()) {
        while (rows.next()) {
          inUse.add(rows.getInt(1));
        }
      }
      for (int id : inUse) {
        if (!ring.keyIds().contains(id)) {
          throw new IllegalStateException(
              "KESHER_DATA_KEY (kesher.data-key) lacks key "
                  + id
                  + ", and values sealed with it may remain: put it back in the ring"
                  + " (\""
                  + id
                  + ":<key>,"
                  + ring.newestKeyId()
                  + ":<key>\") until the"
                  + " re-sealing job has finished (README, \"Rotating the keys\")");
        }
      }
      String stored = fingerprint(c);
      if (stored == null) {
        writeFingerprint(c, ring, now);
        stored = ring.indexFingerprint();
      }
      return new State(inUse, stored, !stored.equals(ring.indexFingerprint()));
    } catch (SQLException e) {
      throw new IllegalStateException("the key ledger cannot be read: " + e.getMessage(), e);
    }
  }

  /** After every value is sealed with the newest key: the older ones are retired. */
  static void retireBelow(Connection c, int newest, Instant now) throws SQLException {
    try (var retire =
        c.prepareStatement(
            "UPDATE sealing_key SET retired_at = ? WHERE key_id < ? AND retired_at IS NULL")) {
      retire.setTimestamp(1, Timestamp.from(now));
      retire.setInt(2, newest);
      retire.executeUpdate();
    }
  }

  /** After every index is computed with the ring's index key. */
  public static void writeFingerprint(Connection c, KeyRing ring, Instant now) throws SQLException {
    try (var delete = c.prepareStatement("DELETE FROM sealing_index WHERE id = 1");
        var insert =
            c.prepareStatement(
                "INSERT INTO sealing_index (id, fingerprint, written_at) VALUES (1, ?, ?)")) {
      delete.executeUpdate();
      insert.setString(1, ring.indexFingerprint());
      insert.setTimestamp(2, Timestamp.from(now));
      insert.executeUpdate();
    }
  }

  private static String fingerprint(Connection c) throws SQLException {
    try (var read = c.prepareStatement("SELECT fingerprint FROM sealing_index WHERE id = 1");
        var rows = read.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
