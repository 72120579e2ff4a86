package org.kesher.cases.entity;

/** Whether the resident sees an event on the tracking page. */
public enum EventVisibility {
  PUBLIC,
  INTERNAL
}
