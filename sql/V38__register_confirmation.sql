-- The emergency register's yearly confirmation (issue 20): an entry whose confirmation is a year
-- old gets a task in its team's queue (a case of the household, with a mail where it is safe);
-- confirmation_case_id names the open task until the team records the confirmation. Runs unchanged
-- on MySQL 8, MariaDB 10.11 and H2 in MODE=MySQL.
ALTER TABLE emergency_registration ADD COLUMN confirmation_case_id BIGINT NULL;
ALTER TABLE emergency_registration ADD CONSTRAINT fk_emergency_registration_task
  FOREIGN KEY (confirmation_case_id) REFERENCES case_file (id);
CREATE INDEX ix_emergency_registration_due ON emergency_registration (confirmed_at);
