package org.kesher.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.RequestDraft.aRequest;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
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
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * An SMTP server that refuses: Kesher runs as a real process against an SMTP server (SubEthaSMTP)
 * that answers 550 for one mailbox and 552 for another while it is full. A 550 marks the address
 * undeliverable and no mail is tried to it again; a 552 fails that mail only, which an
 * administrator sends again with the outbox page's retry button once the mailbox has room.
 */
@ExtendWith(WithTestDatabase.class)
class RefusedMailIT {

  private static final String GONE = "gone@refusal.example";
  private static final String FULL = "full@refusal.example";
  private static final String FINE = "fine@refusal.example";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir static Path workDir;

  /** Each recipient the server was asked to take (RCPT TO), refused or not. */
  private static final List<String> asked = new CopyOnWriteArrayList<>();

  /** Each recipient of each mail the server took, with the mail. */
  private static final List<String[]> delivered = new CopyOnWriteArrayList<>();

  private static final AtomicBoolean full = new AtomicBoolean(true);
  private static SMTPServer smtp;
  private static KesherProcess node;

  @BeforeAll
  static void aNodeAndARefusingSmtpServer() throws Exception {
    smtp =
        SMTPServer.port(0)
            .bindAddress(InetAddress.getLoopbackAddress())
            .messageHandlerFactory(context -> new Mailbox())
            .build();
    smtp.start();
    Map<String, String> environment = KesherProcess.onTestDatabase();
    environment.put("KESHER_SMTP_HOST", "127.0.0.1");
    environment.put("KESHER_SMTP_PORT", String.valueOf(smtp.getPortAllocated()));
    environment.put("KESHER_MAIL_FROM", "kesher@city.example");
    environment.put("KESHER_MAIL_POLL_MILLIS", "200");
    environment.put("KESHER_MAIL_RETRY_SECONDS", "1");
    node = KesherProcess.start(workDir, environment).awaitReady(Duration.ofMinutes(4));
    StaffBrowserSession.createStaff(
        950_001, "refusal.admin", "Refusal-Admin-1", 600_000, "ADMINISTRATOR", "en");
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
      java.nio.file.Files.writeString(Path.of("target", "refused-mail-node.log"), node.text());
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  /** One SMTP transaction: refuses or takes each recipient as the test has set. */
  private static final class Mailbox implements MessageHandler {
    private final List<String> recipients = new CopyOnWriteArrayList<>();

    @Override
    public void from(String from) {}

    @Override
    public void recipient(String recipient) throws RejectException {
      asked.add(recipient);
      if (recipient.equalsIgnoreCase(GONE)) {
        throw new RejectException(550, "5.1.1 <" + recipient + ">: no such mailbox");
      }
      if (recipient.equalsIgnoreCase(FULL) && full.get()) {
        throw new RejectException(552, "5.2.2 <" + recipient + ">: mailbox full");
      }
      recipients.add(recipient);
    }

    @Override
    public String data(InputStream data) throws java.io.IOException {
      var message = new ByteArrayOutputStream();
      data.transferTo(message);
      for (String recipient : recipients) {
        delivered.add(
            new String[] {recipient, message.toString(java.nio.charset.StandardCharsets.UTF_8)});
      }
      return null;
    }

    @Override
    public void done() {}
  }

  @Test
  void anAddressRefusedForGoodIsNotTriedAgainAndOtherMailsGoOut() throws Exception {
    long marked = count("SELECT COUNT(*) FROM mail_undeliverable");
    String first = open(GONE, "first");
    awaitStatus(first, "FAILED");
    assertEquals(1, times(GONE), "asked once");
    assertEquals(marked + 1, count("SELECT COUNT(*) FROM mail_undeliverable"), "address marked");
    assertEquals("1", attempts(first), "a 550 is not tried again");

    String second = open(GONE, "second");
    String other = open(FINE, "other");
    awaitStatus(other, "SENT");
    assertEquals(
        "0",
        TestDatabase.column(
            "SELECT COUNT(*) FROM mail_outbox m JOIN case_file c ON c.id = m.case_id"
                + " WHERE c.reference = ?",
            second),
        "no mail is even written to an address refused for good");
    assertEquals(1, times(GONE), "the address is not asked again");
    assertEquals(1, deliveredTo(FINE), "another address gets its mail");

    // an administrator's retry tries the address once more, and a new refusal marks it again
    pressRetry("g***@refusal.example");
    long until = System.nanoTime() + WAIT.toNanos();
    while (times(GONE) < 2 && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    assertEquals(2, times(GONE), "tried once more after the retry");
    Thread.sleep(1_000);
    assertEquals(2, times(GONE), "and only once");
    assertEquals(marked + 1, count("SELECT COUNT(*) FROM mail_undeliverable"), "marked again");
    assertEquals(0, deliveredTo(GONE));
    assertFalse(node.text().contains("@refusal.example"), "no address in the log");
  }

  @Test
  void aMailRefusedForAnotherReasonFailsAloneAndTheRetryButtonSendsItOnce() throws Exception {
    long marked = count("SELECT COUNT(*) FROM mail_undeliverable");
    String reference = open(FULL, "full");
    awaitStatus(reference, "FAILED");
    assertEquals(1, times(FULL));
    assertEquals("1", attempts(reference), "a 5xx is not tried again by itself");
    assertEquals(marked, count("SELECT COUNT(*) FROM mail_undeliverable"), "address not marked");
    assertEquals(0, deliveredTo(FULL));

    full.set(false);
    pressRetry("f***@refusal.example");
    awaitStatus(reference, "SENT");
    Thread.sleep(1_000); // a second sending would come in this time
    assertEquals(1, deliveredTo(FULL), "sent once");
    assertEquals(2, times(FULL), "asked once more, after the retry");
  }

  /**
   * Logs in as an administrator, opens the outbox page by Kesher's links and presses the retry
   * button of the first failed mail to the masked address.
   */
  private void pressRetry(String masked) throws Exception {
    var admin = new StaffBrowserSession(node.base());
    assertEquals(302, admin.logIn("refusal.admin", "Refusal-Admin-1").statusCode());
    var outbox =
        admin.follow(
            admin.follow("staff/index.xhtml", "staff/admin/staff.xhtml"),
            "staff/admin/outbox.xhtml");
    assertEquals(200, outbox.statusCode());
    // mail goes out: the page shows masked addresses only
    assertTrue(outbox.body().contains(masked), outbox.body());
    for (String address : List.of(GONE, FULL, FINE)) {
      assertFalse(outbox.body().contains(address), "no whole address");
    }
    var row =
        Pattern.compile(
                "data-ri=\"\\d+\"(?:(?!</tr>).)*"
                    + Pattern.quote(masked)
                    + "(?:(?!</tr>).)*id=\"(outbox:mails:\\d+:retry)\"",
                Pattern.DOTALL)
            .matcher(outbox.body());
    assertTrue(row.find(), "a retry button on the failed mail's row");
    var retried =
        admin.submit(
            "staff/admin/outbox.xhtml", outbox, Map.of("outbox", "outbox", row.group(1), ""));
    assertEquals(200, retried.statusCode());
    assertTrue(retried.body().contains("ui-messages-info"), retried.body());
  }

  private String open(String email, String marker) {
    return new KesherClient(node.base())
        .opened(
            aRequest("GENERAL")
                .language("en")
                .fromMail("Refused Reader", email)
                .answer("subject", marker)
                .answer("description", "about " + marker)
                .json())
        .getString("reference");
  }

  private static String status(String reference) throws Exception {
    return outbox(reference, "status");
  }

  private static String attempts(String reference) throws Exception {
    return outbox(reference, "attempts");
  }

  /** A column of the outbox row of a case's mail. */
  private static String outbox(String reference, String column) throws Exception {
    return TestDatabase.column(
        "SELECT m."
            + column
            + " FROM mail_outbox m JOIN case_file c ON c.id = m.case_id WHERE c.reference = ?",
        reference);
  }

  private static void awaitStatus(String reference, String wanted) throws Exception {
    long until = System.nanoTime() + WAIT.toNanos();
    String now;
    do {
      now = status(reference);
      if (wanted.equals(now)) {
        return;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < until);
    throw new AssertionError(
        reference
            + "'s mail is "
            + now
            + ", not "
            + wanted
            + "; outbox: "
            + TestDatabase.column(
                "SELECT GROUP_CONCAT(m.id, ' ', IFNULL(c.reference, '-'), ' ', m.status, ' ',"
                    + " IFNULL(m.last_error, '')) FROM mail_outbox m LEFT JOIN case_file c ON"
                    + " c.id = m.case_id"));
  }

  private static long count(String sql) throws Exception {
    return Long.parseLong(TestDatabase.column(sql));
  }

  private static long times(String address) {
    return asked.stream().filter(address::equalsIgnoreCase).count();
  }

  private static long deliveredTo(String address) {
    return delivered.stream().filter(d -> d[0].equalsIgnoreCase(address)).count();
  }
}
