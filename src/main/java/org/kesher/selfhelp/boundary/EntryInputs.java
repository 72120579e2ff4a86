package org.kesher.selfhelp.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kesher.ground.control.Language;
import org.kesher.selfhelp.entity.GroupDetails;
import org.kesher.selfhelp.entity.GroupKind;

/** The inputs of one directory entry on its centre's page, filled from the entry and read back. */
public class EntryInputs implements Serializable {

  private static final long serialVersionUID = 1L;

  private String kind = GroupKind.GROUP.name();
  private String name;
  private String about;
  private List<String> languages = new ArrayList<>();
  private List<String> ways = new ArrayList<>();
  private String meets;
  private String phone;
  private String email;
  private String website;
  private boolean accessible;
  private String accessibility;
  private String locality;
  private List<String> topics = new ArrayList<>();

  public EntryInputs() {}

  EntryInputs(GroupDesk.EntryForm entry) {
    GroupDetails d = entry.details();
    kind = d.kind().name();
    name = d.name();
    about = d.about();
    languages = new ArrayList<>(d.languages().stream().map(Language::code).toList());
    if (d.inPerson()) {
      ways.add("inPerson");
    }
    if (d.online()) {
      ways.add("online");
    }
    if (d.phoneLine()) {
      ways.add("phoneLine");
    }
    meets = d.meets();
    phone = d.contactPhone();
    email = d.contactEmail();
    website = d.website();
    accessible = d.venueAccessible();
    accessibility = d.accessibility();
    locality = entry.locality();
    topics = new ArrayList<>(entry.topics());
  }

  /** What was typed, as the entry's details (IllegalArgumentException names a wrong input). */
  GroupDetails details() {
    return new GroupDetails(
        GroupKind.valueOf(kind),
        name,
        about,
        languages.stream().map(Language::fromCode).flatMap(Optional::stream).toList(),
        ways.contains("inPerson"),
        ways.contains("online"),
        ways.contains("phoneLine"),
        meets,
        phone,
        email,
        website,
        accessible,
        accessibility);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAbout() {
    return about;
  }

  public void setAbout(String about) {
    this.about = about;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public void setLanguages(List<String> languages) {
    this.languages = languages;
  }

  public List<String> getWays() {
    return ways;
  }

  public void setWays(List<String> ways) {
    this.ways = ways;
  }

  public String getMeets() {
    return meets;
  }

  public void setMeets(String meets) {
    this.meets = meets;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public boolean isAccessible() {
    return accessible;
  }

  public void setAccessible(boolean accessible) {
    this.accessible = accessible;
  }

  public String getAccessibility() {
    return accessibility;
  }

  public void setAccessibility(String accessibility) {
    this.accessibility = accessibility;
  }

  public String getLocality() {
    return locality;
  }

  public void setLocality(String locality) {
    this.locality = locality;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics;
  }
}
