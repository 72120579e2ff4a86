package org.kesher.catalogue.entity;

/** Who may see a case: the level is a property of its request type, copied onto the case. */
public enum Confidentiality {
  /** The owning unit's members, intake coordinators and department managers. */
  STANDARD,
  /** The owning unit's members only. */
  RESTRICTED,
  /**
   * The assigned caseworker and the unit head only; for everyone else the case does not exist.
   * Content is encrypted at rest, every read is logged, mails are neutral.
   */
  SEALED
}
