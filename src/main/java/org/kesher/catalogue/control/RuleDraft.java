package org.kesher.catalogue.control;

/**
 * A routing rule as plain ids (the rules live in the routing feature, which the catalogue does not
 * import): a null type or locality matches any.
 */
public record RuleDraft(
    Long id, Long requestTypeId, Long localityId, Long unitId, int priority, boolean active)
    implements java.io.Serializable {

  /** Whether two rules match the same requests. */
  public boolean sameMatchAs(RuleDraft other) {
    return java.util.Objects.equals(requestTypeId, other.requestTypeId)
        && java.util.Objects.equals(localityId, other.localityId);
  }
}
