-- Kesher schema, version 1.
-- Portable SQL: runs unchanged on MySQL 8, MariaDB 10.11 and H2 2.2 in MODE=MySQL.
-- Enums are stored as strings; every mutable table has a version column for optimistic locking.

-- Identifier blocks for JPA's table generator (allocation size 50).
-- Seeded rows use ids below 1000; generated ids start above.
CREATE TABLE id_sequence (
  seq_name  VARCHAR(50) NOT NULL,
  seq_count BIGINT      NOT NULL,
  PRIMARY KEY (seq_name)
);

-- Yearly counter behind the printed case reference KS-<year>-<number>.
CREATE TABLE reference_counter (
  counter_year INT    NOT NULL,
  next_value   BIGINT NOT NULL,
  version      BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (counter_year)
);

CREATE TABLE locality (
  id        BIGINT       NOT NULL,
  code      VARCHAR(40)  NOT NULL,
  kind      VARCHAR(20)  NOT NULL,
  parent_id BIGINT       NULL,
  name_he   VARCHAR(120) NOT NULL,
  name_ar   VARCHAR(120) NOT NULL,
  name_en   VARCHAR(120) NOT NULL,
  active    BOOLEAN      NOT NULL DEFAULT TRUE,
  version   BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_locality_code UNIQUE (code),
  CONSTRAINT fk_locality_parent FOREIGN KEY (parent_id) REFERENCES locality (id)
);

CREATE TABLE community_unit (
  id                BIGINT       NOT NULL,
  code              VARCHAR(40)  NOT NULL,
  kind              VARCHAR(30)  NOT NULL,
  intake_desk       BOOLEAN      NOT NULL DEFAULT FALSE,
  locality_id       BIGINT       NULL,
  name_he           VARCHAR(160) NOT NULL,
  name_ar           VARCHAR(160) NOT NULL,
  name_en           VARCHAR(160) NOT NULL,
  services_he       VARCHAR(1000) NOT NULL,
  services_ar       VARCHAR(1000) NOT NULL,
  services_en       VARCHAR(1000) NOT NULL,
  address_he        VARCHAR(250) NULL,
  address_ar        VARCHAR(250) NULL,
  address_en        VARCHAR(250) NULL,
  contact_person_he VARCHAR(250) NULL,
  contact_person_ar VARCHAR(250) NULL,
  contact_person_en VARCHAR(250) NULL,
  phones            VARCHAR(250) NULL,
  email             VARCHAR(250) NULL,
  assignment_policy VARCHAR(20)  NOT NULL,
  active            BOOLEAN      NOT NULL DEFAULT TRUE,
  display_order     INT          NOT NULL DEFAULT 0,
  version           BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_community_unit_code UNIQUE (code),
  CONSTRAINT fk_community_unit_locality FOREIGN KEY (locality_id) REFERENCES locality (id)
);

CREATE TABLE request_type (
  id                    BIGINT        NOT NULL,
  code                  VARCHAR(40)   NOT NULL,
  confidentiality       VARCHAR(20)   NOT NULL,
  anonymous_allowed     BOOLEAN       NOT NULL DEFAULT FALSE,
  first_response_hours  INT           NOT NULL,
  resolution_days       INT           NOT NULL,
  name_he               VARCHAR(160)  NOT NULL,
  name_ar               VARCHAR(160)  NOT NULL,
  name_en               VARCHAR(160)  NOT NULL,
  description_he        VARCHAR(1000) NOT NULL,
  description_ar        VARCHAR(1000) NOT NULL,
  description_en        VARCHAR(1000) NOT NULL,
  active                BOOLEAN       NOT NULL DEFAULT TRUE,
  display_order         INT           NOT NULL DEFAULT 0,
  version               BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_request_type_code UNIQUE (code)
);

