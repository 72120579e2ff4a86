package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseWord;
import org.kesher.catalogue.entity.FieldDatatype;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.ground.control.JsonOnce;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.SealingKeys;
import org.kesher.sealing.control.SearchWords;

/**
 * Writes a case's blind word index when it opens, wherever it opens (intake, staff entry, a
 * referral, demo data): the keyed hash of every word of its texts and of each word's forms without
 * prefixes ({@link SearchWords}), in the transaction that opens the case. The texts are the free
 * text answers of the type's form (TEXT and TEXTAREA: the description, street and address answers)
 * and, for a referral, its summary; never the requester's name or contact, which have their own
 * exact indexes.
 */
@ApplicationScoped
public class CaseWords {

  @PersistenceContext EntityManager em;

  /** Indexes the words of {@code texts} for a case already persisted (its id assigned). */
  public void index(CaseFile caseFile, Collection<String> texts) {
    long caseId = Objects.requireNonNull(caseFile.id(), "case id");
    for (long hash : hashes(SealingKeys.ring(), texts)) {
      em.persist(
          new CaseWord(
              caseId,
              hash,
              caseFile.unit().id(),
              caseFile.createdAt(),
              caseFile.status().isOpen()));
    }
  }

  /**
   * The texts a case's words come from, as when it opened: a case opened by a referral has its
   * summary (the REFERRED event on it that names no other case); any other case its free-text
   * answers. What the index-key rebuild indexes again.
   */
  public List<String> textsOf(CaseFile caseFile) {
    List<String> summaries =
        em
            .createQuery(
                "SELECT e FROM CaseEvent e WHERE e.caseFile = :caseFile AND e.kind = :kind"
                    + " AND e.otherCase IS NULL ORDER BY e.id",
                CaseEvent.class)
            .setParameter("caseFile", caseFile)
            .setParameter("kind", org.kesher.cases.entity.EventKind.REFERRED)
            .getResultList()
            .stream()
            .flatMap(e -> e.body().stream())
            .toList();
    return summaries.isEmpty()
        ? textAnswers(caseFile.answers(), textFields(caseFile.requestType()))
        : summaries;
  }

  /**
   * After a timeline event is kept: when it closed or reopened its case, the case's word rows
   * follow ({@link #follow(CaseFile)}); any other event leaves them as they are.
   */
  public void follow(CaseEvent event) {
    if (event.changesOpenness()) {
      follow(event.caseFile());
    }
  }

  /**
   * Marks a case's word rows open or closed as the case now is, after a status change (a case
   * closed, resolved, referred, withdrawn, or reopened), in the transaction of the change.
   */
  public void follow(CaseFile caseFile) {
    boolean open = caseFile.status().isOpen();
    em.createQuery(
            "UPDATE CaseWord w SET w.caseOpen = :open WHERE w.caseId = :id AND w.caseOpen <> :open")
        .setParameter("open", open)
        .setParameter("id", caseFile.id())
        .executeUpdate();
  }

  /** The distinct word hashes of some texts, as the index keeps them. */
  public static Set<Long> hashes(KeyRing ring, Collection<String> texts) {
    Set<String> words = new LinkedHashSet<>();
    for (String text : texts) {
      words.addAll(SearchWords.indexed(text));
    }
    Set<Long> hashes = new LinkedHashSet<>();
    for (String word : words) {
      hashes.add(ring.wordIndex(word));
    }
    return hashes;
  }

  /**
   * The free-text answers of a case (its answers JSON), those of the fields {@code textFields}
   * names; other answers (choices, dates, numbers) are codes, not words.
   */
  public static List<String> textAnswers(String answersJson, Set<String> textFields) {
    List<String> texts = new ArrayList<>();
    if (answersJson == null || answersJson.isBlank()) {
      return texts;
    }
    JsonObject answers;
    try (JsonReader reader = JsonOnce.PROVIDER.createReader(new StringReader(answersJson))) {
      answers = reader.readObject();
    }
    for (var entry : answers.entrySet()) {
      if (textFields.contains(entry.getKey())
          && entry.getValue().getValueType() == JsonValue.ValueType.STRING) {
        texts.add(((JsonString) entry.getValue()).getString());
      }
    }
    return texts;
  }

  /** The codes of a type's free-text fields (TEXT, TEXTAREA). */
  public static Set<String> textFields(RequestType type) {
    Set<String> codes = new LinkedHashSet<>();
    type.fields().stream()
        .filter(f -> f.datatype() == FieldDatatype.TEXT || f.datatype() == FieldDatatype.TEXTAREA)
        .forEach(f -> codes.add(f.code()));
    return codes;
  }
}
