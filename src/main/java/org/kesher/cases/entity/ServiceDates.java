package org.kesher.cases.entity;

/**
 * A case's service-target dates as its clocks give them ({@code cases.control.ServiceClock}): for
 * each target the warning mark (four fifths of it) and the due date, each where it is reached if
 * the clock runs on; and the earliest mark or due date of a running clock, where the escalation job
 * looks at the case next (none when no clock runs).
 */
public record ServiceDates(
    java.time.Instant firstResponseWarning,
    java.time.Instant firstResponseDue,
    java.time.Instant resolutionWarning,
    java.time.Instant resolutionDue,
    java.time.Instant nextEscalation) {}