-- A request type's own form fields, as data: the public form, its validation, the REST schema
-- and Open311's service definitions are all derived from these rows.
CREATE TABLE request_field (
  id              BIGINT       NOT NULL,
  request_type_id BIGINT       NOT NULL,
  code            VARCHAR(40)  NOT NULL,
  datatype        VARCHAR(20)  NOT NULL,
  required        BOOLEAN      NOT NULL DEFAULT FALSE,
  max_length      INT          NULL,
  display_order   INT          NOT NULL,
  label_he        VARCHAR(250) NOT NULL,
  label_ar        VARCHAR(250) NOT NULL,
  label_en        VARCHAR(250) NOT NULL,
  hint_he         VARCHAR(500) NULL,
  hint_ar         VARCHAR(500) NULL,
  hint_en         VARCHAR(500) NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_request_field_code UNIQUE (request_type_id, code),
  CONSTRAINT fk_request_field_type FOREIGN KEY (request_type_id) REFERENCES request_type (id)
);

-- The allowed values of a CHOICE or MULTI_CHOICE field.
CREATE TABLE request_field_option (
  id            BIGINT       NOT NULL,
  field_id      BIGINT       NOT NULL,
  code          VARCHAR(40)  NOT NULL,
  display_order INT          NOT NULL,
  label_he      VARCHAR(250) NOT NULL,
  label_ar      VARCHAR(250) NOT NULL,
  label_en      VARCHAR(250) NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_request_field_option_code UNIQUE (field_id, code),
  CONSTRAINT fk_request_field_option_field FOREIGN KEY (field_id) REFERENCES request_field (id)
);

-- (request type, locality) -> unit; NULL means "any". The most specific active rule wins,
-- then the lower priority number; no match lands at the intake desk.
CREATE TABLE routing_rule (
  id              BIGINT NOT NULL,
  request_type_id BIGINT NULL,
  locality_id     BIGINT NULL,
  unit_id         BIGINT NOT NULL,
  priority        INT    NOT NULL DEFAULT 100,
  active          BOOLEAN NOT NULL DEFAULT TRUE,
  version         BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_routing_rule_type FOREIGN KEY (request_type_id) REFERENCES request_type (id),
  CONSTRAINT fk_routing_rule_locality FOREIGN KEY (locality_id) REFERENCES locality (id),
  CONSTRAINT fk_routing_rule_unit FOREIGN KEY (unit_id) REFERENCES community_unit (id)
);
CREATE INDEX ix_routing_rule_match ON routing_rule (request_type_id, locality_id, active);

CREATE TABLE staff_account (
  id              BIGINT       NOT NULL,
  username        VARCHAR(80)  NOT NULL,
  display_name    VARCHAR(160) NOT NULL,
  email           VARCHAR(250) NULL,
  password_hash   VARCHAR(400) NOT NULL,
  language        VARCHAR(2)   NOT NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP(3) NULL,
  last_login_at   TIMESTAMP(3) NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_staff_account_username UNIQUE (username)
);

-- Department-wide roles (caseworker, intake coordinator, department manager, administrator,
-- privacy officer). Unit head is a role inside a unit: see unit_membership.
CREATE TABLE staff_role (
  staff_id BIGINT      NOT NULL,
  role     VARCHAR(30) NOT NULL,
  PRIMARY KEY (staff_id, role),
  CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
);

CREATE TABLE unit_membership (
  id          BIGINT      NOT NULL,
  staff_id    BIGINT      NOT NULL,
  unit_id     BIGINT      NOT NULL,
  member_role VARCHAR(20) NOT NULL,
  version     BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_unit_membership UNIQUE (staff_id, unit_id),
  CONSTRAINT fk_unit_membership_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id),
  CONSTRAINT fk_unit_membership_unit FOREIGN KEY (unit_id) REFERENCES community_unit (id)
);
CREATE INDEX ix_unit_membership_unit ON unit_membership (unit_id, member_role);

