package org.kesher.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kesher.access.control.GeneratedPassword;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.control.CaseOpening;
import org.kesher.cases.control.CaseWords;
import org.kesher.cases.control.ReferenceNumbers;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.Channel;
import org.kesher.cases.entity.NewCase;
import org.kesher.cases.entity.Requester;
import org.kesher.cases.entity.TrackingCode;
import org.kesher.catalogue.entity.FieldOption;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.RequestField;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.JsonOnce;
import org.kesher.ground.control.Language;
import org.kesher.routing.control.Router;

/**
 * Demo caseworkers in several units and a few hundred sample cases over every request type, status
 * and confidentiality level, so that a newcomer to the embedded default sees populated queues. All
 * names, phones and emails are invented ({@code example.org}).
 */
@ApplicationScoped
@Transactional
public class DemoDataset {

  /** Who the demo staff are: username, display name, role, unit codes (the first one as head?). */
  record DemoStaff(String username, String name, StaffRole role, Map<String, MemberRole> units) {}

  static final List<DemoStaff> STAFF =
      List.of(
          new DemoStaff(
              "demo.dana",
              "דנה לוי",
              StaffRole.CASEWORKER,
              Map.of("RIGHTS_CENTER", MemberRole.HEAD, "SENIORS", MemberRole.MEMBER)),
          new DemoStaff(
              "demo.yosef",
              "יוסף מזרחי",
              StaffRole.CASEWORKER,
              Map.of("MEDIATION", MemberRole.HEAD, "HOUSING_CULTURE", MemberRole.MEMBER)),
          new DemoStaff(
              "demo.miriam",
              "מרים כהן",
              StaffRole.CASEWORKER,
              Map.of(
                  "PROTECTION_EVEN_SHMUEL",
                  MemberRole.HEAD,
                  // every unit that receives sealed cases has a head, or they would be seen by
                  // no one (SealedCaseCover, StrandedCases)
                  "PROTECTION_MERKAZ_SHAPIRA",
                  MemberRole.HEAD,
                  "PROTECTION_ALUMA",
                  MemberRole.HEAD,
                  "PROTECTION_EIN_TZURIM",
                  MemberRole.HEAD,
                  "SOCIAL_SERVICES",
                  MemberRole.HEAD,
                  "EMBRACE_TEAMS",
                  MemberRole.MEMBER)),
          new DemoStaff(
              "demo.samir",
              "סמיר חורי",
              StaffRole.INTAKE_COORDINATOR,
              Map.of(
                  "COMMUNITY_WORK",
                  MemberRole.MEMBER,
                  "SELF_HELP_NAZARETH",
                  MemberRole.MEMBER,
                  "EMERGENCY_EVEN_SHMUEL",
                  MemberRole.MEMBER)),
          new DemoStaff(
              "demo.noa",
              "נועה ברק",
              StaffRole.CASEWORKER,
              Map.of(
                  "COMMUNITY_WORK",
                  MemberRole.HEAD,
                  "VOLUNTEERING",
                  MemberRole.HEAD,
                  "SELF_HELP_HAIFA",
                  MemberRole.MEMBER)),
          new DemoStaff("demo.avi", "אבי שגיא", StaffRole.DEPARTMENT_MANAGER, Map.of()),
          new DemoStaff("demo.tamar", "תמר רוזן", StaffRole.PRIVACY_OFFICER, Map.of()));

  private static final String[][] REQUESTERS = {
    {"רות אברהם", "050-1234567"},
    {"משה פרץ", "052-7654321"},
    {"أحمد خليل", "054-3332211"},
    {"ליאת שמעוני", "053-9876543"},
    {"سلمى عودة", "058-1112233"},
    {"Daniel Katz", "+972 50 555 0101"},
    {"אסתר ביטון", "02-5378470"},
    {"יעקב אדמסו", "050-7778899"},
    {"Olga Petrova", "054-6665544"},
    {"نور حداد", "052-4443322"}
  };

  private static final String[] TEXTS = {
    "אשמח לקבל פרטים נוספים ולתאם שיחה.",
    "פונה בשם אמי, אזרחית ותיקה, ואשמח לעזרה.",
    "أرغب في الحصول على مزيد من المعلومات، شكرًا.",
    "I would like to hear what is possible and who to talk to.",
    "הנושא חוזר על עצמו כבר כמה חודשים.",
    "אפשר ליצור קשר בשעות הערב."
  };

  /** Buildings' addresses, so that a house committee's requests meet in a few buildings. */
  private static final String[] ADDRESSES = {
    "רחוב הרצל 12", "הגפן 3", "שדרות בן גוריון 40", "רחוב כצנלסון 7"
  };

  @PersistenceContext EntityManager em;

  @Inject DemoGroups groups;

  @Inject org.kesher.emergency.control.EmergencyRegister register;

  @Inject StaffAccounts accounts;

  @Inject Router router;

  @Inject ReferenceNumbers references;

  @Inject CaseOpening opening;

  @Inject CaseWords words;

  public boolean alreadyThere() {
    return accounts.byUsername(STAFF.get(0).username()).isPresent();
  }

