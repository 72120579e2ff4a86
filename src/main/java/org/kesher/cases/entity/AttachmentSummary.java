package org.kesher.cases.entity;

import java.time.Instant;

/**
 * What a list of a case's attachments shows of each one, without its content.
 *
 * @param eventId the resident's reply the file came with; {@code null} when it came with the
 *     request
 */
public record AttachmentSummary(
    long id,
    Long eventId,
    String displayName,
    String mediaType,
    long sizeBytes,
    Instant createdAt) {}
