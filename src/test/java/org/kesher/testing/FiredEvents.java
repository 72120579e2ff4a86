package org.kesher.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * CDI's {@link Event} for code run outside the server (query tests on {@link TestJpa}): every event
 * fired goes to the observer the test gives, synchronously, as the container would call a
 * synchronous observer, and is kept for the test to read.
 */
public final class FiredEvents<T> implements Event<T> {

  private final List<T> fired = new CopyOnWriteArrayList<>();
  private final Consumer<T> observer;

  public FiredEvents(Consumer<T> observer) {
    this.observer = observer;
  }

  /** Keeps the events, with no observer. */
  public FiredEvents() {
    this(e -> {});
  }

  public List<T> fired() {
    return List.copyOf(fired);
  }

  @Override
  public void fire(T event) {
    fired.add(event);
    observer.accept(event);
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event) {
    fire(event);
    return CompletableFuture.completedFuture(event);
  }

  @Override
  public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
    return fireAsync(event);
  }

  @Override
  public Event<T> select(Annotation... qualifiers) {
    return this;
  }

  @Override
  public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("no qualified events outside the server");
  }

  @Override
  public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("no qualified events outside the server");
  }
}
