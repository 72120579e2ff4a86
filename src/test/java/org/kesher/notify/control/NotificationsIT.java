package org.kesher.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.CaseAssert.storedCase;
import static org.kesher.testing.RequestDraft.aRequest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kesher.testing.KesherClient;
import org.kesher.testing.KesherProcess;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.TestDatabase;
import org.kesher.testing.WithTestDatabase;

/**
 * Notifications end to end: Kesher runs as real processes (two nodes on one database, each with two
 * sending threads) against GreenMail as the SMTP server. Every event's mail in every language;
 * sealed requests get neutral mails (checked on the raw message, headers included); an SMTP outage
 * loses and doubles nothing.
 */
@ExtendWith(WithTestDatabase.class)
class NotificationsIT {

  private static final Duration START = Duration.ofMinutes(4);
  private static final Duration MAIL_WAIT = Duration.ofSeconds(90);

  @TempDir static Path workDir;

  private static int smtpPort;
  private static int imapPort;
  private static final String REPLIES = "replies@city.example";
  private static GreenMail smtp;
  private static KesherProcess first;
  private static KesherProcess second;

  @BeforeAll
  static void twoNodesAndAnSmtpServer() throws Exception {
    try (var socket = new ServerSocket(0);
        var other = new ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
      imapPort = other.getLocalPort();
    }
    smtp = startSmtp();
    Map<String, String> environment = KesherProcess.onTestDatabase();
    environment.put("KESHER_SMTP_HOST", "127.0.0.1");
    environment.put("KESHER_SMTP_PORT", String.valueOf(smtpPort));
    environment.put("KESHER_MAIL_FROM", "kesher@city.example");
    environment.put("KESHER_MAIL_POLL_MILLIS", "300");
    environment.put("KESHER_MAIL_RETRY_SECONDS", "1");
    environment.put("KESHER_MAIL_SENDERS", "2");
    environment.put("KESHER_PUBLIC_URL", "https://kesher.city.example");
    environment.put("KESHER_MAIL_REPLY_ADDRESS", REPLIES);
    environment.put("KESHER_IMAP_HOST", "127.0.0.1");
    environment.put("KESHER_IMAP_PORT", String.valueOf(imapPort));
    environment.put("KESHER_IMAP_TLS", "none");
    environment.put("KESHER_IMAP_USER", REPLIES);
    environment.put("KESHER_IMAP_PASSWORD", "Replies-Pass-1");
    environment.put("KESHER_IMAP_POLL_MILLIS", "500");
    // one after the other: the first migrates the database and makes its administrator
    first = KesherProcess.start(workDir.resolve("."), environment).awaitReady(START);
    second = KesherProcess.start(workDir.resolve("."), environment).awaitReady(START);
  }

  private static GreenMail startSmtp() {
    var server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    server.start();
    server.setUser(REPLIES, REPLIES, "Replies-Pass-1");
    return server;
  }

