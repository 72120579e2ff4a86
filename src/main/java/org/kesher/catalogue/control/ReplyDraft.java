package org.kesher.catalogue.control;

/** A canned reply: for one unit (or all when unitId is null), in one language. */
public record ReplyDraft(Long id, Long unitId, String language, String title, String body)
    implements java.io.Serializable {}
