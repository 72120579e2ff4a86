-- A second factor for staff (issue 14): a TOTP secret (RFC 6238), sealed like case content, the
-- time step of the last code accepted (a code is taken once), and ten one-time recovery codes
-- stored as hashes.
ALTER TABLE staff_account ADD COLUMN totp_secret VARBINARY(512) NULL;
ALTER TABLE staff_account ADD COLUMN totp_enrolled_at TIMESTAMP(3) NULL;
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT NULL;

CREATE TABLE staff_recovery_code (
  id        BIGINT       NOT NULL,
  staff_id  BIGINT       NOT NULL,
  code_hash VARCHAR(100) NOT NULL,
  used_at   TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_staff_recovery_code_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
);
CREATE INDEX ix_staff_recovery_code_staff ON staff_recovery_code (staff_id);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('staff_recovery_code', 1000);
