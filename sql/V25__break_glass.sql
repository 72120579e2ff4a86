-- Break-glass: a staff member outside a case's audience who must open it asks with a written
-- reason; the grant opens that case only, by its reference, until it expires, and waits on the
-- privacy officer's review list until marked justified or raised. The reason and the review's
-- note are sealed like case content. Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
CREATE TABLE break_glass (
  id            BIGINT         NOT NULL,
  case_id       BIGINT         NOT NULL,
  staff_id      BIGINT         NOT NULL,
  reason        BLOB           NOT NULL,
  granted_at    TIMESTAMP(3)   NOT NULL,
  expires_at    TIMESTAMP(3)   NOT NULL,
  review        VARCHAR(20)    NOT NULL,
  reviewer_id   BIGINT         NULL,
  reviewed_at   TIMESTAMP(3)   NULL,
  review_note   BLOB           NULL,
  version       BIGINT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_break_glass_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_break_glass_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id),
  CONSTRAINT fk_break_glass_reviewer FOREIGN KEY (reviewer_id) REFERENCES staff_account (id)
);
CREATE INDEX ix_break_glass_holder ON break_glass (staff_id, case_id, expires_at);
CREATE INDEX ix_break_glass_review ON break_glass (review, granted_at);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('break_glass', 0);
