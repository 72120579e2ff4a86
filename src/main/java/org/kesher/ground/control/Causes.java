package org.kesher.ground.control;

import jakarta.mail.MessagingException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A failure and everything behind it, each once: its causes, and the "next" exceptions that JDBC (a
 * batch) and Jakarta Mail (a send to several addresses) chain beside them. The one walk that the
 * error policy, the outbox and the pages use to ask what a wrapped failure really was.
 */
public final class Causes {

  private Causes() {}

  /** The failure first, then depth first: each one's cause before its next exception. */
  public static List<Throwable> of(Throwable failure) {
    List<Throwable> all = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> pending = new ArrayDeque<>();
    if (failure != null) {
      pending.push(failure);
    }
    while (!pending.isEmpty()) {
      Throwable t = pending.pop();
      if (!seen.add(t)) {
        continue; // a cause loop, or one exception reached twice
      }
      all.add(t);
      Throwable next =
          t instanceof SQLException sql
              ? sql.getNextException()
              : t instanceof MessagingException mail ? mail.getNextException() : null;
      if (next != null) {
        pending.push(next);
      }
      if (t.getCause() != null) {
        pending.push(t.getCause());
      }
    }
    return all;
  }

  /** Whether the failure or anything behind it is such. */
  public static boolean any(Throwable failure, Predicate<Throwable> such) {
    return of(failure).stream().anyMatch(such);
  }
}
