package org.kesher.cases.control;

/** No case with this reference that the viewer may see: the two are never told apart. */
public class CaseNotFound extends RuntimeException {

  public CaseNotFound() {
    super("no such case", null, false, false);
  }
}
