package org.kesher.audit.control;

import java.time.LocalDate;

/**
 * A day of the access log was sealed: fired in the transaction that keeps its head, so that the
 * head also leaves the database (the privacy officers' mail, written by notify) or nothing does.
 */
public record DaySealed(LocalDate day, long entries, String head) {}
