package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.stream.Collectors;
import org.kesher.catalogue.control.CatalogueEdition;
import org.kesher.catalogue.control.Kept;
import org.kesher.ground.control.Language;
import org.kesher.notify.entity.MailTemplateText;

/**
 * The template of a kind of mail in a language: an administrator's version, else the shipped. The
 * administrators' versions are kept in memory ({@link Kept}) and read again after a change ({@link
 * MailTemplateEditing} tells the {@link CatalogueEdition}).
 */
@ApplicationScoped
public class MailTemplateStore {

  @PersistenceContext EntityManager em;

  @Inject CatalogueEdition edition;

  private final Kept<Map<MailTemplateText.Key, MailTemplates.Text>> changed =
      new Kept<>(() -> edition);

  public MailTemplates.Text text(String kind, Language language) {
    MailTemplates.Text text =
        changed.get(this::read).get(new MailTemplateText.Key(kind, language.code()));
    return text == null ? MailTemplates.shipped(kind, language) : text;
  }

  private Map<MailTemplateText.Key, MailTemplates.Text> read() {
    return em
        .createNamedQuery(MailTemplateText.ALL, MailTemplateText.class)
        .getResultList()
        .stream()
        .collect(
            Collectors.toUnmodifiableMap(
                t -> new MailTemplateText.Key(t.kind(), t.language()),
                t -> new MailTemplates.Text(t.subject(), t.body())));
  }
}
