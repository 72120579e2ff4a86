package org.kesher.intake.control;

/**
 * A file as a resident sent it, before any check: the name their device gave it (may be {@code
 * null}, may hold a path or anything else) and its bytes.
 *
 * <p>The array is neither copied nor compared by content: it is handed on as it is, to spare copies
 * of files up to {@link AttachmentRules#MAX_BYTES}.
 */
public record IncomingFile(String name, byte[] content) {}
