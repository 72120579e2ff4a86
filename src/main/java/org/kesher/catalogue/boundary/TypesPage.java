package org.kesher.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.kesher.catalogue.control.CatalogueAdmin.Versioned;
import org.kesher.catalogue.control.TypeDraft;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.FieldDatatype;

/**
 * The administrators' request types: the list, a new type, a type's names, level, anonymity,
 * targets and its own form fields with their options.
 */
@Named("typesAdmin")
@ViewScoped
public class TypesPage extends AdminScreen {

  private static final long serialVersionUID = 1L;

  private List<Versioned<TypeDraft>> types;

  private Long id;
  private long version;
  private String code;
  private TextsInput name = new TextsInput();
  private TextsInput description = new TextsInput();
  private Confidentiality confidentiality = Confidentiality.STANDARD;
  private boolean anonymousAllowed;
  private String firstResponseHours = "24";
  private String resolutionHours = "112";
  private boolean active = true;
  private List<FieldInput> fields = new ArrayList<>(List.of(new FieldInput()));

  @Override
  protected List<String> shownFields() {
    return List.of(
        "code",
        "name",
        "description",
        "confidentiality",
        "anonymousAllowed",
        "firstResponseHours",
        "resolutionHours",
        "active",
        "fields");
  }

  public List<Versioned<TypeDraft>> getTypes() {
    if (types == null) {
      types = admin.types();
    }
    return types;
  }

  public List<Confidentiality> getLevels() {
    return List.of(Confidentiality.values());
  }

  public List<FieldDatatype> getDatatypes() {
    return List.of(FieldDatatype.values());
  }

  @RolesAllowed("ADMINISTRATOR")
  public void edit(Versioned<TypeDraft> row) {
    clearErrors();
    TypeDraft type = row.draft();
    id = type.id();
    version = row.version();
    code = type.code();
    name = new TextsInput(type.name());
    description = new TextsInput(type.description());
    confidentiality = type.confidentiality();
    anonymousAllowed = type.anonymousAllowed();
    firstResponseHours = Integer.toString(type.firstResponseHours());
    resolutionHours = Integer.toString(type.resolutionHours());
    active = type.active();
    fields = new ArrayList<>(type.fields().stream().map(FieldInput::new).toList());
  }

  @RolesAllowed("ADMINISTRATOR")
  public void startNew() {
    clearErrors();
    id = null;
    version = 0;
    code = null;
    name = new TextsInput();
    description = new TextsInput();
    confidentiality = Confidentiality.STANDARD;
    anonymousAllowed = false;
    firstResponseHours = "24";
    resolutionHours = "112";
    active = true;
    fields = new ArrayList<>(List.of(new FieldInput()));
  }

  @RolesAllowed("ADMINISTRATOR")
  public void addField() {
    fields.add(new FieldInput());
  }

  @RolesAllowed("ADMINISTRATOR")
  public void removeField(int index) {
    if (index >= 0 && index < fields.size()) {
      fields.remove(index);
    }
  }

  @RolesAllowed("ADMINISTRATOR")
  public void save() {
    var draft =
        new TypeDraft(
            id,
            code == null ? null : code.strip(),
            name.texts(),
            description.texts(),
            confidentiality,
            anonymousAllowed,
            number(firstResponseHours, -1),
            number(resolutionHours, -1),
            fields.stream().map(FieldInput::draft).toList(),
            active);
    if (report(admin.saveType(draft, version), "adminCat.saved")) {
      types = null;
      startNew();
    }
  }

  public boolean isEditing() {
    return id != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public TextsInput getName() {
    return name;
  }

  public TextsInput getDescription() {
    return description;
  }

  public Confidentiality getConfidentiality() {
    return confidentiality;
  }

  public void setConfidentiality(Confidentiality confidentiality) {
    this.confidentiality = confidentiality;
  }

  public boolean isAnonymousAllowed() {
    return anonymousAllowed;
  }

  public void setAnonymousAllowed(boolean anonymousAllowed) {
    this.anonymousAllowed = anonymousAllowed;
  }

  public String getFirstResponseHours() {
    return firstResponseHours;
  }

  public void setFirstResponseHours(String firstResponseHours) {
    this.firstResponseHours = firstResponseHours;
  }

  public String getResolutionHours() {
    return resolutionHours;
  }

  public void setResolutionHours(String resolutionHours) {
    this.resolutionHours = resolutionHours;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<FieldInput> getFields() {
    return fields;
  }
}
