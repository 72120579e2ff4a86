package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.Referral;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * The visibility rule on MariaDB and on H2 (the embedded default), table-driven: for every role and
 * every confidentiality level, in the viewer's own unit and in another, open and closed, which
 * cases a list, a count, a queue badge, the views of open, closed and all cases, a search (by
 * phone, name and reference through the blind indexes, and by words through the blind word index,
 * in each view), the duplicate hints of a case and a direct open return.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class CaseVisibilityIT {

  /** The database of this run of the table. */
  @Parameter TestJpa.Engine engine;

  private static TestJpa jpa;
  private static final Map<String, Viewer> viewers = new LinkedHashMap<>();
  private static final Map<String, String> references = new LinkedHashMap<>();

  /**
   * Who sees what. Cases are named level-unit: "standard-A" is a standard case of unit A;
   * "sealed-A-mine" is assigned to the member of A, "sealed-A-other" to the second member of A.
   */
  private static final Map<String, Set<String>> EXPECTED = new LinkedHashMap<>();

  /** The cases no one is assigned to. */
  private static final Set<String> UNASSIGNED =
      Set.of("standard-A-unassigned", "sealed-A-unassigned", "restricted-B");

  /** The cases no longer open: resolved and closed, withdrawn, resolved. */
  private static final Set<String> CLOSED =
      Set.of("standard-A-closed", "sealed-A-withdrawn", "restricted-B-resolved");

  /**
   * Each case's own word, in its description beside the words every case shares (a street, a Hebrew
   * word with a prefix, an Arabic word with its article).
   */
  private static final Map<String, String> OWN_WORD = new LinkedHashMap<>();

  /** What every case's description holds besides its own word. */
  private static final String SHARED_TEXT = "רעש חזק ברחוב ז'בוטינסקי 12 والمدرسة";

  /** Searches that every case's text answers, as typed: each word (and stems) must match. */
  private static final List<String> SHARED_SEARCHES =
      List.of("רעש ז׳בוטינסקי", "רחוב רֶעַשׁ", "ברחוב 12", "مدرسة", "المدرسة חזק");

  static {
    EXPECTED.put(
        "caseworker of A",
        Set.of(
            "standard-A",
            "standard-A-unassigned",
            "restricted-A",
            "sealed-A-mine",
            "standard-A-closed",
            "sealed-A-withdrawn"));
    EXPECTED.put(
        "second caseworker of A",
        Set.of(
            "standard-A",
            "standard-A-unassigned",
            "restricted-A",
            "sealed-A-other",
            "standard-A-closed"));
    EXPECTED.put(
        "head of A",
        Set.of(
            "standard-A",
            "standard-A-unassigned",
            "restricted-A",
            "sealed-A-mine",
            "sealed-A-other",
            "sealed-A-unassigned",
            "standard-A-closed",
            "sealed-A-withdrawn"));
    EXPECTED.put(
        "caseworker of B",
        Set.of("standard-B", "restricted-B", "sealed-B", "restricted-B-resolved"));
    EXPECTED.put(
        "intake coordinator",
        Set.of("standard-A", "standard-A-unassigned", "standard-B", "standard-A-closed"));
    EXPECTED.put(
        "department manager",
        Set.of("standard-A", "standard-A-unassigned", "standard-B", "standard-A-closed"));
    EXPECTED.put(
        "intake coordinator heading B",
        Set.of(
            "standard-A",
            "standard-A-unassigned",
            "standard-B",
            "restricted-B",
            "sealed-B",
            "standard-A-closed",
            "restricted-B-resolved"));
    EXPECTED.put("administrator", Set.of());
    EXPECTED.put("privacy officer", Set.of());
    EXPECTED.put("caseworker without a unit", Set.of());
  }

  @BeforeParameterizedClassInvocation
  static void casesInTwoUnitsAtEveryLevel(TestJpa.Engine engine) {
    viewers.clear();
    references.clear();
    OWN_WORD.clear();
    jpa = TestJpa.freshDatabase(engine, "kesher_visibility");
    jpa.run(
        em -> {
          Unit a = unit(em, "RIGHTS_CENTER");
          Unit b = unit(em, "MEDIATION");
          StaffAccount memberA = staff(em, "member.a", StaffRole.CASEWORKER, a, MemberRole.MEMBER);
          StaffAccount secondA = staff(em, "second.a", StaffRole.CASEWORKER, a, MemberRole.MEMBER);
          StaffAccount headA = staff(em, "head.a", StaffRole.CASEWORKER, a, MemberRole.HEAD);
          StaffAccount memberB = staff(em, "member.b", StaffRole.CASEWORKER, b, MemberRole.MEMBER);
          Map<String, StaffAccount> staff = new LinkedHashMap<>();
          staff.put("caseworker of A", memberA);
          staff.put("second caseworker of A", secondA);
          staff.put("head of A", headA);
          staff.put("caseworker of B", memberB);
          staff.put(
              "intake coordinator", staff(em, "coord", StaffRole.INTAKE_COORDINATOR, null, null));
          staff.put(
              "department manager", staff(em, "manager", StaffRole.DEPARTMENT_MANAGER, null, null));
          StaffAccount coordinatorB =
              staff(em, "coord.b", StaffRole.INTAKE_COORDINATOR, b, MemberRole.HEAD);
          staff.put("intake coordinator heading B", coordinatorB);
          staff.put("administrator", staff(em, "admin2", StaffRole.ADMINISTRATOR, null, null));
          staff.put("privacy officer", staff(em, "privacy", StaffRole.PRIVACY_OFFICER, null, null));
          staff.put(
              "caseworker without a unit", staff(em, "nobody", StaffRole.CASEWORKER, null, null));

          CaseFile hub = caseOf(em, "standard-A", "RIGHTS_INFO", a, memberA);
          List<CaseFile> others = new ArrayList<>();
          others.add(caseOf(em, "standard-A-unassigned", "RIGHTS_INFO", a, null));
          others.add(caseOf(em, "restricted-A", "MEDIATION", a, secondA));
          others.add(caseOf(em, "sealed-A-mine", "PROTECTION_CONTACT", a, memberA));
          others.add(caseOf(em, "sealed-A-other", "PROTECTION_CONTACT", a, secondA));
          others.add(caseOf(em, "sealed-A-unassigned", "PROTECTION_CONTACT", a, null));
          others.add(caseOf(em, "standard-B", "RIGHTS_INFO", b, memberB));
          others.add(caseOf(em, "restricted-B", "MEDIATION", b, null));
          others.add(caseOf(em, "sealed-B", "PROTECTION_CONTACT", b, memberB));
          CaseFile closed = caseOf(em, "standard-A-closed", "RIGHTS_INFO", a, memberA);
          closed.moveTo(CaseStatus.IN_PROGRESS, memberA, Instant.now());
          closed.moveTo(CaseStatus.RESOLVED, memberA, Instant.now());
          closed.moveTo(CaseStatus.CLOSED, memberA, Instant.now());
          others.add(closed);
          CaseFile withdrawn = caseOf(em, "sealed-A-withdrawn", "PROTECTION_CONTACT", a, memberA);
          withdrawn.moveTo(CaseStatus.WITHDRAWN, memberA, Instant.now());
          others.add(withdrawn);
          CaseFile resolved = caseOf(em, "restricted-B-resolved", "MEDIATION", b, null);
          resolved.moveTo(CaseStatus.IN_PROGRESS, memberB, Instant.now());
          resolved.moveTo(CaseStatus.RESOLVED, memberB, Instant.now());
          others.add(resolved);
          em.flush();
          // their word rows follow them among the closed cases, as CaseEvents has them do
          var words = new CaseWords();
          words.em = em;
          List.of(closed, withdrawn, resolved).forEach(words::follow);
          // standard-A is linked with every other case: each viewer sees the links it may see
          for (CaseFile other : others) {
            org.kesher.cases.entity.CaseLink.between(hub, other, memberA, Instant.now())
                .forEach(em::persist);
          }
          em.flush();
          staff.forEach((name, account) -> viewers.put(name, Viewer.of(account)));
        });
  }

  @AfterParameterizedClassInvocation
  static void close() {
    jpa.close();
  }

  private static Unit unit(EntityManager em, String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private static StaffAccount staff(
      EntityManager em, String username, StaffRole role, Unit unit, MemberRole memberRole) {
    var account = new StaffAccount(username, username, "not-a-login", Language.HE, Instant.now());
    account.grant(role);
    em.persist(account);
    if (unit != null) {
      em.persist(account.joinUnit(unit, memberRole));
    }
    return account;
  }

  private static int next = 1;

  private static CaseFile caseOf(
      EntityManager em, String name, String typeCode, Unit unit, StaffAccount assignee) {
    var reference = new CaseReference(2026, 900_000 + next++);
    var caseFile =
        PhoneCases.open(
            em,
            reference,
            PhoneCases.type(em, typeCode),
            unit,
            "Visibility " + name,
            Instant.now());
    if (assignee != null) {
      caseFile.assignTo(assignee, null, Instant.now());
    }
    references.put(name, reference.toString());
    // its own word, in Latin letters as typed by a resident (case and accents vary)
    String own = "Wörd" + (char) ('a' + OWN_WORD.size()) + "x";
    OWN_WORD.put(name, own.toLowerCase().replace("ö", "o"));
    var words = new CaseWords();
    words.em = em;
    // the standard case of A also names its requester in its text: found by name and by words
    words.index(
        caseFile,
        name.equals("standard-A")
            ? List.of(SHARED_TEXT + " " + own, "Visibility standard-A")
            : List.of(SHARED_TEXT + " " + own));
    return caseFile;
  }

  private Set<String> named(List<CaseFile> cases) {
    Map<String, String> byReference =
        references.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    return cases.stream()
        .map(c -> byReference.get(c.reference().toString()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The views a search runs in, each holding the cases of its statuses. */
  private static final List<Queue> VIEWS = List.of(Queue.OPEN, Queue.CLOSED, Queue.ALL);

  private static boolean inView(Queue view, String caseName) {
    return switch (view) {
      case CLOSED -> CLOSED.contains(caseName);
      case ALL -> true;
      default -> !CLOSED.contains(caseName);
    };
  }

  /** The texts each case's word index was written from, as {@link #caseOf} wrote them. */
  private static List<String> textsOf(String caseName) {
    return caseName.equals("standard-A")
        ? List.of(SHARED_TEXT + " " + OWN_WORD.get(caseName), "Visibility standard-A")
        : List.of(SHARED_TEXT + " " + OWN_WORD.get(caseName));
  }

  /** Whether every word of a search is in the case's texts, as the index keeps them. */
  private static boolean holdsWords(String caseName, String search) {
    List<String> words = org.kesher.sealing.control.SearchWords.searched(search);
    Set<String> indexed = new java.util.HashSet<>();
    textsOf(caseName)
        .forEach(t -> indexed.addAll(org.kesher.sealing.control.SearchWords.indexed(t)));
    return !words.isEmpty() && indexed.containsAll(words);
  }

  /** The cases' references in the order listed. */
  private static List<String> references(List<CaseFile> cases) {
    return cases.stream().map(c -> c.reference().toString()).toList();
  }

  private Set<String> search(CaseQueries queries, Viewer viewer, Queue view, String text) {
    return named(
        queries.queue(
            viewer,
            new QueueFilter(view, null, null, null, text),
            CaseQueries.Order.NEWEST,
            0,
            100));
  }

  @Test
  void everyRoleSeesExactlyWhatItsLevelAndUnitAllow() {
    List<String> wrong = new ArrayList<>();
    int cells =
        jpa.inTransaction(
            em -> {
              var queries = TestQueries.on(em);
              int asserted = 0;
              for (var entry : EXPECTED.entrySet()) {
                String who = entry.getKey();
                Viewer viewer = viewers.get(who);
                Set<String> expected = new TreeSet<>(entry.getValue());
                Set<String> listed = named(queries.visible(viewer, 0, 100));
                if (!listed.equals(expected)) {
                  wrong.add(who + " lists " + listed + ", expected " + expected);
                }
                long counted = queries.countVisible(viewer);
                if (counted != expected.size()) {
                  wrong.add(who + " counts " + counted + ", expected " + expected.size());
                }
                Map<Queue, Long> badges = queries.badges(viewer, null);
                long open = expected.stream().filter(c -> !CLOSED.contains(c)).count();
                if (badges.get(Queue.OPEN) != open) {
                  wrong.add(who + "'s open badge shows " + badges.get(Queue.OPEN));
                }
                long unassigned = expected.stream().filter(UNASSIGNED::contains).count();
                if (badges.get(Queue.UNASSIGNED) != unassigned) {
                  wrong.add(who + "'s unassigned badge shows " + badges.get(Queue.UNASSIGNED));
                }
                asserted += 4;
                for (Queue view : VIEWS) {
                  String in = who + " in " + view;
                  Set<String> inView =
                      expected.stream()
                          .filter(c -> inView(view, c))
                          .collect(Collectors.toCollection(TreeSet::new));
                  Set<String> whole =
                      named(
                          queries.queue(
                              viewer, QueueFilter.of(view), CaseQueries.Order.NEWEST, 0, 100));
                  if (!whole.equals(inView)) {
                    wrong.add(in + " lists " + whole + ", expected " + inView);
                  }
                  // an export (CSV, and XLSX through the same queries) holds exactly the view,
                  // read two rows at a time
                  Set<String> exported =
                      named(
                          QueueExportRows.all(
                              queries, viewer, QueueFilter.of(view), CaseQueries.Order.NEWEST, 2));
                  if (!exported.equals(inView)) {
                    wrong.add(in + " exports " + exported + ", expected " + inView);
                  }
                  asserted++;
                  long viewCount = queries.count(viewer, QueueFilter.of(view));
                  if (viewCount != inView.size()) {
                    wrong.add(in + " counts " + viewCount);
                  }
                  Set<String> byPhone = search(queries, viewer, view, "050 000 0000");
                  if (!byPhone.equals(inView)) {
                    wrong.add(in + " finds by phone " + byPhone);
                  }
                  asserted += 3;
                  // words every case holds, typed in other forms: each search finds the view
                  for (String words : SHARED_SEARCHES) {
                    Set<String> found = search(queries, viewer, view, words);
                    long count =
                        queries.count(viewer, new QueueFilter(view, null, null, null, words));
                    if (!found.equals(inView) || count != inView.size()) {
                      wrong.add(
                          in + " searching " + words + " finds " + found + ", counts " + count);
                    }
                    asserted++;
                  }
                  // a search by words lists in the view's order, page by page, and its count
                  // stops one past its bound
                  String shared = SHARED_SEARCHES.get(0);
                  var byWords = new QueueFilter(view, null, null, null, shared);
                  // read in chunks of one and two rows, with the reading's end in a unit's closed
                  // cases, and
                  // then past the in-order reading's end
                  for (var reading :
                      List.of(
                          WordSearch.Reading.USUAL,
                          new WordSearch.Reading(1, 2, 1_000, 1_000),
                          new WordSearch.Reading(1, 1, 5, 1_000),
                          new WordSearch.Reading(1, 2, 2, 1_000))) {
                    queries.wordReading = reading;
                    for (var order : CaseQueries.Order.values()) {
                      List<String> viewOrder =
                          references(queries.queue(viewer, QueueFilter.of(view), order, 0, 100));
                      List<String> wordOrder =
                          references(queries.queue(viewer, byWords, order, 0, 100));
                      List<String> secondPage =
                          references(queries.queue(viewer, byWords, order, 2, 2));
                      List<String> expectedSecond =
                          viewOrder.subList(
                              Math.min(2, viewOrder.size()), Math.min(4, viewOrder.size()));
                      if (!wordOrder.equals(viewOrder) || !secondPage.equals(expectedSecond)) {
                        wrong.add(
                            in
                                + " lists "
                                + order
                                + " by words "
                                + wordOrder
                                + " / "
                                + secondPage
                                + " reading "
                                + reading);
                      }
                      asserted++;
                    }
                  }
                  queries.wordReading = new WordSearch.Reading(200, 2_000, 6_000, 2);
                  long bounded = queries.count(viewer, byWords);
                  queries.wordReading = WordSearch.Reading.USUAL;
                  if (bounded != Math.min(inView.size(), 3)) {
                    wrong.add(in + " counts " + bounded + " by words with a bound of 2");
                  }
                  asserted++;
                  Set<String> nothing = search(queries, viewer, view, "רעש שקט");
                  if (!nothing.isEmpty()) {
                    wrong.add(in + " searching a word no case holds finds " + nothing);
                  }
                  asserted++;
                  for (var caseName : references.keySet()) {
                    boolean visible = inView.contains(caseName);
                    // a full name finds its requester's case, and the cases whose texts hold its
                    // words
                    String name = "visibility " + caseName;
                    Set<String> expectedByName =
                        inView.stream()
                            .filter(c -> c.equals(caseName) || holdsWords(c, name))
                            .collect(Collectors.toCollection(TreeSet::new));
                    Set<String> byName = search(queries, viewer, view, name);
                    long byNameCount =
                        queries.count(viewer, new QueueFilter(view, null, null, null, name));
                    if (!byName.equals(expectedByName) || byNameCount != expectedByName.size()) {
                      wrong.add(
                          in
                              + " searching "
                              + name
                              + " finds "
                              + byName
                              + ", counts "
                              + byNameCount);
                    }
                    Set<String> byReference =
                        search(queries, viewer, view, references.get(caseName));
                    if (!byReference.equals(visible ? Set.of(caseName) : Set.of())) {
                      wrong.add(
                          in + " searching " + references.get(caseName) + " finds " + byReference);
                    }
                    String own = OWN_WORD.get(caseName).toUpperCase();
                    Set<String> byOwnWord = search(queries, viewer, view, "רעש " + own);
                    if (!byOwnWord.equals(visible ? Set.of(caseName) : Set.of())) {
                      wrong.add(in + " searching " + own + " finds " + byOwnWord);
                    }
                    asserted += 3;
                  }
                }
                for (var caseName : references.keySet()) {
                  var opened = TestQueries.lookup(em).open(viewer, references.get(caseName));
                  if (opened.isPresent() != expected.contains(caseName)) {
                    wrong.add(who + (opened.isPresent() ? " opens " : " cannot open ") + caseName);
                  }
                  asserted++;
                  if (opened.isPresent()) {
                    // every case shares the requester's phone: the hints are all else it may see
                    var relatedCases = new RelatedCases();
                    relatedCases.em = em;
                    Set<String> hints = named(relatedCases.related(viewer, opened.get(), 100));
                    Set<String> others = new TreeSet<>(expected);
                    others.remove(caseName);
                    if (!hints.equals(others)) {
                      wrong.add(who + " gets hints " + hints + " on " + caseName);
                    }
                    asserted++;
                  }
                }
              }
              return asserted;
            });
    System.out.println("Visibility rule on " + engine + ": " + cells + " cells asserted");
    assertEquals(List.of(), wrong);
    int hinted = EXPECTED.values().stream().mapToInt(Set::size).sum();
    int perView =
        3
            + 1 // the export
            + SHARED_SEARCHES.size()
            + 4 * CaseQueries.Order.values().length // four ways of reading
            + 1
            + 1
            + 3 * references.size();
    assertEquals(
        EXPECTED.size() * (4 + VIEWS.size() * perView + references.size()) + hinted, cells);
  }

  /**
   * A page is drawn from each branch of the rule and merged: paging two at a time in every order
   * gives the same cases in the same order as one long page, and that order is the order asked for.
   */
  @Test
  void pagesMergedFromTheRulesBranchesKeepTheirOrder() {
    List<String> wrong = new ArrayList<>();
    jpa.run(
        em -> {
          var queries = TestQueries.on(em);
          List<QueueFilter> filters = new ArrayList<>();
          for (Queue view : VIEWS) {
            filters.add(QueueFilter.of(view));
            filters.add(new QueueFilter(view, null, null, null, "visibility standard-A"));
            filters.add(new QueueFilter(view, null, null, null, "רעש ברחוב"));
          }
          for (var entry : viewers.entrySet()) {
            for (QueueFilter filter : filters) {
              for (CaseQueries.Order order : CaseQueries.Order.values()) {
                List<CaseFile> whole = queries.queue(entry.getValue(), filter, order, 0, 100);
                List<CaseFile> paged = new ArrayList<>();
                for (int first = 0; first < whole.size() + 2; first += 2) {
                  paged.addAll(queries.queue(entry.getValue(), filter, order, first, 2));
                }
                if (!paged.equals(whole)) {
                  wrong.add(
                      entry.getKey() + " pages " + filter + " " + order + " as " + named(paged));
                }
                for (int i = 1; i < whole.size(); i++) {
                  if (!inOrder(order, whole.get(i - 1), whole.get(i))) {
                    wrong.add(entry.getKey() + " gets " + order + " out of order at " + i);
                  }
                }
              }
            }
          }
        });
    assertEquals(List.of(), wrong);
  }

  private static boolean inOrder(CaseQueries.Order order, CaseFile before, CaseFile after) {
    return switch (order) {
      case NEWEST ->
          before.createdAt().compareTo(after.createdAt()) > 0
              || before.createdAt().equals(after.createdAt()) && before.id() > after.id();
      case OLDEST ->
          before.createdAt().compareTo(after.createdAt()) < 0
              || before.createdAt().equals(after.createdAt()) && before.id() < after.id();
      case DUE_FIRST ->
          before.resolutionDue().isEmpty()
              || after.resolutionDue().isPresent()
                  && (before.resolutionDue().get().isBefore(after.resolutionDue().get())
                      || before.resolutionDue().equals(after.resolutionDue())
                          && before.id() < after.id());
    };
  }

  /**
   * The column of references named in events: a standard case of A marked as a duplicate of a
   * sealed one, another referred to unit B, and a third whose older event names sealed-B in its
   * text. Every viewer of those cases reads the other case's reference only if they may see that
   * case; for the others the event says only what happened.
   */
  @Test
  void eventsNameAnotherCaseOnlyToViewersWhoMaySeeIt() {
    List<String> wrong = new ArrayList<>();
    int[] cells = {0};
    jpa.rolledBack(
        em -> {
          var queries = TestQueries.on(em);
          var timeline = new Timeline();
          timeline.em = em;
          timeline.queries = queries;
          Viewer memberA = viewers.get("caseworker of A");
          StaffAccount actor = em.find(StaffAccount.class, memberA.staffId());
          Map<String, CaseFile> cases = new LinkedHashMap<>();
          for (String name : List.of("standard-A", "sealed-A-other", "sealed-B")) {
            cases.put(name, byReference(em, references.get(name)));
          }
          Instant now = Instant.now();
          CaseFile duplicate = unsaved(em, "duplicate", cases.get("standard-A"), now);
          em.persist(duplicate.markDuplicateOf(cases.get("sealed-A-other"), actor, now));
          CaseFile referring = unsaved(em, "referring", cases.get("standard-A"), now);
          Unit b = unit(em, "MEDIATION");
          CaseFile referred =
              Referral.refer(
                  referring,
                  b,
                  new CaseReference(2026, 990_001),
                  "hash",
                  false,
                  now,
                  new CaseOpening()::open);
          em.persist(referred);
          Referral.timeline(referring, referred, "summary", false, actor, now).forEach(em::persist);
          CaseFile older = unsaved(em, "older", cases.get("standard-A"), now);
          em.flush();
          em.createNativeQuery(
                  "INSERT INTO case_event (id, case_id, kind, visibility, actor_kind, to_status,"
                      + " body, occurred_at) VALUES (99000001, ?, 'STATUS_CHANGED', 'PUBLIC',"
                      + " 'STAFF', 'DUPLICATE', ?, ?)")
              .setParameter(1, older.id())
              .setParameter(
                  2,
                  org.kesher.sealing.control.SealingKeys.ring()
                      .seal("= " + references.get("sealed-B")))
              .setParameter(3, java.sql.Timestamp.from(now))
              .executeUpdate();
          Map<CaseFile, String> namedCase = new LinkedHashMap<>();
          namedCase.put(duplicate, references.get("sealed-A-other"));
          namedCase.put(referring, referred.reference().toString());
          namedCase.put(older, references.get("sealed-B"));
          for (var entry : EXPECTED.entrySet()) {
            Viewer viewer = viewers.get(entry.getKey());
            if (!entry.getValue().contains("standard-A")) {
              continue; // the three cases are standard cases of A, seen like standard-A
            }
            for (var c : namedCase.entrySet()) {
              String other = c.getValue();
              boolean mayOpen = TestQueries.lookup(em).open(viewer, other).isPresent();
              var naming =
                  timeline.of(viewer, c.getKey(), Language.HE).stream()
                      .filter(e -> e.otherCase() != null || e.otherCaseHidden())
                      .toList();
              String seen = naming.isEmpty() ? null : naming.get(0).otherCase();
              boolean leaked =
                  timeline.of(viewer, c.getKey(), Language.HE).stream()
                      .anyMatch(e -> e.text() != null && e.text().contains(other));
              if (naming.size() != 1
                  || leaked
                  || (mayOpen
                      ? !other.equals(seen)
                      : seen != null || !naming.get(0).otherCaseHidden())) {
                wrong.add(entry.getKey() + " reads " + naming + " on the case naming " + other);
              }
              cells[0]++;
            }
          }
        });
    assertEquals(List.of(), wrong);
    // the coordinators and the manager see the standard cases; A's members and head too
    assertEquals(3 * 6, cells[0]);
  }

  private static CaseFile byReference(EntityManager em, String reference) {
    return em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
        .setParameter("reference", reference)
        .getSingleResult();
  }

  /** A standard case of A like {@code like}, for one test only (it is rolled back). */
  private static CaseFile unsaved(EntityManager em, String name, CaseFile like, Instant now) {
    return PhoneCases.open(
        em,
        new CaseReference(2026, 980_000 + next++),
        like.requestType(),
        like.unit(),
        "Naming " + name,
        now);
  }

  @Test
  void linkedCasesAreListedOnlyAsFarAsTheViewerMaySeeThem() {
    List<String> wrong = new ArrayList<>();
    jpa.run(
        em -> {
          var queries = TestQueries.on(em);
          var relatedCases = new RelatedCases();
          relatedCases.em = em;
          for (var entry : EXPECTED.entrySet()) {
            Viewer viewer = viewers.get(entry.getKey());
            for (String caseName : entry.getValue()) {
              CaseFile c =
                  TestQueries.lookup(em).open(viewer, references.get(caseName)).orElseThrow();
              Set<String> linked = named(relatedCases.linked(viewer, c));
              Set<String> expected = new TreeSet<>();
              if (caseName.equals("standard-A")) {
                expected.addAll(entry.getValue());
                expected.remove("standard-A");
              } else if (entry.getValue().contains("standard-A")) {
                expected.add("standard-A");
              }
              if (!linked.equals(expected)) {
                wrong.add(entry.getKey() + " sees links " + linked + " on " + caseName);
              }
            }
          }
        });
    assertEquals(List.of(), wrong);
  }
}