  @AfterAll
  static void stop() throws Exception {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  private static JsonObject open(KesherProcess node, String json) {
    return new KesherClient(node.base()).opened(json);
  }

  /** The code of the unit a case went to. */
  private static String unitOf(String reference) throws Exception {
    return column(
        "SELECT u.code FROM case_file c JOIN community_unit u ON u.id = c.unit_id WHERE"
            + " c.reference = ?",
        reference);
  }

  private static String general(String language, String email, boolean safe, String marker) {
    return aRequest("GENERAL")
        .language(language)
        .named("Mail Tester")
        .email(email, safe)
        .answer("subject", marker)
        .answer("description", "about " + marker)
        .json();
  }

  /** How many word rows a case has in the blind word index. */
  private static String wordRows(String reference) throws Exception {
    return column(
        "SELECT COUNT(*) FROM case_word w JOIN case_file c ON c.id = w.case_id"
            + " WHERE c.reference = ?",
        reference);
  }

  /** How many of a case's word rows say the case is open. */
  private static String wordsOpen(String reference) throws Exception {
    return column(
        "SELECT COUNT(*) FROM case_word w JOIN case_file c ON c.id = w.case_id"
            + " WHERE w.case_open = TRUE AND c.reference = ?",
        reference);
  }

  /** The messages received for an address, waiting until {@code count} have come. */
  private static List<MimeMessage> mailsTo(String address, int count) throws Exception {
    long until = System.nanoTime() + MAIL_WAIT.toNanos();
    List<MimeMessage> found;
    do {
      found = received(m -> recipient(m).equalsIgnoreCase(address));
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < until);
    throw new AssertionError(
        "waited for " + count + " mails to " + address + ", got " + found.size());
  }

  private static List<MimeMessage> received(Predicate<MimeMessage> which) {
    List<MimeMessage> all = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (which.test(m)) {
        all.add(m);
      }
    }
    return all;
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      return "";
    }
  }

  /** The decoded text of every part, plain and HTML. */
  private static String decoded(Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(decoded(multipart.getBodyPart(i))).append('\n');
      }
      return all.toString();
    }
    return String.valueOf(content);
  }

  private static String part(MimeMessage m, String type) throws Exception {
    Multipart multipart = (Multipart) m.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).isMimeType(type)) {
        return String.valueOf(multipart.getBodyPart(i).getContent());
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  /** The one mail of these with this subject. */
  private static MimeMessage withSubject(List<MimeMessage> mails, String subject) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (MimeMessage mail : mails) {
      subjects.add(mail.getSubject());
      if (subject.equals(mail.getSubject())) {
        found.add(mail);
      }
    }
    assertEquals(1, found.size(), subject + " once in " + subjects);
    return found.get(0);
  }

  private static String column(String sql, Object... parameters) throws Exception {
    String value = TestDatabase.column(sql, parameters);
    assertTrue(value != null, sql);
    return value;
  }

  private static void execute(String sql, Object... parameters) throws Exception {
    org.kesher.testing.TestDatabase.execute(sql, parameters);
  }

  private static String subject(
      String kind, org.kesher.ground.control.Language language, Map<String, Object> values) {
    return MailTemplates.render(
            MailTemplates.shipped(kind, language), language, values, null, false)
        .subject();
  }

  /** Nothing a resident wrote, and no address, reaches either node's log. */
  private static void assertLogsClean() throws Exception {
    int n = 0;
    for (KesherProcess node : List.of(first, second)) {
      java.nio.file.Files.writeString(
          Path.of("target", "notifications-node-" + ++n + ".log"), node.text());
      for (String marker :
          List.of(
              "MAIL-HE",
              "ANSWER-",
              "SEALED-CONTENT-MARKER",
              "OUTAGE-",
              "@mail.example",
              "MAIL-REPLY-TEXT",
              "FORGED-REPLY",
              "AUTO-REPLY-TEXT",
              "REFERRAL-MARKER",
              "ANSWER-AFTER-REFERRAL",
              "RESIDENT-AFTER-REFERRAL",
              "MAIL-OPENS-TEXT",
              "QUOTED-OLD-MAIL")) {
        assertEquals(
            List.of(),
            node.text().lines().filter(line -> line.contains(marker)).toList(),
            "the log shows " + marker);
      }
    }
  }

  @Test
  void everyEventMailsTheResidentInTheirLanguageAndTheCaseworkerInTheirs() throws Exception {
    Map<String, String> words = new TreeMap<>();
    words.put("he", "מצב פנייתך");
    words.put("ar", "تغيّرت حالة طلبك");
    words.put("en", "is now:");
    long staffId = 940_001;
    for (var language : words.keySet()) {
      String resident = "resident-" + language + "@mail.example";
      JsonObject receipt =
          open(first, general(language, resident, true, "MAIL-" + language.toUpperCase()));
      String reference = receipt.getString("reference");

      MimeMessage received = mailsTo(resident, 1).get(0);
      assertTrue(received.getSubject().contains(reference), received.getSubject());
      String text = part(received, "text/plain");
      assertTrue(text.contains(receipt.getString("trackingCode")), "the code, this once: " + text);
      String html = part(received, "text/html");
      assertTrue(
          html.contains("dir=\"" + ("en".equals(language) ? "ltr" : "rtl") + "\""),
          "direction of " + language);
      assertTrue(html.contains("lang=\"" + language + "\""), html);
      assertEquals(language, received.getHeader("Content-Language", null));
      assertEquals("auto-generated", received.getHeader("Auto-Submitted", null));
      assertTrue(received.getMessageID().endsWith("@kesher.city.example>"));

      // a caseworker of the case's unit, who reads mail in the same language
      String unit = unitOf(reference);
      String username = "mail.worker." + language;
      StaffBrowserSession.createStaff(
          staffId, username, "Mail-Worker-Pass-1", 600_000, "CASEWORKER", language);
      execute(
          "UPDATE staff_account SET email = ? WHERE id = ?", username + "@city.example", staffId);
      StaffBrowserSession.joinUnit(staffId, unit, "MEMBER");
      var colleague = new StaffBrowserSession(first.base());
      String boss = "mail.head." + language;
      StaffBrowserSession.createStaff(
          staffId + 100, boss, "Mail-Head-Pass-1", 600_000, "CASEWORKER", language);
      StaffBrowserSession.joinUnit(staffId + 100, unit, "HEAD");
      assertEquals(302, colleague.logIn(boss, "Mail-Head-Pass-1").statusCode());
      String casePath = "staff/case.xhtml?ref=" + reference;
      colleague.submit(
          casePath,
          Map.of(
              "case", "case", "case:assign-to_input", String.valueOf(staffId), "case:assign", ""));
      MimeMessage assigned = mailsTo(username + "@city.example", 1).get(0);
      assertTrue(assigned.getSubject().contains(reference), assigned.getSubject());
      assertTrue(decoded(assigned).contains("/staff/case.xhtml?ref=" + reference));

      var worker = new StaffBrowserSession(second.base());
      assertEquals(302, worker.logIn(username, "Mail-Worker-Pass-1").statusCode());
      worker.submit(
          casePath, Map.of("case", "case", "case:text", "ANSWER-" + language, "case:reply", ""));
      worker.submit(
          casePath,
          Map.of(
              "case", "case", "case:next-status_input", "IN_PROGRESS", "case:change-status", ""));
      worker.submit(
          casePath,
          Map.of("case", "case", "case:next-status_input", "RESOLVED", "case:change-status", ""));

      List<MimeMessage> mails = mailsTo(resident, 4);
      assertEquals(4, mails.size(), "received, answered, in progress, resolved");
      assertNotEquals("0", wordRows(reference), "the request's words are indexed");
      assertEquals(
          "0", wordsOpen(reference), "the resolved case's words are read among closed cases");
      var lang = org.kesher.ground.control.Language.fromCode(language).orElseThrow();
      Map<String, MimeMessage> bySubject = new HashMap<>();
      for (MimeMessage mail : mails) {
        bySubject.put(mail.getSubject(), mail);
        assertEquals(language, mail.getHeader("Content-Language", null));
      }
      Map<String, Object> values = new HashMap<>();
      values.put("reference", reference);
      values.put(
          "status",
          java.util.ResourceBundle.getBundle("i18n.texts", lang.locale())
              .getString("status.IN_PROGRESS"));
      String answered = subject("PUBLIC_REPLY", lang, values);
      String moved = subject("STATUS_CHANGED", lang, values);
      String resolved = subject("RESOLVED", lang, values);
      assertTrue(
          bySubject.containsKey(subject("RECEIVED", lang, values)), bySubject.keySet().toString());
      assertTrue(bySubject.containsKey(answered), answered + " in " + bySubject.keySet());
      assertTrue(bySubject.containsKey(moved), moved + " in " + bySubject.keySet());
      assertTrue(bySubject.containsKey(resolved), resolved + " in " + bySubject.keySet());
      assertTrue(decoded(bySubject.get(answered)).contains("ANSWER-" + language));
      assertTrue(decoded(bySubject.get(moved)).contains(words.get(language)));
      assertTrue(
          decoded(bySubject.get(resolved)).contains(" 14 "), "how long a reply reopens the case");
      staffId++;
    }
    assertLogsClean();
  }

  @Test
  void sealedRequestsGetNeutralMailsAndAnUnsafeAddressGetsNone() throws Exception {
    String resident = "sealed-resident@mail.example";
    JsonObject receipt =
        open(
            second,
            aRequest("PROTECTION_CONTACT")
                .in("ALUMA")
                .language("he")
                .fromMail("Sealed Tester", resident)
                .answer("description", "SEALED-CONTENT-MARKER")
                .answer("concerns_child", true)
                .json());
    MimeMessage mail = mailsTo(resident, 1).get(0);
    String raw = GreenMailUtil.getWholeMessage(mail);
    String everything = raw + "\n" + mail.getSubject() + "\n" + decoded(mail);
    assertTrue(everything.contains(receipt.getString("reference")), "the reference, only");
    List<String> forbidden = new ArrayList<>(List.of("SEALED-CONTENT-MARKER", "Sealed Tester"));
    forbidden.add(receipt.getString("trackingCode"));
    for (String language : List.of("he", "ar", "en", "ru", "am")) {
      forbidden.add(
          column(
              "SELECT x.content FROM request_type t JOIN request_type_text x ON x.owner_id = t.id"
                  + " AND x.field = 'name' AND x.lang = ? WHERE t.code = 'PROTECTION_CONTACT'",
              language));
      forbidden.add(
          column(
              "SELECT x.content FROM case_file c JOIN community_unit_text x ON x.owner_id ="
                  + " c.unit_id AND x.field = 'name' AND x.lang = ? WHERE c.reference = ?",
              language,
              receipt.getString("reference")));
    }
    for (String word : forbidden) {
      assertFalse(everything.contains(word), "a sealed mail says nothing of: " + word);
    }

    JsonObject unsafe = open(first, general("en", "unsafe@mail.example", false, "UNSAFE"));
    assertEquals(
        "0",
        column(
            "SELECT COUNT(*) FROM mail_outbox m JOIN case_file c ON c.id = m.case_id WHERE"
                + " m.kind = 'RECEIVED' AND c.reference = ?",
            unsafe.getString("reference")),
        "no mail at all when email is not safe");
    assertLogsClean();
  }

  @Test
  void aReferredRequestIsTrackedWithTheResidentsOwnCodeAndTheResidentIsTold() throws Exception {
    String resident = "referred-resident@mail.example";
    JsonObject receipt = open(first, general("en", resident, true, "REFERRAL-MARKER"));
    String reference = receipt.getString("reference");
    String code = receipt.getString("trackingCode");
    mailsTo(resident, 1);
    StaffBrowserSession.createStaff(
        940_301, "referring.worker", "Referring-Pass-1", 600_000, "CASEWORKER", "en");
    StaffBrowserSession.joinUnit(940_301, unitOf(reference), "MEMBER");
    var worker = new StaffBrowserSession(first.base());
    assertEquals(302, worker.logIn("referring.worker", "Referring-Pass-1").statusCode());
    worker.submit(
        "staff/case.xhtml?ref=" + reference,
        Map.of(
            "case", "case",
            "case:refer-to_input", "MEDIATION",
            "case:summary", "Please take this over",
            "case:refer", ""));
    String referred =
        column(
            "SELECT r.reference FROM case_file c JOIN case_file r ON r.id = c.referred_to_id"
                + " WHERE c.reference = ?",
            reference);
    storedCase(referred).isInUnit("MEDIATION");

    // told by mail, under the reference they know, naming the receiving unit
    Map<String, Object> values = new HashMap<>();
    values.put("reference", reference);
    values.put("unit", "Mediation Service for Residents (City without Violence)");
    String toldSubject = subject("REFERRED", org.kesher.ground.control.Language.EN, values);
    List<MimeMessage> two = mailsTo(resident, 2);
    MimeMessage told = withSubject(two, toldSubject);
    assertTrue(decoded(told).contains("ref=" + reference), "the tracking link they know");
    assertFalse(decoded(told).contains(referred), "not the new case's reference");

    // the receiving unit answers; the resident reads it with their own reference and code
    StaffBrowserSession.createStaff(
        940_302, "receiving.worker", "Receiving-Pass-1", 600_000, "CASEWORKER", "en");
    StaffBrowserSession.joinUnit(940_302, "MEDIATION", "MEMBER");
    var receiving = new StaffBrowserSession(second.base());
    assertEquals(302, receiving.logIn("receiving.worker", "Receiving-Pass-1").statusCode());
    receiving.submit(
        "staff/case.xhtml?ref=" + referred,
        Map.of("case", "case", "case:text", "ANSWER-AFTER-REFERRAL", "case:reply", ""));
    var tracked =
        new KesherClient(first.base()).get("api/v1/requests/" + reference, "X-Tracking-Code", code);
    assertEquals(200, tracked.statusCode(), tracked.body());
    JsonObject page = KesherClient.json(tracked).asJsonObject();
    assertEquals(reference, page.getString("reference"));
    assertEquals(
        column("SELECT status FROM case_file WHERE reference = ?", referred),
        page.getString("status"),
        "the receiving case's status");
    storedCase(reference).hasStatus("REFERRED");
    assertTrue(page.getBoolean("takesReplies"), tracked.body());
    List<String> kinds =
        page.getJsonArray("timeline").stream()
            .map(step -> step.asJsonObject().getString("event"))
            .toList();
    assertTrue(
        page.getJsonArray("timeline").stream()
            .anyMatch(step -> "REFERRED".equals(step.asJsonObject().getString("status", ""))),
        "the earlier case's move to REFERRED comes first: " + tracked.body());
    assertTrue(tracked.body().contains("ANSWER-AFTER-REFERRAL"), tracked.body());
    assertTrue(kinds.contains("PUBLIC_REPLY"), kinds.toString());
    assertFalse(tracked.body().contains(referred), "the new reference is not shown");
    assertFalse(tracked.body().contains("Please take this over"), "nor the summary");
    // the answer to the resident went out under their own reference too
    MimeMessage answered =
        withSubject(
            mailsTo(resident, 3),
            subject("PUBLIC_REPLY", org.kesher.ground.control.Language.EN, values));
    assertFalse(decoded(answered).contains(referred), "not the new case's reference");

    // the resident answers on their tracking page: it lands on the receiving unit's case
    var reply =
        new KesherClient(first.base())
            .post(
                "api/v1/requests/" + reference + "/replies",
                "{\"message\":\"RESIDENT-AFTER-REFERRAL\"}",
                "X-Tracking-Code",
                code);
    assertEquals(200, reply.statusCode(), reply.body());
    storedCase(referred).hasEvents("RESIDENT_REPLY", 1);
    assertLogsClean();
  }

  @Test
  void aMailWithoutATokenOpensOneGeneralRequestAndItsSenderGetsTheReferenceInTheirLanguage()
      throws Exception {
    String sender = "writes-to-the-city@mail.example";
    long handled = Long.parseLong(column("SELECT COUNT(*) FROM mail_inbound"));
    long byMail = Long.parseLong(column("SELECT COUNT(*) FROM case_file WHERE channel = 'EMAIL'"));
    var mailbox = smtp.getUserManager().getUser(REPLIES);
    var mail =
        answer(
            sender,
            REPLIES,
            "مساعدة في الإيجار",
            "ignored: the multipart below replaces this text");
    var parts = new jakarta.mail.internet.MimeMultipart();
    var text = new jakarta.mail.internet.MimeBodyPart();
    text.setText(
        "مرحبا، أحتاج إلى مساعدة في دفع الإيجار MAIL-OPENS-TEXT\n"
            + "On Monday someone wrote:\n> QUOTED-OLD-MAIL",
        "UTF-8");
    parts.addBodyPart(text);
    var scan = new jakarta.mail.internet.MimeBodyPart();
    scan.setContent(org.kesher.testing.SampleFiles.image("png"), "image/png");
    scan.setFileName("contract.png");
    scan.setDisposition(jakarta.mail.Part.ATTACHMENT);
    parts.addBodyPart(scan);
    var program = new jakarta.mail.internet.MimeBodyPart();
    program.setContent(new byte[] {'M', 'Z', 0, 0, 1, 2, 3}, "application/octet-stream");
    program.setFileName("tool.exe");
    program.setDisposition(jakarta.mail.Part.ATTACHMENT);
    parts.addBodyPart(program);
    mail.setContent(parts);
    mail.saveChanges();
    mailbox.deliver(mail);
    var vacation = answer("away@mail.example", REPLIES, "Out of office", "AUTO-REPLY-TEXT away");
    vacation.setHeader("Auto-Submitted", "auto-replied");
    vacation.saveChanges();
    mailbox.deliver(vacation);

    MimeMessage receipt = mailsTo(sender, 1).get(0);
    assertEquals("ar", receipt.getHeader("Content-Language", null), "the language of the text");
    var reference =
        java.util.regex.Pattern.compile("KS-[0-9]{4}-[0-9]{6}").matcher(receipt.getSubject());
    assertTrue(reference.find(), receipt.getSubject());
    var code =
        java.util.regex.Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}")
            .matcher(decoded(receipt));
    assertTrue(code.find(), "the tracking code is in the receipt");
    String opened = reference.group();
    long until = System.nanoTime() + MAIL_WAIT.toNanos();
    while (Long.parseLong(column("SELECT COUNT(*) FROM mail_inbound")) < handled + 2
        && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    Thread.sleep(2_000); // both nodes have polled the mailbox again since
    assertEquals(
        byMail + 1,
        Long.parseLong(column("SELECT COUNT(*) FROM case_file WHERE channel = 'EMAIL'")),
        "one request, though two nodes read the mailbox, and none from the auto-reply");
    assertEquals(1, mailsTo(sender, 1).size(), "one receipt");
    assertEquals(
        "GENERAL ar COMMUNITY_WORK",
        column(
            "SELECT CONCAT(t.code, ' ', c.language, ' ', u.code) FROM case_file c"
                + " JOIN request_type t ON t.id = c.request_type_id"
                + " JOIN community_unit u ON u.id = c.unit_id WHERE c.reference = ?",
            opened));
    assertEquals(
        "1",
        column(
            "SELECT COUNT(*) FROM case_attachment a JOIN case_file c ON c.id = a.case_id WHERE"
                + " c.reference = ?",
            opened),
        "the picture by the form's rules; the program left out");
    var tracked =
        new KesherClient(first.base())
            .get("api/v1/requests/" + opened, "X-Tracking-Code", code.group());
    assertEquals(200, tracked.statusCode(), tracked.body());

    // what the intake desk reads
    StaffBrowserSession.createStaff(
        940_401, "desk.reader", "Desk-Reader-Pass-1", 600_000, "CASEWORKER", "en");
    StaffBrowserSession.joinUnit(940_401, "COMMUNITY_WORK", "MEMBER");
    var desk = new StaffBrowserSession(second.base());
    assertEquals(302, desk.logIn("desk.reader", "Desk-Reader-Pass-1").statusCode());
    String page = desk.get("staff/case.xhtml?ref=" + opened).body();
    assertTrue(page.contains("MAIL-OPENS-TEXT"), "the mail's own words");
    assertTrue(page.contains("مساعدة في الإيجار"), "its subject");
    assertFalse(page.contains("QUOTED-OLD-MAIL"), "quoted text left out");
    assertLogsClean();
  }

  @Test
  void anSmtpOutageUnderLoadLosesNothingAndDoublesNothingAcrossTwoNodes() throws Exception {
    List<String> addresses = java.util.Collections.synchronizedList(new ArrayList<>());
    var numbers = new java.util.concurrent.atomic.AtomicInteger();
    var load = java.util.concurrent.Executors.newFixedThreadPool(4);
    // requests keep coming from four clients to both nodes: before, during and after the outage
    java.util.function.IntFunction<List<java.util.concurrent.Future<?>>> submit =
        count -> {
          List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            sent.add(
                load.submit(
                    () -> {
                      int n = numbers.getAndIncrement();
                      String address = "outage-" + n + "@mail.example";
                      addresses.add(address);
                      open(
                          n % 2 == 0 ? first : second, general("en", address, true, "OUTAGE-" + n));
                      return null;
                    }));
          }
          return sent;
        };
    for (var f : submit.apply(20)) {
      f.get();
    }
    // the first twenty arrive before the server goes down (a GreenMail that stops forgets what it
    // took), and count with the rest
    for (String address : List.copyOf(addresses)) {
      mailsTo(address, 1);
    }
    List<MimeMessage> before = received(NotificationsIT::isOutageMail);
    smtp.stop();
    for (var f : submit.apply(40)) {
      f.get();
    }
    long until = System.nanoTime() + MAIL_WAIT.toNanos();
    while (Long.parseLong(
                column(
                    "SELECT COUNT(*) FROM mail_outbox WHERE attempts > 0 AND status = 'PENDING'"))
            < 40
        && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertTrue(
        Long.parseLong(
                column(
                    "SELECT COUNT(*) FROM mail_outbox WHERE attempts > 0 AND status = 'PENDING'"))
            >= 40,
        "the senders tried and keep the mails");
    var during = submit.apply(20);
    smtp = startSmtp();
    for (var f : during) {
      f.get();
    }
    load.shutdown();
    assertEquals(80, addresses.size());
    long until2 = System.nanoTime() + MAIL_WAIT.toNanos();
    while (outageCounts(before).size() < 80 && System.nanoTime() < until2) {
      Thread.sleep(500);
    }
    Thread.sleep(3_000); // a few more rounds of both nodes: nothing may come twice
    Map<String, Integer> counts = outageCounts(before);
    assertEquals(80, counts.size(), counts.toString());
    assertTrue(counts.values().stream().allMatch(n -> n == 1), "each exactly once: " + counts);
    assertLogsClean();
    System.out.println(
        "Outage: 80 requests from 4 clients before, during and after an SMTP outage; each mail"
            + " delivered once by 2 nodes x 2 senders");
  }

  /** A mail of this class's outage test (other classes' mails may reach this SMTP server too). */
  private static boolean isOutageMail(MimeMessage m) {
    String to = recipient(m);
    return to.startsWith("outage-") && to.endsWith("@mail.example");
  }

  /** How many outage mails each address got, from the server before the outage and now. */
  private static Map<String, Integer> outageCounts(List<MimeMessage> before) {
    Map<String, Integer> counts = new TreeMap<>();
    List<MimeMessage> all = new ArrayList<>(before);
    all.addAll(received(m -> isOutageMail(m)));
    for (MimeMessage m : all) {
      counts.merge(recipient(m), 1, Integer::sum);
    }
    return counts;
  }

  private static MimeMessage answer(String from, String to, String subject, String text)
      throws Exception {
    var message = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
    message.setFrom(new jakarta.mail.internet.InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new jakarta.mail.internet.InternetAddress(to));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    message.saveChanges();
    return message;
  }

  @Test
  void anAnswerByMailLandsOnItsCaseAndForgeriesAutoRepliesAndBouncesDoNot() throws Exception {
    String resident = "answers-by-mail@mail.example";
    JsonObject receipt = open(first, general("en", resident, true, "BY-MAIL"));
    String reference = receipt.getString("reference");
    MimeMessage received = mailsTo(resident, 1).get(0);
    String replyTo = received.getReplyTo()[0].toString();
    assertTrue(replyTo.matches("replies\\+[0-9a-f-]{36}@city\\.example"), replyTo);
    // the case was resolved yesterday (its words among closed cases): the answer opens it again
    execute(
        "UPDATE case_file SET status = 'RESOLVED', resolved_at = NOW() - INTERVAL 1 DAY WHERE"
            + " reference = ?",
        reference);
    execute(
        "UPDATE case_word SET case_open = FALSE WHERE case_id ="
            + " (SELECT id FROM case_file WHERE reference = ?)",
        reference);
    assertEquals("0", wordsOpen(reference));
    long handled = Long.parseLong(column("SELECT COUNT(*) FROM mail_inbound"));
    long undeliverable = Long.parseLong(column("SELECT COUNT(*) FROM mail_undeliverable"));

    var mailbox = smtp.getUserManager().getUser(REPLIES);
    var answer =
        answer(resident, replyTo, "Re: " + received.getSubject(), "MAIL-REPLY-TEXT\n> old");
    var withFile = new jakarta.mail.internet.MimeMultipart();
    var text = new jakarta.mail.internet.MimeBodyPart();
    text.setText("MAIL-REPLY-TEXT here is the scan\n> quoted mail", "UTF-8");
    withFile.addBodyPart(text);
    var scan = new jakarta.mail.internet.MimeBodyPart();
    scan.setContent(org.kesher.testing.SampleFiles.image("png"), "image/png");
    scan.setFileName("scan.png");
    scan.setDisposition(jakarta.mail.Part.ATTACHMENT);
    withFile.addBodyPart(scan);
    answer.setContent(withFile);
    answer.saveChanges();
    mailbox.deliver(answer);
    mailbox.deliver(
        answer(resident, REPLIES, "Re: your request " + reference, "FORGED-REPLY from the sender"));
    var vacation = answer(resident, replyTo, "Out of office", "AUTO-REPLY-TEXT away");
    vacation.setHeader("Auto-Submitted", "auto-replied");
    vacation.saveChanges();
    mailbox.deliver(vacation);
    mailbox.deliver(bounce(resident, received.getMessageID()));
    mailbox.deliver(bounce("someone-else@mail.example", "<forged@elsewhere.example>"));

    long until = System.nanoTime() + MAIL_WAIT.toNanos();
    while (Long.parseLong(column("SELECT COUNT(*) FROM mail_inbound")) < handled + 5
        && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertEquals(
        handled + 5, Long.parseLong(column("SELECT COUNT(*) FROM mail_inbound")), "all five read");
    // what the caseworker reads on the case's timeline
    String unit = unitOf(reference);
    StaffBrowserSession.createStaff(
        940_201, "mail.reader", "Mail-Reader-Pass-1", 600_000, "CASEWORKER", "en");
    StaffBrowserSession.joinUnit(940_201, unit, "MEMBER");
    var reader = new StaffBrowserSession(second.base());
    assertEquals(302, reader.logIn("mail.reader", "Mail-Reader-Pass-1").statusCode());
    String timeline = reader.get("staff/case.xhtml?ref=" + reference).body();
    assertTrue(timeline.contains("MAIL-REPLY-TEXT here is the scan"), "the answer is on the case");
    assertFalse(timeline.contains("quoted mail"), "the quoted mail is left out");
    assertFalse(timeline.contains("FORGED-REPLY"), "a sender address alone is not enough");
    assertFalse(timeline.contains("AUTO-REPLY-TEXT"), "an auto-reply is no answer");
    storedCase(reference).because("the answer reopens the resolved case").hasStatus("IN_PROGRESS");
    assertEquals(
        wordRows(reference), wordsOpen(reference), "its words are read among open cases again");
    assertEquals(
        "1",
        column(
            "SELECT COUNT(*) FROM case_attachment a JOIN case_file c ON c.id = a.case_id WHERE"
                + " c.reference = ?",
            reference),
        "the attachment came with it");
    assertEquals(
        undeliverable + 1,
        Long.parseLong(column("SELECT COUNT(*) FROM mail_undeliverable")),
        "the bounce of a mail Kesher sent marks its address; a made-up report does not");
    storedCase(reference)
        .because("added once, though two nodes read the mailbox")
        .hasEvents("RESIDENT_REPLY", 1);
    assertLogsClean();
  }

  private static MimeMessage bounce(String failed, String messageId) throws Exception {
    var bounce = new MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()));
    bounce.setFrom(new jakarta.mail.internet.InternetAddress("MAILER-DAEMON@mx.example"));
    bounce.setRecipient(
        Message.RecipientType.TO, new jakarta.mail.internet.InternetAddress(REPLIES));
    bounce.setSubject("Undelivered Mail Returned to Sender");
    bounce.setHeader("Auto-Submitted", "auto-replied");
    var report = new jakarta.mail.internet.MimeMultipart("report; report-type=delivery-status");
    var human = new jakarta.mail.internet.MimeBodyPart();
    human.setText("Your message could not be delivered.");
    report.addBodyPart(human);
    var status = new jakarta.mail.internet.MimeBodyPart();
    status.setContent(
        "Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; "
            + failed
            + "\r\nAction: failed\r\nStatus: 5.1.1\r\n",
        "message/delivery-status");
    report.addBodyPart(status);
    var returned = new jakarta.mail.internet.MimeBodyPart();
    returned.setContent(
        "From: kesher@city.example\r\nTo: " + failed + "\r\nMessage-ID: " + messageId + "\r\n",
        "text/rfc822-headers");
    report.addBodyPart(returned);
    bounce.setContent(report);
    bounce.saveChanges();
    var out = new java.io.ByteArrayOutputStream();
    bounce.writeTo(out);
    return new MimeMessage(
        jakarta.mail.Session.getInstance(new java.util.Properties()),
        new java.io.ByteArrayInputStream(out.toByteArray()));
  }
}
