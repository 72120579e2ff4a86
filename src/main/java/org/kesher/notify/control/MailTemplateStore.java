package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kesher.catalogue.entity.Language;
import org.kesher.notify.entity.MailTemplateText;

/** The template of a kind of mail in a language: an administrator's version, else the shipped. */
@ApplicationScoped
public class MailTemplateStore {

  @PersistenceContext EntityManager em;

  public MailTemplates.Text text(String kind, Language language) {
    MailTemplateText changed =
        em.find(MailTemplateText.class, new MailTemplateText.Key(kind, language.code()));
    return changed == null
        ? MailTemplates.shipped(kind, language)
        : new MailTemplates.Text(changed.subject(), changed.body());
  }
}
