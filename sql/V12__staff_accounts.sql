-- Staff run their own accounts (issue 14).
-- must_change_password: set for the first administrator and for every account an administrator
-- enrols or resets; every staff page leads to the password page until a new one is chosen.
-- session_epoch: raised by each password change or reset; a session of an older epoch ends.
ALTER TABLE staff_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff_account ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;

-- Every change made to a staff account: who (NULL: Kesher itself), when, which account, what.
-- Never a password, a hash or a secret: a reset is recorded as the word PASSWORD_RESET.
CREATE TABLE staff_account_change (
  id            BIGINT        NOT NULL,
  account_id    BIGINT        NOT NULL,
  changed_by_id BIGINT        NULL,
  changed_at    TIMESTAMP(3)  NOT NULL,
  what          VARCHAR(30)   NOT NULL,
  detail        VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_staff_account_change_account FOREIGN KEY (account_id) REFERENCES staff_account (id),
  CONSTRAINT fk_staff_account_change_by FOREIGN KEY (changed_by_id) REFERENCES staff_account (id)
);
CREATE INDEX ix_staff_account_change_account ON staff_account_change (account_id, changed_at);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('staff_account_change', 1000);
