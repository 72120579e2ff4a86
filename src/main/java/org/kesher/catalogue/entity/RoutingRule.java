package org.kesher.catalogue.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.Optional;

/**
 * Routes (request type, locality) to a unit; an empty type or locality matches any. The most
 * specific matching rule wins; whatever no rule matches lands at the intake desk.
 */
@Entity
@Table(name = "routing_rule")
@NamedQuery(
    name = RoutingRule.ACTIVE,
    query = "SELECT r FROM RoutingRule r WHERE r.active = TRUE ORDER BY r.priority, r.id")
@NamedQuery(
    name = RoutingRule.ACTIVE_ROUTES,
    query =
        "SELECT r.id, t.id, l.id, u.id, r.priority FROM RoutingRule r LEFT JOIN r.requestType t"
            + " LEFT JOIN r.locality l JOIN r.unit u WHERE r.active = TRUE"
            + " ORDER BY r.priority, r.id")
public class RoutingRule {

  public static final String ACTIVE = "RoutingRule.active";

  /**
   * The active rules as routing table ({@code RoutingTable.Route}) columns: id, type, locality,
   * unit, priority.
   */
  public static final String ACTIVE_ROUTES = "RoutingRule.activeRoutes";

  @Id
  @TableGenerator(
      name = "routing_rule_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "routing_rule",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "routing_rule_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "request_type_id")
  private RequestType requestType;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "locality_id")
  private Locality locality;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  private int priority = 100;

  private boolean active = true;

  @Version private long version;

  protected RoutingRule() {}

  public RoutingRule(RequestType requestType, Locality locality, Unit unit) {
    this.requestType = requestType;
    this.locality = locality;
    this.unit = unit;
  }

  public Optional<RequestType> requestType() {
    return Optional.ofNullable(requestType);
  }

  public Optional<Locality> locality() {
    return Optional.ofNullable(locality);
  }

  public Unit unit() {
    return unit;
  }

  public int priority() {
    return priority;
  }

  public Long id() {
    return id;
  }

  public boolean isActive() {
    return active;
  }

  public long version() {
    return version;
  }

  /** An administrator's revision: what it matches, where it routes, its priority, on or off. */
  public void revise(
      RequestType requestType, Locality locality, Unit unit, int priority, boolean active) {
    this.requestType = requestType;
    this.locality = locality;
    this.unit = unit;
    this.priority = priority;
    this.active = active;
  }
}
