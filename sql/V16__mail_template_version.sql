-- Optimistic locking for mail templates: two administrators saving one template no longer
-- overwrite each other silently (MailTemplateEditing compares the version the page showed).
-- Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
ALTER TABLE mail_template ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
