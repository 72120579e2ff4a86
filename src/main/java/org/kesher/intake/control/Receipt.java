package org.kesher.intake.control;

import java.time.Instant;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;

/**
 * What a resident gets back for a new request. The tracking code is here in clear for the only
 * time: it is stored as a hash.
 */
public record Receipt(
    CaseReference reference, String trackingCode, CaseStatus status, Instant expectedResponseBy) {}
