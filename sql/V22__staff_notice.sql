-- A staff member's notices in the staff pages' top bar: a case now theirs, a case referred to their
-- unit, a resident who wrote on their case. Written in the transaction of the change, like the
-- outbox; a notice names its case only, and is shown only while the visibility rule lets its reader
-- see that case. Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
CREATE TABLE staff_notice (
  id          BIGINT        NOT NULL,
  staff_id    BIGINT        NOT NULL,
  case_id     BIGINT        NOT NULL,
  kind        VARCHAR(40)   NOT NULL,
  created_at  TIMESTAMP(3)  NOT NULL,
  read_at     TIMESTAMP(3)  NULL,
  version     BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_staff_notice_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id),
  CONSTRAINT fk_staff_notice_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_staff_notice_reader ON staff_notice (staff_id, read_at, created_at);
CREATE INDEX ix_staff_notice_case ON staff_notice (case_id);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('staff_notice', 0);
