package org.kesher.testing;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a test's SMTP server (GreenMail) received: waited for by recipient, read decoded. */
public final class SentMails {

  private SentMails() {}

  /** The messages to an address, waiting until {@code count} have come. */
  public static List<MimeMessage> to(GreenMail smtp, String address, int count, Duration wait)
      throws InterruptedException {
    long until = System.nanoTime() + wait.toNanos();
    List<MimeMessage> found;
    do {
      found = new ArrayList<>();
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (recipient(m).equalsIgnoreCase(address)) {
          found.add(m);
        }
      }
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < until);
    throw new AssertionError(
        "waited for " + count + " mails to " + address + ", got " + found.size());
  }

  /** Every message received, decoded, subject first: for searching all mail for a marker. */
  public static String everything(GreenMail smtp) throws Exception {
    StringBuilder all = new StringBuilder();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      all.append(m.getSubject()).append('\n').append(text(m)).append('\n');
    }
    return all.toString();
  }

  /** The decoded text of every part, plain and HTML. */
  public static String text(Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof Multipart multipart) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(text(multipart.getBodyPart(i))).append('\n');
      }
      return all.toString();
    }
    return String.valueOf(content);
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      return "";
    }
  }
}
