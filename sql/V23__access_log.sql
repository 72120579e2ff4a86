-- The access log (Privacy Protection (Data Security) Regulations 2017, regulation 10): who reached
-- what, when, from where, how much, granted or refused. Kesher's database user needs only INSERT and
-- SELECT on access_entry, access_seal and access_day (README, "The access log"); whole months past
-- kesher.audit.keep-months are removed through kesher_prune_access_log (V24), never by the app's
-- own DELETE. A daily job chains each entry's SHA-256 with the one before (access_seal) and keeps
-- the day's head (access_day), which it also writes to the server log and mails to the privacy
-- officers. An entry's id comes from the database as it is inserted (no id_sequence row that a
-- refused access, written in a transaction of its own, might wait for). job_claim lets one node of
-- several run such a daily job. Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
CREATE TABLE access_entry (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  happened_at  TIMESTAMP(3)  NOT NULL,
  staff_id     BIGINT        NULL,
  staff_name   VARCHAR(100)  NULL,
  client       VARCHAR(64)   NULL,
  action       VARCHAR(40)   NOT NULL,
  object_kind  VARCHAR(40)   NOT NULL,
  object_ref   VARCHAR(120)  NULL,
  granted      BOOLEAN       NOT NULL,
  extent       VARCHAR(20)   NOT NULL,
  detail       VARCHAR(120)  NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_access_entry_time ON access_entry (happened_at);
CREATE INDEX ix_access_entry_staff ON access_entry (staff_id, happened_at);
CREATE INDEX ix_access_entry_object ON access_entry (object_ref, happened_at);
CREATE INDEX ix_access_entry_action ON access_entry (action, happened_at);

CREATE TABLE access_seal (
  seq          BIGINT        NOT NULL,
  entry_id     BIGINT        NOT NULL,
  sealed_day   DATE          NOT NULL,
  hash         CHAR(64)      NOT NULL,
  PRIMARY KEY (seq),
  CONSTRAINT uq_access_seal_entry UNIQUE (entry_id)
);
CREATE INDEX ix_access_seal_day ON access_seal (sealed_day, entry_id);

CREATE TABLE access_day (
  sealed_day   DATE          NOT NULL,
  first_seq    BIGINT        NULL,
  last_seq     BIGINT        NULL,
  entry_count  BIGINT        NOT NULL,
  head         CHAR(64)      NOT NULL,
  sealed_at    TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (sealed_day)
);

CREATE TABLE job_claim (
  job          VARCHAR(60)   NOT NULL,
  job_period   VARCHAR(20)   NOT NULL,
  node         VARCHAR(100)  NOT NULL,
  claimed_at   TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (job, job_period)
);
