package org.kesher.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class InboundMessageTest {

  private static final String TOKEN = "3f2c1d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
  private static final String REPLIES = "replies@city.example";

  private static MimeMessage mail(String to, String subject, String text) throws Exception {
    var message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("resident@mail.example"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    message.saveChanges();
    return message;
  }

  @Test
  void theTokenComesFromTheReplyAddressOnlyNeverFromTheSubjectOrTheSender() throws Exception {
    var answer = mail("replies+" + TOKEN + "@city.example", "Re: your request", "Thanks");
    assertEquals(Optional.of(TOKEN), new InboundMessage(answer).replyToken(REPLIES));
    var bySubject = mail(REPLIES, "Re: update [#" + TOKEN.toUpperCase() + "]", "Thanks");
    assertEquals(Optional.empty(), new InboundMessage(bySubject).replyToken(REPLIES));
    var forged = mail(REPLIES, "Re: KS-2026-000123", "I am the resident, honest");
    assertEquals(Optional.empty(), new InboundMessage(forged).replyToken(REPLIES));
    var elsewhere = mail("other+" + TOKEN + "@city.example", "Re:", "Hi");
    assertEquals(Optional.empty(), new InboundMessage(elsewhere).replyToken(REPLIES));
  }

  @Test
  void theSenderToAnswerIsOneAddressThatIsNeitherAMailSystemNorKesherItself() throws Exception {
    List<String> ours = List.of(REPLIES, "kesher@city.example");
    var resident = mail(REPLIES, "Help", "Please");
    resident.setFrom(new InternetAddress("dana@mail.example", "Dana Levi", "UTF-8"));
    var sender = new InboundMessage(resident).sender(ours).orElseThrow();
    assertEquals("dana@mail.example", sender.getAddress());
    assertEquals("Dana Levi", sender.getPersonal());
    for (String notAResident :
        List.of(
            "MAILER-DAEMON@mx.example",
            "postmaster@city.example",
            "Replies@City.example",
            "replies+" + TOKEN + "@city.example",
            "kesher@city.example")) {
      var mail = mail(REPLIES, "x", "y");
      mail.setFrom(new InternetAddress(notAResident));
      assertEquals(Optional.empty(), new InboundMessage(mail).sender(ours), notAResident);
    }
    var two = mail(REPLIES, "x", "y");
    two.addFrom(new InternetAddress[] {new InternetAddress("other@mail.example")});
    assertEquals(Optional.empty(), new InboundMessage(two).sender(ours), "two senders");
  }

  @Test
  void autoRepliesAndBulkMailAreAutomatic() throws Exception {
    var vacation = mail("replies+" + TOKEN + "@city.example", "Out of office", "Away");
    vacation.setHeader("Auto-Submitted", "auto-replied");
    assertTrue(new InboundMessage(vacation).isAutomatic());
    var bulk = mail("replies+" + TOKEN + "@city.example", "News", "News");
    bulk.setHeader("Precedence", "bulk");
    assertTrue(new InboundMessage(bulk).isAutomatic());
    var person = mail("replies+" + TOKEN + "@city.example", "Re:", "Me");
    person.setHeader("Auto-Submitted", "no");
    assertFalse(new InboundMessage(person).isAutomatic());
  }

  @Test
  void aBounceNamesTheAddressesThatFailedForGood() throws Exception {
    var bounce = new MimeMessage(Session.getInstance(new Properties()));
    bounce.setFrom(new InternetAddress("MAILER-DAEMON@mx.example"));
    bounce.setRecipient(Message.RecipientType.TO, new InternetAddress(REPLIES));
    bounce.setSubject("Undelivered Mail Returned to Sender");
    var report = new MimeMultipart("report; report-type=delivery-status");
    var human = new MimeBodyPart();
    human.setText("Your message could not be delivered.");
    report.addBodyPart(human);
    var status = new MimeBodyPart();
    status.setContent(
        "Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; gone@mail.example\r\n"
            + "Action: failed\r\nStatus: 5.1.1\r\n",
        "message/delivery-status");
    report.addBodyPart(status);
    bounce.setContent(report);
    bounce.saveChanges();
    var parsed = new MimeMessage(Session.getInstance(new Properties()), asStream(bounce));
    assertEquals(List.of("gone@mail.example"), new InboundMessage(parsed).bouncedRecipients());
    assertEquals(List.of(), new InboundMessage(mail(REPLIES, "Hi", "Hi")).bouncedRecipients());
  }

  @Test
  void theTextLeavesTheQuotedMailOutAndFilesAreCollected() throws Exception {
    var answer = new MimeMessage(Session.getInstance(new Properties()));
    answer.setRecipient(
        Message.RecipientType.TO, new InternetAddress("replies+" + TOKEN + "@city.example"));
    var parts = new MimeMultipart();
    var text = new MimeBodyPart();
    text.setText("Here is the form.\n> On Monday you wrote:\n> send the form", "UTF-8");
    parts.addBodyPart(text);
    var file = new MimeBodyPart();
    file.setContent(new byte[] {1, 2, 3}, "application/octet-stream");
    file.setFileName("form.pdf");
    file.setDisposition(MimeBodyPart.ATTACHMENT);
    parts.addBodyPart(file);
    answer.setContent(parts);
    answer.saveChanges();
    var parsed = new MimeMessage(Session.getInstance(new Properties()), asStream(answer));
    var inbound = new InboundMessage(parsed);
    assertEquals("Here is the form.", inbound.text());
    assertEquals(1, inbound.attachments().size());
    assertEquals("form.pdf", inbound.attachments().get(0).name());
  }

  private static java.io.InputStream asStream(MimeMessage message) throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    message.writeTo(out);
    return new java.io.ByteArrayInputStream(out.toByteArray());
  }

  @Test
  void aQuotedEarlierMailIsCutWhereverTheMailProgramPutsIt() throws Exception {
    var outlook =
        mail(
            "replies+" + TOKEN + "@city.example",
            "RE: update",
            "The papers are ready.\n\nFrom: Kesher <kesher@city.example>\nSent: Monday\n"
                + "Your tracking code: K7PX-2M9Q-A4RT-ZZ3B");
    assertEquals("The papers are ready.", new InboundMessage(outlook).text());

    var html = new MimeMessage(Session.getInstance(new Properties()));
    html.setRecipient(
        Message.RecipientType.TO, new InternetAddress("replies+" + TOKEN + "@city.example"));
    html.setContent(
        "<div>Thank you<br>Dana</div><blockquote>Your tracking code: K7PX-2M9Q-A4RT-ZZ3B"
            + "</blockquote>",
        "text/html; charset=UTF-8");
    html.saveChanges();
    String text = new InboundMessage(html).text();
    assertEquals("Thank you\nDana", text.replaceAll("[ \\t]+\n", "\n").strip());

    var pasted =
        mail("replies+" + TOKEN + "@city.example", "Re:", "My code is K7PX-2M9Q-A4RT-ZZ3B");
    assertEquals("My code is ####-####-####-####", new InboundMessage(pasted).text());
  }
}
