package org.kesher.selfhelp.entity;

/** What an entry of the directory is: a support group, or an organisation of such groups. */
public enum GroupKind {
  GROUP,
  ORGANISATION
}
