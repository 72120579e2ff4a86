package org.kesher.selfhelp.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.kesher.cases.control.CaseLookup;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.control.Viewer;
import org.kesher.catalogue.control.Outcome;
import org.kesher.catalogue.control.Texts;
import org.kesher.catalogue.entity.Locality;
import org.kesher.ground.control.Language;
import org.kesher.selfhelp.control.GroupDirectory;
import org.kesher.selfhelp.control.GroupEntries;
import org.kesher.selfhelp.control.GroupQuery;
import org.kesher.selfhelp.entity.GroupDetails;
import org.kesher.selfhelp.entity.GroupTopic;
import org.kesher.selfhelp.entity.SelfHelpGroup;

/**
 * The self-help directory's boundary, a transaction each: the public search (records in the
 * visitor's language, published entries only), a centre's entries and their changes, and the card
 * of a request to found a group on its case's page.
 */
@ApplicationScoped
@Transactional
public class GroupDesk {

  @Inject GroupDirectory directory;

  @Inject GroupEntries entries;

  @Inject CaseLookup lookup;

  @Inject org.kesher.selfhelp.control.GroupTopics topics;

  /** A topic as the administrators' list shows it. */
  public record TopicRow(long id, String code, Texts names, boolean active)
      implements java.io.Serializable {}

  public List<TopicRow> topicRows() {
    return topics.all().stream()
        .map(t -> new TopicRow(t.id(), t.code(), Texts.of(t.name()), t.isActive()))
        .toList();
  }

  public Outcome saveTopic(Long id, String code, Texts names, boolean active) {
    return topics.save(id, code, names, active);
  }

  /** An entry as the public directory shows it, in the visitor's language. */
  public record GroupView(
      long id,
      String kind,
      String name,
      String about,
      String topics,
      String locality,
      List<Language> languages,
      boolean inPerson,
      boolean online,
      boolean phoneLine,
      String meets,
      String phone,
      String email,
      String website,
      boolean venueAccessible,
      String accessibility,
      String centre,
      String centrePhones) {}

  /** One page of a search. */
  public record Results(List<GroupView> groups, long total, int page, int pages) {}

  /** A topic to search by or to mark an entry with. */
  public record TopicChoice(String code, String name) {}

  /** An entry in its centre's list. */
  public record EntryRow(
      long id, String name, String status, Instant flaggedAt, Instant confirmedAt, String centre) {}

  /** An entry as its centre edits it. */
  public record EntryForm(
      long id,
      long version,
      String status,
      GroupDetails details,
      String locality,
      List<String> topics,
      String foundingCase)
      implements java.io.Serializable {}

  /** What a SELF_HELP case's page shows: its draft entry, or the offer to open one. */
  public record Card(Long group, String name, String status, boolean offer)
      implements java.io.Serializable {}

  public Results search(GroupQuery query, Language language) {
    var found = directory.search(query);
    return new Results(
        found.groups().stream().map(g -> view(g, language)).toList(),
        found.total(),
        found.page(),
        found.pages());
  }

  public List<TopicChoice> topics(Language language) {
    return directory.topics().stream()
        .map(t -> new TopicChoice(t.code(), t.name().in(language)))
        .toList();
  }

  public List<EntryRow> kept(Viewer viewer, Language language) {
    return entries.kept(viewer).stream()
        .map(
            g ->
                new EntryRow(
                    g.id(),
                    g.details().name(),
                    g.status().name(),
                    g.flaggedAt().orElse(null),
                    g.confirmedAt().orElse(null),
                    g.centre().name().in(language)))
        .toList();
  }

  public EntryForm entry(Viewer viewer, long id) {
    SelfHelpGroup g = entries.entry(viewer, id);
    return new EntryForm(
        g.id(),
        g.version(),
        g.status().name(),
        g.details(),
        g.locality().map(Locality::code).orElse(null),
        g.topics().stream().map(GroupTopic::code).sorted().toList(),
        g.foundingCaseId().isPresent() ? String.valueOf(g.foundingCaseId().get()) : null);
  }

  public void save(
      Viewer viewer,
      long id,
      long version,
      GroupDetails details,
      String locality,
      List<String> topics) {
    entries.save(viewer, id, version, details, locality, topics);
  }

  public void publish(Viewer viewer, long id) {
    entries.publish(viewer, id);
  }

  public void confirm(Viewer viewer, long id) {
    entries.confirm(viewer, id);
  }

  public void hide(Viewer viewer, long id) {
    entries.hide(viewer, id);
  }

  public long start(Viewer viewer, long centreId, String name) {
    return entries.start(viewer, centreId, name).id();
  }

  /** The self-help centres the viewer belongs to, by id, named in their language. */
  public java.util.Map<Long, String> centres(Viewer viewer, Language language) {
    var centres = new java.util.LinkedHashMap<Long, String>();
    entries.centres(viewer).forEach(u -> centres.put(u.id(), u.name().in(language)));
    return centres;
  }

  public long approve(Viewer viewer, String reference) {
    return entries.approve(viewer, reference).id();
  }

  // a card on every case page: a read, in no transaction of its own (bench, issue 22)
  @Transactional(Transactional.TxType.SUPPORTS)
  public Card card(Viewer viewer, String reference) {
    var c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    if (!GroupEntries.asksToFound(c)) {
      return new Card(null, null, null, false);
    }
    return entries
        .ofCase(c)
        .map(g -> new Card(g.id(), g.details().name(), g.status().name(), false))
        .orElse(new Card(null, null, null, viewer.memberOf().contains(c.unit().id())));
  }

  private static GroupView view(SelfHelpGroup g, Language language) {
    GroupDetails d = g.details();
    return new GroupView(
        g.id(),
        d.kind().name(),
        d.name(),
        d.about(),
        String.join(", ", g.topics().stream().map(t -> t.name().in(language)).sorted().toList()),
        g.locality().map(l -> l.name().in(language)).orElse(null),
        d.languages(),
        d.inPerson(),
        d.online(),
        d.phoneLine(),
        d.meets(),
        d.contactPhone(),
        d.contactEmail(),
        d.website(),
        d.venueAccessible(),
        d.accessibility(),
        g.centre().name().in(language),
        g.centre().phones().orElse(null));
  }
}
