package org.kesher.intake.control;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kesher.cases.entity.ReplyAddress;

/**
 * What a mail that arrived in Kesher's mailbox is: an automatic answer (ignored), a bounce (its
 * failed recipients), or a resident's answer, found by the case's reply token in the address it was
 * sent to or in its subject, never by its sender.
 */
public final class InboundMessage {

  private static final Pattern FINAL_RECIPIENT =
      Pattern.compile("(?im)^Final-Recipient:\\s*rfc822;\\s*<?([^\\s>]+@[^\\s>]+)>?");

  private static final Pattern FAILED_ACTION = Pattern.compile("(?im)^Action:\\s*failed");

  private final Message message;

  public InboundMessage(Message message) {
    this.message = message;
  }

  /** RFC 3834 auto-replies, vacation notices and list or bulk mail: never a resident's answer. */
  public boolean isAutomatic() throws MessagingException {
    String[] submitted = message.getHeader("Auto-Submitted");
    if (submitted != null) {
      for (String value : submitted) {
        if (!value.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
          return true;
        }
      }
    }
    String[] precedence = message.getHeader("Precedence");
    if (precedence != null) {
      for (String value : precedence) {
        String p = value.strip().toLowerCase(Locale.ROOT);
        if (p.equals("bulk") || p.equals("junk") || p.equals("list") || p.equals("auto_reply")) {
          return true;
        }
      }
    }
    return message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null;
  }

