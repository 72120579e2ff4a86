package org.kesher.cases.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kesher.access.entity.StaffAccount;
import org.kesher.catalogue.entity.Unit;

/**
 * The referral of a case to another unit: the case ends as REFERRED (the resident sees that), and a
 * new case opens in the receiving unit with the referral's summary only, not the file. Without the
 * resident's consent the receiving unit gets no name or contact details.
 */
public final class Referral {

  /** The note on a referral's event when the receiving unit got no name or contact details. */
  public static final String CONTACT_NOT_SHARED = "(contact not shared)";

  private Referral() {}

  /**
   * Refers {@code from} to {@code target}.
   *
   * @param opening opens the new case (org.kesher.cases.control.CaseOpening, the one way a case
   *     opens)
   * @return the new case; the caller persists it and the events {@link #timeline} makes
   */
  public static CaseFile refer(
      CaseFile from,
      Unit target,
      CaseReference newReference,
      String trackingCodeHash,
      boolean contactShared,
      Instant now,
      Function<NewCase, CaseFile> opening) {
    CaseStatus status = from.status();
    if (!status.canMoveTo(CaseStatus.REFERRED)) {
      throw new CaseRuleViolation("case.transition", "a " + status + " case cannot be referred");
    }
    if (target.id() != null && target.id().equals(from.unit().id())) {
      throw new CaseRuleViolation("case.referSameUnit", "a case is referred to another unit");
    }
    CaseFile referred =
        opening.apply(
            new NewCase(
                newReference,
                trackingCodeHash,
                from.requestType(),
                target,
                from.locality().orElse(null),
                Channel.REFERRAL,
                from.language(),
                from.requester(),
                "{}",
                now));
    from.referredTo(referred);
    if (!contactShared) {
      referred.withholdContact();
    }
    return referred;
  }

  /**
   * The timeline of a referral: on {@code from} the move to REFERRED and an internal event naming
   * the new case; on the new one its creation and the summary.
   */
  public static List<CaseEvent> timeline(
      CaseFile from,
      CaseFile referred,
      String summary,
      boolean contactShared,
      StaffAccount by,
      Instant now) {
    CaseEvent moved = from.moveTo(CaseStatus.REFERRED, by, now);
    CaseEvent here =
        CaseEvent.of(from, EventKind.REFERRED, EventVisibility.INTERNAL, now)
            .by(ActorKind.STAFF, by)
            .toUnit(referred.unit().id())
            .naming(referred)
            .body(contactShared ? null : CONTACT_NOT_SHARED);
    CaseEvent there =
        CaseEvent.of(referred, EventKind.REFERRED, EventVisibility.INTERNAL, now)
            .by(ActorKind.STAFF, by)
            .toUnit(referred.unit().id())
            .body(CaseText.required(summary));
    return List.of(moved, here, CaseEvent.created(referred), there);
  }

  /**
   * Where the resident's request is now: {@code from}, or the end of its referrals (a case referred
   * on again is followed again, at most {@code 20} steps).
   */
  static CaseFile current(CaseFile from) {
    List<CaseFile> chain = chain(from);
    return chain.get(chain.size() - 1);
  }

  /** {@code from} and the cases its referrals opened, in order. */
  static List<CaseFile> chain(CaseFile from) {
    List<CaseFile> chain = new ArrayList<>(List.of(from));
    CaseFile at = from;
    for (int step = 0; step < 20 && at.referredTo().isPresent(); step++) {
      at = at.referredTo().get();
      chain.add(at);
    }
    return chain;
  }
}
