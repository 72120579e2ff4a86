package org.kesher.cases.control;

/**
 * A case's content was erased (retention, or a resident's request through the privacy officer),
 * fired in that transaction so that other features erase what they keep of it (its mails).
 */
public record CaseAnonymised(long caseId) {}
