-- Optimistic locking for the last mutable rows without it: a mail of the outbox (sent, failed,
-- retried) and a staff member's recovery code (used once). Both are also changed under row locks
-- (the sender's SELECT ... FOR UPDATE SKIP LOCKED, the login's lock of the account); the version
-- makes any other writer that read them earlier fail instead of overwriting.
-- Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
ALTER TABLE mail_outbox ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff_recovery_code ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
