package org.kesher.testing;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.control.CaseOpening;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.Channel;
import org.kesher.cases.entity.NewCase;
import org.kesher.cases.entity.Requester;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/**
 * Cases a query test opens straight in its database, as a staff member's phone entry would: in
 * Hebrew, without a locality or answers, through {@link CaseOpening} like every other case.
 */
public final class PhoneCases {

  private PhoneCases() {}

  /**
   * Opens and persists a case of {@code type} in {@code unit} for a caller named {@code caller}.
   */
  public static CaseFile open(
      EntityManager em,
      CaseReference reference,
      RequestType type,
      Unit unit,
      String caller,
      Instant at) {
    CaseFile caseFile =
        new CaseOpening()
            .open(
                new NewCase(
                    reference,
                    "hash",
                    type,
                    unit,
                    null,
                    Channel.PHONE,
                    Language.HE,
                    new Requester(caller, "050-0000000", null, false),
                    "{}",
                    at));
    em.persist(caseFile);
    return caseFile;
  }

  /** The same, with a locality and the answers of the type's form (JSON). */
  public static CaseFile open(
      EntityManager em,
      CaseReference reference,
      RequestType type,
      Unit unit,
      org.kesher.catalogue.entity.Locality locality,
      String answers,
      Instant at) {
    CaseFile caseFile =
        new CaseOpening()
            .open(
                new NewCase(
                    reference,
                    "hash",
                    type,
                    unit,
                    locality,
                    Channel.PHONE,
                    Language.HE,
                    new Requester("Caller", "050-0000000", null, false),
                    answers,
                    at));
    em.persist(caseFile);
    return caseFile;
  }

  /** The request type whose code is {@code code}. */
  public static RequestType type(EntityManager em, String code) {
    return em.createNamedQuery(RequestType.BY_CODE, RequestType.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  /** The unit whose code is {@code code}. */
  public static Unit unit(EntityManager em, String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  /**
   * A staff member who answers the phone: an account with a department role (or none) and, where
   * given, a membership of a unit; flushed, so its id is known.
   */
  public static StaffAccount staff(
      EntityManager em, String name, String unit, StaffRole role, Instant at) {
    var account = new StaffAccount(name, "Test " + name, "x", Language.EN, at);
    if (role != null) {
      account.grant(role);
    }
    em.persist(account);
    if (unit != null) {
      em.persist(account.joinUnit(unit(em, unit), org.kesher.access.entity.MemberRole.MEMBER));
    }
    em.flush();
    return account;
  }
}
