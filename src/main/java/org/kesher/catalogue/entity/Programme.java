package org.kesher.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A programme or service point a unit runs (the seeds' absorption centre of the Ethiopian
 * community, the Bukharan community's theatre, a community garden, Good Deeds Day...): shown under
 * its unit in the public directory, and named by a request about it where its request type fits.
 */
@Entity
@Table(name = "programme")
@NamedQuery(
    name = Programme.ACTIVE,
    query =
        "SELECT p FROM Programme p JOIN p.unit u WHERE p.active = TRUE AND u.active = TRUE"
            + " ORDER BY u.displayOrder, u.code, p.displayOrder, p.code")
public class Programme {

  public static final String ACTIVE = "Programme.active";

  @Id
  @TableGenerator(
      name = "programme_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "programme",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "programme_ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "request_type_id")
  private RequestType requestType;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "locality_id")
  private Locality locality;

  private String phones;

  /** Its name, description and place in every language given, as rows of programme_text. */
  @ElementCollection
  @CollectionTable(name = "programme_text", joinColumns = @JoinColumn(name = "owner_id"))
  private Set<Translation> texts = new HashSet<>();

  private boolean active = true;

  @Column(name = "display_order")
  private int displayOrder;

  @Version private long version;

  protected Programme() {}

  public Programme(String code, Unit unit, LocalizedText name, LocalizedText description) {
    if (code == null || code.isBlank() || unit == null || name == null || description == null) {
      throw new IllegalArgumentException("a programme needs a code, a unit, a name and a text");
    }
    this.code = code;
    this.unit = unit;
    Translation.write(texts, "name", name);
    Translation.write(texts, "description", description);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public Unit unit() {
    return unit;
  }

  /** The kind of request a resident asking about it opens, if any. */
  public Optional<RequestType> requestType() {
    return Optional.ofNullable(requestType);
  }

  public Optional<Locality> locality() {
    return Optional.ofNullable(locality);
  }

  public LocalizedText name() {
    return Translation.read(texts, "name");
  }

  public LocalizedText description() {
    return Translation.read(texts, "description");
  }

  /** Where it meets or works, where the seeds say. */
  public Optional<LocalizedText> place() {
    return Optional.ofNullable(Translation.read(texts, "place"));
  }

  public Optional<String> phones() {
    return Optional.ofNullable(phones);
  }

  public boolean isActive() {
    return active;
  }
}