-- A resident's request and everything done about it.
-- Requester identity and answers are stored as ciphertext (sealing); the *_bidx columns are
-- keyed blind indexes that allow an exact-match search without decrypting.
CREATE TABLE case_file (
  id                  BIGINT       NOT NULL,
  reference           VARCHAR(20)  NOT NULL,
  tracking_code_hash  VARCHAR(200) NOT NULL,
  reply_token         VARCHAR(40)  NOT NULL,
  request_type_id     BIGINT       NOT NULL,
  unit_id             BIGINT       NOT NULL,
  locality_id         BIGINT       NULL,
  assignee_id         BIGINT       NULL,
  confidentiality     VARCHAR(20)  NOT NULL,
  status              VARCHAR(30)  NOT NULL,
  channel             VARCHAR(20)  NOT NULL,
  language            VARCHAR(2)   NOT NULL,
  email_safe          BOOLEAN      NOT NULL DEFAULT FALSE,
  anonymous           BOOLEAN      NOT NULL DEFAULT FALSE,
  requester_name      VARBINARY(1024) NULL,
  requester_phone     VARBINARY(512)  NULL,
  requester_email     VARBINARY(1024) NULL,
  requester_name_bidx  VARCHAR(64)  NULL,
  requester_phone_bidx VARCHAR(64)  NULL,
  requester_email_bidx VARCHAR(64)  NULL,
  answers             BLOB         NULL,
  duplicate_of_id     BIGINT       NULL,
  created_at          TIMESTAMP(3) NOT NULL,
  updated_at          TIMESTAMP(3) NOT NULL,
  first_response_due  TIMESTAMP(3) NULL,
  first_responded_at  TIMESTAMP(3) NULL,
  resolution_due      TIMESTAMP(3) NULL,
  resolved_at         TIMESTAMP(3) NULL,
  closed_at           TIMESTAMP(3) NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_case_file_reference UNIQUE (reference),
  CONSTRAINT uq_case_file_reply_token UNIQUE (reply_token),
  CONSTRAINT fk_case_file_type FOREIGN KEY (request_type_id) REFERENCES request_type (id),
  CONSTRAINT fk_case_file_unit FOREIGN KEY (unit_id) REFERENCES community_unit (id),
  CONSTRAINT fk_case_file_locality FOREIGN KEY (locality_id) REFERENCES locality (id),
  CONSTRAINT fk_case_file_assignee FOREIGN KEY (assignee_id) REFERENCES staff_account (id),
  CONSTRAINT fk_case_file_duplicate_of FOREIGN KEY (duplicate_of_id) REFERENCES case_file (id)
);
-- Queue pages per unit: by status, newest first or by due date, keyset on id.
CREATE INDEX ix_case_file_unit_status_created ON case_file (unit_id, status, created_at, id);
CREATE INDEX ix_case_file_unit_assignee_status ON case_file (unit_id, assignee_id, status, id);
CREATE INDEX ix_case_file_unit_status_due ON case_file (unit_id, status, resolution_due, id);
-- "mine" across units, and the sealed-visibility predicate (assignee).
CREATE INDEX ix_case_file_assignee_status ON case_file (assignee_id, status, id);
-- Intake desk across units: standard cases by status.
CREATE INDEX ix_case_file_level_status_created ON case_file (confidentiality, status, created_at, id);
-- Duplicate hints: same type and locality in the last 30 days.
CREATE INDEX ix_case_file_type_locality_created ON case_file (request_type_id, locality_id, created_at);
-- Exact-match search through the blind indexes.
CREATE INDEX ix_case_file_email_bidx ON case_file (requester_email_bidx);
CREATE INDEX ix_case_file_phone_bidx ON case_file (requester_phone_bidx);
CREATE INDEX ix_case_file_name_bidx ON case_file (requester_name_bidx);

-- The case's timeline. Events are facts: written once, never changed.
CREATE TABLE case_event (
  id            BIGINT      NOT NULL,
  case_id       BIGINT      NOT NULL,
  kind          VARCHAR(30) NOT NULL,
  visibility    VARCHAR(20) NOT NULL,
  actor_kind    VARCHAR(20) NOT NULL,
  actor_id      BIGINT      NULL,
  from_status   VARCHAR(30) NULL,
  to_status     VARCHAR(30) NULL,
  from_unit_id  BIGINT      NULL,
  to_unit_id    BIGINT      NULL,
  body          BLOB        NULL,
  occurred_at   TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_case_event_actor FOREIGN KEY (actor_id) REFERENCES staff_account (id)
);
CREATE INDEX ix_case_event_case_time ON case_event (case_id, occurred_at, id);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('locality', 1000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('community_unit', 1000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('request_type', 1000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('request_field', 10000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('request_field_option', 10000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('routing_rule', 1000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('staff_account', 1000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('unit_membership', 1000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('case_file', 1000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('case_event', 1000);
