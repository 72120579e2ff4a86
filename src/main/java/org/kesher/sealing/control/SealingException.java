package org.kesher.sealing.control;

/** A sealed value could not be opened: a wrong or missing key, or damaged data. */
public class SealingException extends RuntimeException {

  public SealingException(String message) {
    super(message);
  }
}
