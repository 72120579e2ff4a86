package org.kesher.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.kesher.ground.control.Language;
import org.kesher.notify.control.MailTemplates;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.SealingKeys;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

/**
 * How fast Kesher drains its outbox into a local SMTP server (SubEthaSMTP in this JVM, reading each
 * mail whole and counting it), beside the limit measured in the same run: plain Jakarta Mail
 * senders, as many as Kesher's, each sending the same mails over one connection to the same server.
 */
final class MailBench {

  /** What was measured. */
  record Result(int mails, double plainPerSecond, double kesherPerSecond, double drainSeconds) {}

  private MailBench() {}

  static Result run(BenchSettings settings, DataSource db, String dataKey, String indexKey)
      throws Exception {
    int mails = settings.mails();
    var received = new AtomicInteger();
    SMTPServer smtp =
        SMTPServer.port(0)
            .bindAddress(InetAddress.getLoopbackAddress())
            .maxConnections(64)
            .messageHandlerFactory(context -> new Counting(received))
            .build();
    smtp.start();
    int port = smtp.getPortAllocated();
    try {
      var mail =
          MailTemplates.render(
              MailTemplates.shipped("RECEIVED", Language.HE),
              Language.HE,
              Map.of(
                  "reference", "KS-2026-000123",
                  "type", "מידע על זכויות והטבות",
                  "unit", "מרכז מידע וזכויות",
                  "trackingCode", "ABCD-EFGH-JKLM-NPQR",
                  "trackingUrl", "https://kesher.example/track.xhtml?ref=KS-2026-000123"),
              "https://kesher.example/track.xhtml?ref=KS-2026-000123",
              false);
      System.out.printf("bench: sending %,d mails with plain Jakarta Mail (the limit)%n", mails);
      double plain = plain(port, mails, mail, settings.mailSenders());
      received.set(0);

      System.out.printf("bench: writing %,d outbox rows%n", mails);
      write(db, mails, mail);
      System.out.println("bench: starting Kesher with the SMTP server, to drain the outbox");
      long started = System.nanoTime();
      try (var server =
          HttpBench.start(
              settings,
              dataKey,
              indexKey,
              List.of(
                  "-Dkesher.smtp.host=127.0.0.1",
                  "-Dkesher.smtp.port=" + port,
                  "-Dkesher.mail.poll-millis=100",
                  "-Dkesher.mail.senders=" + settings.mailSenders(),
                  "-Dkesher.mail.from=bench@kesher.example"))) {
        long until = System.nanoTime() + 600_000_000_000L;
        while (sent(db) < mails && System.nanoTime() < until) {
          Thread.sleep(200);
        }
      }
      double wall = (System.nanoTime() - started) / 1e9;
      if (sent(db) < mails) {
        throw new IllegalStateException("Kesher sent " + sent(db) + " of " + mails + " mails");
      }
      if (received.get() != mails) {
        throw new IllegalStateException("the SMTP server got " + received.get() + " of " + mails);
      }
      double seconds = drainSeconds(db);
      return new Result(mails, plain, mails / seconds, seconds);
    } finally {
      smtp.stop();
    }
  }

  /** One SMTP transaction at the server: takes every recipient, reads the mail whole, counts it. */
  private static final class Counting implements MessageHandler {
    private final AtomicInteger received;

    Counting(AtomicInteger received) {
      this.received = received;
    }

    @Override
    public void from(String from) {}

    @Override
    public void recipient(String recipient) {}

    @Override
    public String data(InputStream data) throws java.io.IOException {
      data.transferTo(java.io.OutputStream.nullOutputStream());
      received.incrementAndGet();
      return null;
    }

    @Override
    public void done() {}
  }

  /** The limit: {@code threads} plain senders, a connection each, sharing the mails out. */
  private static double plain(int port, int mails, MailTemplates.Rendered mail, int threads)
      throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(port));
    Session session = Session.getInstance(properties);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<java.util.concurrent.Future<Void>> done = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = t * mails / threads;
      int to = (t + 1) * mails / threads;
      done.add(
          pool.submit(
              () -> {
                send(session, from, to, mail);
                return null;
              }));
    }
    for (var future : done) {
      future.get();
    }
    pool.shutdown();
    return mails / ((System.nanoTime() - start) / 1e9);
  }

  private static void send(Session session, int from, int to, MailTemplates.Rendered mail)
      throws Exception {
    Transport transport = session.getTransport("smtp");
    transport.connect();
    try {
      for (int i = from; i < to; i++) {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("bench@kesher.example"));
        message.setRecipient(
            Message.RecipientType.TO, new InternetAddress("plain-" + i + "@bench.example"));
        message.setSubject(mail.subject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
      }
    } finally {
      transport.close();
    }
  }

  /** Due outbox rows as Kesher writes them, sealed with the benchmark's keys. */
  private static void write(DataSource db, int mails, MailTemplates.Rendered mail)
      throws Exception {
    KeyRing ring = SealingKeys.ring();
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = db.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM mail_outbox WHERE message_id LIKE '<bench-%'");
      }
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO mail_outbox (id, message_id, kind, case_id, language, recipient,"
                  + " recipient_bidx, subject, text_body, html_body, status, attempts,"
                  + " next_attempt_at, created_at) VALUES (?, ?, 'RECEIVED', NULL, 'he', ?, ?, ?,"
                  + " ?, ?, 'PENDING', 0, ?, ?)")) {
        byte[] subject = ring.seal(mail.subject());
        byte[] text = ring.seal(mail.text());
        byte[] html = ring.seal(mail.html());
        for (int i = 0; i < mails; i++) {
          String address = "resident-" + i + "@bench.example";
          insert.setLong(1, 900_000_000L + i);
          insert.setString(2, "<bench-" + i + "@kesher.example>");
          insert.setBytes(3, ring.seal(address));
          insert.setString(4, ring.blindIndex(address));
          insert.setBytes(5, subject);
          insert.setBytes(6, text);
          insert.setBytes(7, html);
          insert.setTimestamp(8, now);
          insert.setTimestamp(9, now);
          insert.addBatch();
          if (i % 500 == 499) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      c.commit();
    }
  }

  private static long sent(DataSource db) throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM mail_outbox WHERE message_id LIKE '<bench-%' AND status ="
                    + " 'SENT'")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** From the first mail sent to the last, as Kesher recorded them. */
  private static double drainSeconds(DataSource db) throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT MIN(sent_at), MAX(sent_at), MIN(created_at) FROM mail_outbox WHERE"
                    + " message_id LIKE '<bench-%'")) {
      r.next();
      Instant first = r.getTimestamp(1).toInstant();
      Instant last = r.getTimestamp(2).toInstant();
      return Math.max(0.001, (last.toEpochMilli() - first.toEpochMilli()) / 1000.0);
    }
  }
}
