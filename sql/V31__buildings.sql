-- Shared buildings (issue 19). A building is an address (street, number, locality) with its
-- entrances; address_key is the normalised address (buildings.control.AddressKey) that finds it
-- again from a request's free-text address. The unit that opened it (unit_id) keeps its house
-- committee and its defaulting-owner steps; every staff member reads its address and the cases
-- linked to it that the visibility rule lets them see (building_case: a case belongs to one
-- building). committee_member holds the house committee (name and contact sealed like a
-- requester's); building_step its history: the building opened, cases linked, the committee
-- elected and changed, letters to a defaulting owner and the further steps taken (the note sealed).
-- Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
CREATE TABLE building (
  id                    BIGINT       NOT NULL,
  unit_id               BIGINT       NOT NULL,
  locality_id           BIGINT       NULL,
  street                VARCHAR(120) NOT NULL,
  house_number          VARCHAR(12)  NOT NULL,
  entrances             VARCHAR(60)  NULL,
  address_key           VARCHAR(200) NOT NULL,
  committee_elected_on  DATE         NULL,
  created_at            TIMESTAMP(3) NOT NULL,
  version               BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_building_address UNIQUE (address_key),
  CONSTRAINT fk_building_unit FOREIGN KEY (unit_id) REFERENCES community_unit (id),
  CONSTRAINT fk_building_locality FOREIGN KEY (locality_id) REFERENCES locality (id)
);

CREATE TABLE building_case (
  case_id      BIGINT       NOT NULL,
  building_id  BIGINT       NOT NULL,
  linked_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (case_id),
  CONSTRAINT fk_building_case_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_building_case_building FOREIGN KEY (building_id) REFERENCES building (id)
);
CREATE INDEX ix_building_case_building ON building_case (building_id, case_id);

CREATE TABLE committee_member (
  id              BIGINT          NOT NULL,
  building_id     BIGINT          NOT NULL,
  member_name     VARBINARY(1024) NULL,
  member_phone    VARBINARY(512)  NULL,
  member_email    VARBINARY(1024) NULL,
  member_role     VARCHAR(20)     NOT NULL,
  contact_person  BOOLEAN         NOT NULL DEFAULT FALSE,
  version         BIGINT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_committee_member_building FOREIGN KEY (building_id) REFERENCES building (id)
);
CREATE INDEX ix_committee_member_building ON committee_member (building_id);

CREATE TABLE building_step (
  id           BIGINT       NOT NULL,
  building_id  BIGINT       NOT NULL,
  case_id      BIGINT       NULL,
  kind         VARCHAR(30)  NOT NULL,
  note         BLOB         NULL,
  language     VARCHAR(2)   NULL,
  staff_id     BIGINT       NULL,
  occurred_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_building_step_building FOREIGN KEY (building_id) REFERENCES building (id),
  CONSTRAINT fk_building_step_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_building_step_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
);
CREATE INDEX ix_building_step_building ON building_step (building_id, occurred_at);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('building', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('committee_member', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('building_step', 0);
