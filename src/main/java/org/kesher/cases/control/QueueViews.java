package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.kesher.cases.entity.QueueView;

/** Each staff member's queue view, kept between sessions. */
@ApplicationScoped
public class QueueViews {

  @PersistenceContext EntityManager em;

  /** The staff member's view, or the default one when they never changed it. */
  public QueueView of(long staffId) {
    QueueView view = em.find(QueueView.class, staffId);
    return view == null ? new QueueView(staffId) : view;
  }

  /** Changes the staff member's view; two changes at once: the later one stands. */
  @Transactional
  public void change(long staffId, Consumer<QueueView> change) {
    QueueView view = em.find(QueueView.class, staffId);
    if (view == null) {
      view = new QueueView(staffId);
      change.accept(view);
      em.persist(view);
    } else {
      change.accept(view);
    }
  }
}
