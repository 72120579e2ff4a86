package org.kesher.cases.entity;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.Normalised;
import org.kesher.sealing.control.SealingKeys;

/** Keeps a case's blind indexes in step with its sealed requester details. */
public class RequesterIndexing {

  @PrePersist
  @PreUpdate
  void index(CaseFile caseFile) {
    KeyRing ring = SealingKeys.ring();
    Requester requester = caseFile.requester();
    caseFile.setRequesterIndexes(
        ring.blindIndex(Normalised.name(requester.name())),
        ring.blindIndex(Normalised.phone(requester.phone())),
        ring.blindIndex(Normalised.email(requester.email())));
  }
}
