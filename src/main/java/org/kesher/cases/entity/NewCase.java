package org.kesher.cases.entity;

import java.time.Instant;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/**
 * What a case is opened with, whichever path opens it (a resident's request, a staff member's phone
 * entry, a referral, a mail, the demo data). {@code org.kesher.cases.control.CaseOpening} turns it
 * into a case: it adds the reply token and the service targets.
 *
 * @param trackingCodeHash the stored form of the tracking code ({@link TrackingCode#hash})
 * @param locality where the request is about, or null
 * @param answers the answers to the type's fields, as JSON
 */
public record NewCase(
    CaseReference reference,
    String trackingCodeHash,
    RequestType requestType,
    Unit unit,
    Locality locality,
    Channel channel,
    Language language,
    Requester requester,
    String answers,
    Instant openedAt) {}
