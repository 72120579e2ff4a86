package org.kesher.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kesher.cases.entity.Channel;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.JsonOnce;
import org.kesher.ground.control.Language;
import org.kesher.intake.control.InvalidRequest.FieldProblem;

/**
 * A resident's mail to Kesher's mailbox that belongs to no case opens a GENERAL request for the
 * intake desk, through the same rules as the form: the sender as contact (their address, safe to
 * write to, since they wrote from it; their display name, else the address's local part), the
 * subject and the mail's own words (quoted mail left out) as the request, in the language its text
 * is written in ({@link WrittenLanguage}), and the files that keep the form's rules (the others are
 * left out, as with answers by mail). Sending the mail counts as the consent the form asks for. The
 * resident then gets the reference and tracking code by mail, as after the form.
 */
@ApplicationScoped
@Transactional
public class MailIntake {

  static final String TYPE = "GENERAL";
  static final int SUBJECT_MAX = 200;
  static final int DESCRIPTION_MAX = Israel.LONG_TEXT;
  static final int NAME_MAX = 200;

  @Inject Intake intake;

  /** What a mail brought: who sent it and what it says. */
  public record MailRequest(
      String senderAddress,
      String senderName,
      String subject,
      String text,
      List<IncomingFile> files) {}

  /**
   * @return the receipt, or empty when the mail says nothing or its sender's address is not one the
   *     form takes (nothing is stored then)
   */
  public Optional<Receipt> open(MailRequest mail) {
    String text = mail.text() == null ? "" : mail.text().strip();
    String subject = mail.subject() == null ? "" : mail.subject().strip();
    if (text.isEmpty() && subject.isEmpty()) {
      return Optional.empty();
    }
    if (subject.isEmpty()) {
      subject = firstLine(text);
    }
    if (text.isEmpty()) {
      text = subject;
    }
    String name = mail.senderName() == null ? "" : mail.senderName().strip();
    if (name.isEmpty()) {
      String address = mail.senderAddress();
      name = address.substring(0, Math.max(0, address.indexOf('@')));
    }
    Language language = WrittenLanguage.of(subject + "\n" + text);
    var body =
        JsonOnce.PROVIDER
            .createObjectBuilder()
            .add("requestType", TYPE)
            .add("language", language.code())
            .add("name", cut(name, NAME_MAX))
            .add("email", mail.senderAddress())
            .add("emailSafe", true)
            .add("consent", true)
            .add(
                "answers",
                JsonOnce.PROVIDER
                    .createObjectBuilder()
                    .add("subject", cut(subject, SUBJECT_MAX))
                    .add("description", cut(text, DESCRIPTION_MAX)))
            .build();
    try {
      return Optional.of(intake.open(body, keptFiles(mail.files()), Channel.EMAIL));
    } catch (InvalidRequest invalid) {
      return Optional.empty();
    }
  }

  /** The files that keep the form's rules, each on its own, up to the form's number. */
  static List<IncomingFile> keptFiles(List<IncomingFile> files) {
    List<IncomingFile> kept = new ArrayList<>();
    for (IncomingFile file : files == null ? List.<IncomingFile>of() : files) {
      List<FieldProblem> problems = new ArrayList<>();
      AttachmentRules.check(List.of(file), problems);
      if (problems.isEmpty() && kept.size() < AttachmentRules.MAX_FILES) {
        kept.add(file);
      }
    }
    return kept;
  }

  private static String firstLine(String text) {
    String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    return cut(line, 80);
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).strip();
  }
}
