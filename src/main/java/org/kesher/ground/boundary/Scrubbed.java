package org.kesher.ground.boundary;

/**
 * A copy of an exception chain with the messages left out, for logging: messages may quote case
 * content, a requester's details or SQL with values; class names and stack frames do not.
 */
public final class Scrubbed extends RuntimeException {

  private Scrubbed(Throwable original, Throwable cause) {
    super(original.getClass().getName(), cause, false, true);
    setStackTrace(original.getStackTrace());
  }

  public static Throwable of(Throwable original) {
    return of(original, 0);
  }

  private static Throwable of(Throwable original, int depth) {
    if (original == null || depth > 20) {
      return null;
    }
    Throwable cause = original.getCause() == original ? null : original.getCause();
    return new Scrubbed(original, of(cause, depth + 1));
  }
}
