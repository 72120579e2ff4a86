package org.kesher.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kesher.ground.control.Accessed;

/**
 * One line of the access log: who, when, from which address, what kind of access to what, how much
 * was shown, granted or refused. Written once and never changed (no setter, no version): Kesher's
 * database user may only insert and read it.
 */
@Entity
@Table(name = "access_entry")
@NamedQuery(
    name = AccessEntry.OF_DAY_AFTER,
    query =
        "SELECT e FROM AccessEntry e WHERE e.happenedAt >= :from AND e.happenedAt < :to"
            + " AND e.id > :after ORDER BY e.id")
@NamedQuery(
    name = AccessEntry.UNSEALED_BEFORE,
    query =
        "SELECT e.id FROM AccessEntry e WHERE e.happenedAt < :to AND e.happenedAt >= :from"
            + " AND NOT EXISTS (SELECT s FROM AccessSeal s WHERE s.entryId = e.id) ORDER BY e.id")
public class AccessEntry {

  /** The entries of a day ({@code :from}, {@code :to}) after an id ({@code :after}), by id. */
  public static final String OF_DAY_AFTER = "AccessEntry.ofDayAfter";

  /** Ids of entries in a sealed stretch ({@code :from}, {@code :to}) that have no seal. */
  public static final String UNSEALED_BEFORE = "AccessEntry.unsealedBefore";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  @Column(name = "staff_id")
  private Long staffId;

  @Column(name = "staff_name")
  private String staffName;

  private String client;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Accessed.Action action;

  @Enumerated(EnumType.STRING)
  @Column(name = "object_kind", nullable = false)
  private Accessed.ObjectKind objectKind;

  @Column(name = "object_ref")
  private String objectRef;

  @Column(nullable = false)
  private boolean granted;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Accessed.Extent extent;

  private String detail;

  protected AccessEntry() {}

  /**
   * @param client the address the request came from, or null for Kesher's own jobs
   */
  public AccessEntry(Accessed what, Long staffId, String staffName, String client, Instant at) {
    this.happenedAt = Objects.requireNonNull(at).truncatedTo(ChronoUnit.MILLIS);
    this.staffId = staffId;
    this.staffName = clip(staffName, 100);
    this.client = clip(client, 64);
    this.action = what.action();
    this.objectKind = what.objectKind();
    this.objectRef = clip(what.object(), 120);
    this.granted = what.granted();
    this.extent = what.extent();
    this.detail = clip(what.detail(), 120);
  }

  /**
   * The entry's insert as plain SQL: one statement, its id given by the database and never read
   * back (an entity's identity id costs a second round trip, on intake's path among others).
   */
  public static final String INSERT =
      "INSERT INTO access_entry (happened_at, staff_id, staff_name, client, action, object_kind,"
          + " object_ref, granted, extent, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** The values of {@link #INSERT}'s parameters, in order. */
  public Object[] insertValues() {
    return new Object[] {
      java.sql.Timestamp.from(happenedAt),
      staffId,
      staffName,
      client,
      action.name(),
      objectKind.name(),
      objectRef,
      granted,
      extent.name(),
      detail
    };
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /**
   * The entry as the hash chain reads it: every column, in a fixed order, with a separator that no
   * column holds. A changed column changes the bytes, and so the hash.
   */
  public byte[] canonical() {
    return Stream.of(
            String.valueOf(id),
            String.valueOf(happenedAt.toEpochMilli()),
            String.valueOf(staffId),
            String.valueOf(staffName),
            String.valueOf(client),
            action.name(),
            objectKind.name(),
            String.valueOf(objectRef),
            String.valueOf(granted),
            extent.name(),
            String.valueOf(detail))
        .collect(Collectors.joining("\u001f"))
        .getBytes(StandardCharsets.UTF_8);
  }

  public Long id() {
    return id;
  }

  public Instant happenedAt() {
    return happenedAt;
  }

  public Optional<Long> staffId() {
    return Optional.ofNullable(staffId);
  }

  public Optional<String> staffName() {
    return Optional.ofNullable(staffName);
  }

  public Optional<String> client() {
    return Optional.ofNullable(client);
  }

  public Accessed.Action action() {
    return action;
  }

  public Accessed.ObjectKind objectKind() {
    return objectKind;
  }

  public Optional<String> objectRef() {
    return Optional.ofNullable(objectRef);
  }

  public boolean granted() {
    return granted;
  }

  public Accessed.Extent extent() {
    return extent;
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
