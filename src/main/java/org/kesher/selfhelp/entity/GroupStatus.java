package org.kesher.selfhelp.entity;

/**
 * Where an entry of the directory stands: a draft the centre completes, published (the public finds
 * it), or hidden (withdrawn by the centre, or not confirmed with the group in time).
 */
public enum GroupStatus {
  DRAFT,
  PUBLISHED,
  HIDDEN
}
