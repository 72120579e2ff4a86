-- Mediation sessions and outcome (issue 19). A mediation case has sessions: when (Israel's time is
-- the reader's; stored as an instant), how long, where (a place, an online link, or both) and who
-- mediates (names: certified mediators are often volunteers without a staff account). A session is
-- SCHEDULED, then HELD (with each participant's attendance: REQUESTER or a party's id) or
-- CANCELLED; a changed date or place is a reschedule of the same row. Every change is told to each
-- participant through their own channel: a mail, or a letter the mediator prints.
-- The outcome is one row per case: agreement, partial agreement or none, the signed agreement as a
-- PDF (sealed like every case file) that every party may download from their tracking page, and a
-- follow-up date.
-- Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
CREATE TABLE mediation_session (
  id           BIGINT       NOT NULL,
  case_id      BIGINT       NOT NULL,
  starts_at    TIMESTAMP(3) NOT NULL,
  minutes      INT          NOT NULL,
  place        VARCHAR(300) NULL,
  online_link  VARCHAR(500) NULL,
  mediators    VARCHAR(300) NOT NULL,
  status       VARCHAR(12)  NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_mediation_session_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_mediation_session_case ON mediation_session (case_id, starts_at);

CREATE TABLE mediation_attendance (
  session_id  BIGINT       NOT NULL,
  attendee    VARCHAR(20)  NOT NULL,
  present     BOOLEAN      NOT NULL,
  PRIMARY KEY (session_id, attendee),
  CONSTRAINT fk_mediation_attendance_session FOREIGN KEY (session_id) REFERENCES mediation_session (id)
);

CREATE TABLE mediation_outcome (
  case_id         BIGINT       NOT NULL,
  result          VARCHAR(12)  NOT NULL,
  agreement_name  VARCHAR(200) NULL,
  agreement       LONGBLOB     NULL,
  follow_up       DATE         NULL,
  recorded_at     TIMESTAMP(3) NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (case_id),
  CONSTRAINT fk_mediation_outcome_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('mediation_session', 0);
