-- The programmes and service points of each unit (issue 20): the Ethiopian community's absorption
-- centre, the Bukharan community's theatre, the community gardens and the rest the seeds name
-- (seeded in V35). A programme belongs to the unit that runs it, may name the request type a
-- resident asking about it opens, and its place; its texts are translation rows like the rest of
-- the catalogue. A request may name the programme it is about. Runs unchanged on MySQL 8, MariaDB
-- 10.11 and H2 in MODE=MySQL.
CREATE TABLE programme (
  id              BIGINT       NOT NULL,
  code            VARCHAR(40)  NOT NULL,
  unit_id         BIGINT       NOT NULL,
  request_type_id BIGINT       NULL,
  locality_id     BIGINT       NULL,
  phones          VARCHAR(250) NULL,
  active          BOOLEAN      NOT NULL DEFAULT TRUE,
  display_order   INT          NOT NULL DEFAULT 0,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_programme_code UNIQUE (code),
  CONSTRAINT fk_programme_unit FOREIGN KEY (unit_id) REFERENCES community_unit (id),
  CONSTRAINT fk_programme_type FOREIGN KEY (request_type_id) REFERENCES request_type (id),
  CONSTRAINT fk_programme_locality FOREIGN KEY (locality_id) REFERENCES locality (id)
);
CREATE INDEX ix_programme_type ON programme (request_type_id, active);

CREATE TABLE programme_text (
  owner_id BIGINT        NOT NULL,
  field    VARCHAR(30)   NOT NULL,
  lang     VARCHAR(8)    NOT NULL,
  content  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (owner_id, field, lang),
  CONSTRAINT fk_programme_text_owner FOREIGN KEY (owner_id) REFERENCES programme (id) ON DELETE CASCADE
);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('programme', 1000);

ALTER TABLE case_file ADD COLUMN programme_id BIGINT NULL;
ALTER TABLE case_file ADD CONSTRAINT fk_case_file_programme FOREIGN KEY (programme_id) REFERENCES programme (id);
