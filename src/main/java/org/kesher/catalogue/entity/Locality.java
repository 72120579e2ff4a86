package org.kesher.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A city, settlement or neighbourhood that residents name and routing rules use. */
@Entity
@Table(name = "locality")
@NamedQuery(
    name = Locality.ACTIVE,
    query = "SELECT l FROM Locality l WHERE l.active = TRUE ORDER BY l.kind, l.code")
public class Locality {

  public static final String ACTIVE = "Locality.active";

  @Id
  @TableGenerator(
      name = "locality_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "locality",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "locality_ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LocalityKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Locality parent;

  /** Its texts in every language given, as rows of {@code locality_text}. */
  @ElementCollection
  @CollectionTable(name = "locality_text", joinColumns = @JoinColumn(name = "owner_id"))
  private Set<Translation> texts = new HashSet<>();

  private boolean active = true;

  @Version private long version;

  protected Locality() {}

  public Locality(String code, LocalityKind kind, LocalizedText name) {
    this.code = code;
    this.kind = kind;
    Translation.write(texts, "name", name);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public LocalityKind kind() {
    return kind;
  }

  public Optional<Locality> parent() {
    return Optional.ofNullable(parent);
  }

  public LocalizedText name() {
    return Translation.read(texts, "name");
  }

  public boolean isActive() {
    return active;
  }
}
