package org.kesher.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kesher.cases.entity.Attachment;
import org.kesher.cases.entity.AttachmentSummary;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;

/**
 * Keeps the files a resident sends with a request or a reply with their case, sealed, and finds
 * them again. Storing joins the caller's transaction, so a case or reply and its files are stored
 * together or not at all. Who may see a case's files is for the caller to decide.
 */
@ApplicationScoped
public class Attachments {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * Stores files that passed {@link AttachmentRules#check} with their case.
   *
   * @param withReply the resident's reply on this case the files came with (already persisted in
   *     this transaction or before), or {@code null} when they came with the request
   * @return the stored attachments, in the order of {@code files}
   * @throws IllegalArgumentException when there are more than {@value AttachmentRules#MAX_FILES}
   *     files or {@code withReply} is not a resident's reply on {@code caseFile}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Attachment> attach(CaseFile caseFile, CaseEvent withReply, List<CheckedFile> files) {
    if (files.size() > AttachmentRules.MAX_FILES) {
      throw new IllegalArgumentException("at most " + AttachmentRules.MAX_FILES + " files");
    }
    Instant now = Instant.now(clock);
    List<Attachment> stored = new ArrayList<>(files.size());
    for (CheckedFile file : files) {
      var attachment =
          new Attachment(
              caseFile,
              withReply,
              file.displayName(),
              file.kind().mediaType(),
              file.content(),
              now);
      em.persist(attachment);
      stored.add(attachment);
    }
    return List.copyOf(stored);
  }

  /** The case's files without their content, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AttachmentSummary> summaries(CaseFile caseFile) {
    return em.createNamedQuery(Attachment.SUMMARIES, AttachmentSummary.class)
        .setParameter("caseFile", caseFile)
        .getResultList();
  }

  /**
   * One of the case's files with its content, opened; empty when there is no such file on this case
   * (an id from another case finds nothing).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Attachment> read(CaseFile caseFile, long attachmentId) {
    return em.createNamedQuery(Attachment.OF_CASE, Attachment.class)
        .setParameter("caseFile", caseFile)
        .setParameter("id", attachmentId)
        .getResultStream()
        .findFirst();
  }
}
