package org.kesher.selfhelp.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.catalogue.entity.Translation;

/** A topic of the self-help directory (bereavement, addiction...): an administrators' list. */
@Entity
@Table(name = "group_topic")
@NamedQuery(
    name = GroupTopic.ACTIVE,
    query = "SELECT t FROM GroupTopic t WHERE t.active = TRUE ORDER BY t.displayOrder, t.code")
public class GroupTopic {

  public static final String ACTIVE = "GroupTopic.active";

  @Id
  @jakarta.persistence.TableGenerator(
      name = "group_topic_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "group_topic",
      allocationSize = 50)
  @jakarta.persistence.GeneratedValue(
      strategy = jakarta.persistence.GenerationType.TABLE,
      generator = "group_topic_ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  /** Its name in every language given, as rows of group_topic_text. */
  @ElementCollection
  @CollectionTable(name = "group_topic_text", joinColumns = @JoinColumn(name = "owner_id"))
  private Set<Translation> texts = new HashSet<>();

  private boolean active = true;

  @Column(name = "display_order")
  private int displayOrder;

  @Version private long version;

  protected GroupTopic() {}

  /** A new topic of the administrators' list. */
  public GroupTopic(String code, LocalizedText name, int displayOrder) {
    this.code = code;
    this.displayOrder = displayOrder;
    Translation.write(texts, "name", name);
  }

  /** An administrator's revision: its names, and whether it is offered. */
  public void revise(LocalizedText name, boolean active) {
    Translation.write(texts, "name", name);
    this.active = active;
  }

  public boolean isActive() {
    return active;
  }

  public long version() {
    return version;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public LocalizedText name() {
    return Translation.read(texts, "name");
  }
}
