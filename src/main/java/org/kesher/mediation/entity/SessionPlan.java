package org.kesher.mediation.entity;

import java.time.Instant;

/** A session as the mediator sets it: when, how long, where, and who mediates. */
public record SessionPlan(
    Instant startsAt, int minutes, String place, String onlineLink, String mediators) {}