  /**
   * @return username to password, for printing once
   */
  public Map<String, String> createStaff() {
    Map<String, String> passwords = new LinkedHashMap<>();
    for (DemoStaff demo : STAFF) {
      String password = GeneratedPassword.create();
      StaffAccount account =
          accounts.create(demo.username(), demo.name(), password, Language.HE, demo.role());
      if (demo.role() != StaffRole.CASEWORKER) {
        account.grant(StaffRole.CASEWORKER);
      }
      demo.units().forEach((code, role) -> em.persist(account.joinUnit(unitByCode(code), role)));
      passwords.put(demo.username(), password);
    }
    groups.create(Instant.now());
    return passwords;
  }

  /** One batch of sample cases; {@code seed} keeps the spread the same from run to run. */
  public void createCases(int count, long seed, Instant now) {
    var random = new Random(seed);
    List<RequestType> types =
        em.createNamedQuery(RequestType.ACTIVE, RequestType.class).getResultList();
    List<Locality> localities =
        em.createNamedQuery(Locality.ACTIVE, Locality.class).getResultList();
    Map<Long, List<StaffAccount>> staffOf = new java.util.HashMap<>();
    for (int i = 0; i < count; i++) {
      RequestType type = types.get(random.nextInt(types.size()));
      Locality locality = localities.get(random.nextInt(localities.size()));
      Router.Decision routing = router.decide(type.id(), locality.id());
      Unit unit = em.find(Unit.class, routing.unitId());
      Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
      Requester requester = requester(type, random);
      Language language = Language.values()[random.nextInt(Language.values().length)];
      var caseFile =
          opening.open(
              new NewCase(
                  references.next(),
                  TrackingCode.hash(TrackingCode.generate()),
                  type,
                  unit,
                  locality,
                  random.nextInt(4) == 0 ? Channel.PHONE : Channel.WEB_FORM,
                  language,
                  requester,
                  answers(type, random),
                  created));
      em.persist(caseFile);
      em.persist(CaseEvent.created(caseFile));
      em.persist(CaseEvent.routed(caseFile, routing.reason()));
      advance(caseFile, staffOf.computeIfAbsent(unit.id(), id -> members(unit)), random, created);
      // indexed where its walk ended: its word rows say whether it is open
      words.index(caseFile, CaseWords.textAnswers(caseFile.answers(), CaseWords.textFields(type)));
      register.register(caseFile); // a request to register special needs joins its register
    }
  }

  /**
   * Walks the case along the status model to a random point, as staff would have.
   *
   * @param members the enabled members of the case's unit, read once a batch
   */
  private void advance(
      CaseFile caseFile, List<StaffAccount> members, Random random, Instant created) {
    if (members.isEmpty()) {
      return; // a unit without demo staff keeps its cases NEW, for the intake desk to see
    }
    StaffAccount worker = members.get(random.nextInt(members.size()));
    CaseStatus[] path = {
      CaseStatus.IN_PROGRESS,
      CaseStatus.WAITING_FOR_RESIDENT,
      CaseStatus.IN_PROGRESS,
      CaseStatus.RESOLVED,
      CaseStatus.CLOSED
    };
    int steps = random.nextInt(path.length + 2) - 1;
    if (steps < 0) {
      return;
    }
    Instant at = created.plus(Duration.ofHours(1 + random.nextInt(20)));
    em.persist(caseFile.assignTo(worker, null, at));
    for (int s = 0; s < steps; s++) {
      at = at.plus(Duration.ofHours(1 + random.nextInt(48)));
      em.persist(caseFile.moveTo(path[s], worker, at));
    }
  }

  /** The unit's enabled members, by name, as the case pages offer them. */
  private List<StaffAccount> members(Unit unit) {
    return accounts.membersOf(List.of(unit.id())).stream()
        .map(member -> em.find(StaffAccount.class, member.id()))
        .toList();
  }

  private static Requester requester(RequestType type, Random random) {
    if (type.allowsAnonymous() && random.nextBoolean()) {
      return Requester.anonymous();
    }
    String[] who = REQUESTERS[random.nextInt(REQUESTERS.length)];
    String email = "resident" + random.nextInt(1000) + "@example.org";
    return new Requester(who[0], who[1], email, random.nextInt(5) > 0);
  }

  /** Answers that fit the type's own fields, as the form would send them. */
  private static String answers(RequestType type, Random random) {
    JsonObjectBuilder answers = JsonOnce.PROVIDER.createObjectBuilder();
    for (RequestField field : type.fields()) {
      if (!field.isRequired() && random.nextBoolean()) {
        continue;
      }
      List<FieldOption> options = field.options();
      switch (field.datatype()) {
        case CHOICE ->
            answers.add(field.code(), options.get(random.nextInt(options.size())).code());
        case MULTI_CHOICE -> {
          JsonArrayBuilder chosen = JsonOnce.PROVIDER.createArrayBuilder();
          new ArrayList<>(options)
              .stream().filter(o -> random.nextBoolean()).forEach(o -> chosen.add(o.code()));
          answers.add(field.code(), chosen.add(options.get(0).code()));
        }
        case NUMBER -> answers.add(field.code(), 1 + random.nextInt(6));
        case BOOLEAN -> answers.add(field.code(), random.nextBoolean());
        case DATE -> answers.add(field.code(), "2026-12-0" + (1 + random.nextInt(9)));
        case TEXT, TEXTAREA ->
            answers.add(
                field.code(),
                field.code().equals("building_address")
                    ? ADDRESSES[random.nextInt(ADDRESSES.length)]
                    : TEXTS[random.nextInt(TEXTS.length)]);
      }
    }
    return answers.build().toString();
  }

  private Unit unitByCode(String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getSingleResult();
  }
}
