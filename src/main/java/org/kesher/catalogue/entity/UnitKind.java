package org.kesher.catalogue.entity;

/** What a community unit does, as the seed documents describe the units. */
public enum UnitKind {
  COMMUNITY_WORK,
  SOCIAL_SERVICES,
  RIGHTS_CENTER,
  MEDIATION,
  HOUSING_CULTURE,
  PROTECTION_TEAM,
  EMERGENCY_TEAM,
  EMBRACE_TEAM,
  SELF_HELP_CENTER,
  VOLUNTEERING,
  SENIORS
}
