-- Retention (issue 17): each request type keeps a case for retention_months after it ended (its
-- last activity once it left the open statuses); past that, a daily job (once across nodes)
-- anonymises it: the requester's name and contact, the answers, the texts of its events, its files,
-- its word index and its mails are erased; type, unit, locality, dates and statuses stay for
-- statistics. A legal hold (case_hold) keeps a case whole until it is released.
-- Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
ALTER TABLE request_type ADD COLUMN retention_months INT NOT NULL DEFAULT 84;
UPDATE request_type SET retention_months = 24 WHERE code IN ('SELF_HELP', 'VOLUNTEER', 'GENERAL');
UPDATE request_type SET retention_months = 36
  WHERE code IN ('RIGHTS_INFO', 'HOUSE_COMMITTEE', 'EMERGENCY_TEAM', 'SENIORS');
UPDATE request_type SET retention_months = 84 WHERE code IN ('MEDIATION', 'CRISIS_SUPPORT');
UPDATE request_type SET retention_months = 120 WHERE code = 'PROTECTION_CONTACT';

ALTER TABLE case_file ADD COLUMN anonymised_at TIMESTAMP(3) NULL;

CREATE TABLE case_hold (
  case_id  BIGINT       NOT NULL,
  reason   VARCHAR(500) NOT NULL,
  held_by  BIGINT       NOT NULL,
  held_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (case_id),
  CONSTRAINT fk_case_hold_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_case_hold_staff FOREIGN KEY (held_by) REFERENCES staff_account (id)
);
