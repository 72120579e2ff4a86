package org.kesher.catalogue.entity;

public enum LocalityKind {
  CITY,
  SETTLEMENT,
  NEIGHBOURHOOD
}