  /** A delivery status notification: the addresses it says failed for good. */
  public List<String> bouncedRecipients() throws MessagingException, IOException {
    if (!message.isMimeType("multipart/report")) {
      return List.of();
    }
    List<String> failed = new ArrayList<>();
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType("message/delivery-status")) {
        String status = read(part);
        if (FAILED_ACTION.matcher(status).find()) {
          Matcher recipient = FINAL_RECIPIENT.matcher(status);
          while (recipient.find()) {
            failed.add(recipient.group(1));
          }
        }
      }
    }
    return failed;
  }

  /**
   * The reply token: from a recipient address {@code local+TOKEN@domain} of the reply address's
   * mailbox (Kesher writes it nowhere else).
   */
  public Optional<String> replyToken(String replyAddress) throws MessagingException {
    List<Address> recipients = new ArrayList<>();
    for (Message.RecipientType type :
        new Message.RecipientType[] {Message.RecipientType.TO, Message.RecipientType.CC}) {
      Address[] some = message.getRecipients(type);
      if (some != null) {
        recipients.addAll(List.of(some));
      }
    }
    String[] delivered = message.getHeader("Delivered-To");
    if (delivered != null) {
      for (String d : delivered) {
        recipients.add(new InternetAddress(d.strip(), false));
      }
    }
    for (Address address : recipients) {
      if (address instanceof InternetAddress internet) {
        var token = ReplyAddress.tokenIn(replyAddress, internet.getAddress());
        if (token.isPresent()) {
          return token;
        }
      }
    }
    return Optional.empty();
  }

  /** Where a quoted earlier mail starts, in the mail programs residents use. */
  private static final Pattern QUOTE_START =
      Pattern.compile(
          "(?i)^(On .+ wrote:|-{2,}\\s*Original Message\\s*-{2,}|_{10,}|From: .+|-- |"
              + "בתאריך .+ (נכתב|כתב|כתבה).*:|في .+ كتب.*:)\\s*$");

  /**
   * The answer's own words: the plain text (else the HTML without its quoted part and tags), up to
   * where an earlier mail is quoted, without quoted lines, and with anything shaped like a tracking
   * code blanked out.
   */
  public String text() throws MessagingException, IOException {
    String plain = firstText(message, "text/plain");
    if (plain == null) {
      String html = firstText(message, "text/html");
      plain =
          html == null
              ? ""
              : html.replaceAll("(?is)<(script|style|blockquote)[^>]*>.*?</\\1>", " ")
                  .replaceAll("(?is)<div[^>]*gmail_quote.*", " ")
                  .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
                  .replaceAll("<[^>]+>", " ")
                  .replace("&nbsp;", " ");
    }
    StringBuilder own = new StringBuilder();
    for (String line : plain.split("\\r?\\n")) {
      if (QUOTE_START.matcher(line).matches()) {
        break;
      }
      if (line.startsWith(">")) {
        continue;
      }
      own.append(line).append('\n');
    }
    return org.kesher.cases.entity.TrackingCode.blankedIn(own.toString().strip());
  }

  /** The Message-IDs the mail quotes or returns (a bounce carries the headers of the lost mail). */
  public List<String> returnedMessageIds() throws MessagingException, IOException {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("(?im)^Message-ID:\\s*(<[^>\\s]+>)").matcher(allText(message));
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static String allText(Part part) throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        all.append(allText(multipart.getBodyPart(i))).append('\n');
      }
      return all.toString();
    }
    if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
      var out = new java.io.ByteArrayOutputStream();
      try (InputStream in = part.getInputStream()) {
        in.transferTo(out);
      }
      return out.toString(StandardCharsets.UTF_8);
    }
    return part.isMimeType("text/*") || part.isMimeType("message/*") ? read(part) : "";
  }

  /** The attached files, as the form takes them. */
  public List<IncomingFile> attachments() throws MessagingException, IOException {
    List<IncomingFile> files = new ArrayList<>();
    collect(message, files);
    return files;
  }

  private static void collect(Part part, List<IncomingFile> files)
      throws MessagingException, IOException {
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        collect(multipart.getBodyPart(i), files);
      }
    } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
        || part.getFileName() != null && !part.isMimeType("text/*")) {
      try (InputStream in = part.getInputStream()) {
        files.add(
            new IncomingFile(
                part.getFileName() == null ? "file" : part.getFileName(), in.readAllBytes()));
      }
    }
  }

  private static String firstText(Part part, String type) throws MessagingException, IOException {
    if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return read(part);
    }
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = firstText(multipart.getBodyPart(i), type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String read(Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof String text) {
      return text;
    }
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Who wrote the mail, to answer: the one From address; none when it names several or none, or a
   * mail system (mailer-daemon, postmaster) or Kesher's own mailbox ({@code ours}), so that Kesher
   * never writes to itself.
   */
  public Optional<InternetAddress> sender(List<String> ours) throws MessagingException {
    Address[] from = message.getFrom();
    if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address)) {
      return Optional.empty();
    }
    String email = address.getAddress() == null ? "" : address.getAddress().strip();
    int at = email.indexOf('@');
    if (at <= 0) {
      return Optional.empty();
    }
    String local = email.substring(0, at).toLowerCase(Locale.ROOT);
    String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
    if (local.equals("mailer-daemon") || local.equals("postmaster")) {
      return Optional.empty();
    }
    for (String own : ours) {
      int ownAt = own.indexOf('@');
      if (ownAt > 0
          && domain.equals(own.substring(ownAt + 1).toLowerCase(Locale.ROOT))
          && (local.equals(own.substring(0, ownAt).toLowerCase(Locale.ROOT))
              || local.startsWith(own.substring(0, ownAt).toLowerCase(Locale.ROOT) + "+"))) {
        return Optional.empty();
      }
    }
    return Optional.of(address);
  }

  /** The subject as the sender wrote it (decoded), or an empty text. */
  public String subject() throws MessagingException {
    String subject = message.getSubject();
    return subject == null ? "" : subject.strip();
  }

  /** The Message-ID, or a stand-in made of what identifies the mail. */
  public String id() throws MessagingException {
    String[] ids = message.getHeader("Message-ID");
    if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
      return ids[0].strip();
    }
    return "<no-id-"
        + message.getSentDate()
        + "-"
        + java.util.Arrays.toString(message.getFrom())
        + "-"
        + message.getSubject()
        + ">";
  }
}
