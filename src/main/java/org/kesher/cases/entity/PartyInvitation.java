package org.kesher.cases.entity;

/** How a party was invited: by mail, or by a letter printed with their code. */
public enum PartyInvitation {
  MAIL,
  LETTER
}
