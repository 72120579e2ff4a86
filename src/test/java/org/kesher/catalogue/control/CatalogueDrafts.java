package org.kesher.catalogue.control;

import org.kesher.catalogue.entity.AssignmentPolicy;
import org.kesher.catalogue.entity.UnitKind;

/**
 * Test drafts of the catalogue (types and their fields in {@link TypeDrafts}), valid unless a test
 * says otherwise: each builder starts from a draft the rules accept on its own and has one method
 * per property a test breaks or varies.
 */
final class CatalogueDrafts {

  /** A name given in all three languages. */
  static final Texts NAMES = new Texts("שם", "اسم", "Name");

  private CatalogueDrafts() {}

  /** A new active seniors unit named in all languages, cases to the least busy, no contacts. */
  static UnitBuilder aUnit(String code) {
    return new UnitBuilder(code);
  }

  /** A new active standard type with one required text field "topic", 24 hours and 14 days. */
  static TypeDrafts.TypeBuilder aType(String code) {
    return new TypeDrafts.TypeBuilder(code);
  }

  /** A required text field of up to 200 characters, labelled in all languages, no hint. */
  static TypeDrafts.FieldBuilder aField(String code) {
    return new TypeDrafts.FieldBuilder(code);
  }

  /** A new active rule of priority 100 for any type and locality, to no unit yet. */
  static RuleBuilder aRule() {
    return new RuleBuilder();
  }

  /** A new Hebrew reply for all units, titled "T" with the body "B". */
  static ReplyBuilder aReply() {
    return new ReplyBuilder();
  }

  static final class UnitBuilder {
    private Long id;
    private final String code;
    private UnitKind kind = UnitKind.SENIORS;
    private Texts name = NAMES;
    private Texts services = NAMES;
    private Texts address = Texts.NONE;
    private Texts contactPerson = Texts.NONE;
    private String phones;
    private String email;
    private AssignmentPolicy policy = AssignmentPolicy.LEAST_OPEN;
    private boolean intakeDesk;
    private boolean active = true;

    private UnitBuilder(String code) {
      this.code = code;
    }

    UnitBuilder id(long id) {
      this.id = id;
      return this;
    }

    UnitBuilder kind(UnitKind kind) {
      this.kind = kind;
      return this;
    }

    UnitBuilder name(Texts name) {
      this.name = name;
      return this;
    }

    UnitBuilder services(Texts services) {
      this.services = services;
      return this;
    }

    UnitBuilder address(Texts address) {
      this.address = address;
      return this;
    }

    UnitBuilder contactPerson(Texts contactPerson) {
      this.contactPerson = contactPerson;
      return this;
    }

    UnitBuilder phones(String phones) {
      this.phones = phones;
      return this;
    }

    UnitBuilder email(String email) {
      this.email = email;
      return this;
    }

    UnitBuilder policy(AssignmentPolicy policy) {
      this.policy = policy;
      return this;
    }

    UnitBuilder intakeDesk() {
      this.intakeDesk = true;
      return this;
    }

    UnitBuilder inactive() {
      this.active = false;
      return this;
    }

    UnitDraft build() {
      return new UnitDraft(
          id,
          code,
          kind,
          name,
          services,
          address,
          contactPerson,
          phones,
          email,
          policy,
          intakeDesk,
          active);
    }
  }

  static final class RuleBuilder {
    private Long id;
    private Long typeId;
    private Long localityId;
    private Long unitId;
    private int priority = 100;
    private boolean active = true;

    private RuleBuilder() {}

    RuleBuilder id(long id) {
      this.id = id;
      return this;
    }

    /** For requests of this type; null for any type. */
    RuleBuilder forType(Long typeId) {
      this.typeId = typeId;
      return this;
    }

    /** For requests from this locality; null for any locality. */
    RuleBuilder inLocality(Long localityId) {
      this.localityId = localityId;
      return this;
    }

    RuleBuilder toUnit(Long unitId) {
      this.unitId = unitId;
      return this;
    }

    RuleBuilder priority(int priority) {
      this.priority = priority;
      return this;
    }

    RuleBuilder inactive() {
      this.active = false;
      return this;
    }

    RuleDraft build() {
      return new RuleDraft(id, typeId, localityId, unitId, priority, active);
    }
  }

  static final class ReplyBuilder {
    private Long id;
    private Long unitId;
    private String language = "he";
    private String title = "T";
    private String body = "B";

    private ReplyBuilder() {}

    ReplyBuilder id(long id) {
      this.id = id;
      return this;
    }

    /** For this unit only; null for all units. */
    ReplyBuilder forUnit(Long unitId) {
      this.unitId = unitId;
      return this;
    }

    ReplyBuilder language(String language) {
      this.language = language;
      return this;
    }

    ReplyBuilder title(String title) {
      this.title = title;
      return this;
    }

    ReplyBuilder body(String body) {
      this.body = body;
      return this;
    }

    ReplyDraft build() {
      return new ReplyDraft(id, unitId, language, title, body);
    }
  }
}
