-- Notifications: every mail is written here in the same transaction as the change that causes
-- it, then sent by whichever Kesher node claims it first (SELECT ... FOR UPDATE SKIP LOCKED).
-- Recipient, subject and bodies are sealed like the rest of a case's content.
CREATE TABLE mail_outbox (
  id              BIGINT        NOT NULL,
  message_id      VARCHAR(200)  NOT NULL,
  kind            VARCHAR(40)   NOT NULL,
  case_id         BIGINT        NULL,
  language        VARCHAR(2)    NOT NULL,
  recipient       VARBINARY(1024) NOT NULL,
  recipient_bidx  VARCHAR(64)   NOT NULL,
  reply_to        VARCHAR(320)  NULL,
  subject         VARBINARY(2048) NOT NULL,
  text_body       MEDIUMBLOB    NOT NULL,
  html_body       MEDIUMBLOB    NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP(3)  NOT NULL,
  last_error      VARCHAR(300)  NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  sent_at         TIMESTAMP(3)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_mail_outbox_message_id UNIQUE (message_id),
  CONSTRAINT fk_mail_outbox_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at, id);
CREATE INDEX ix_mail_outbox_case ON mail_outbox (case_id);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('mail_outbox', 0);

-- Addresses an SMTP server rejected for good (5xx): no further mail is tried to them.
CREATE TABLE mail_undeliverable (
  address_bidx VARCHAR(64)  NOT NULL,
  reason       VARCHAR(300) NOT NULL,
  marked_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (address_bidx)
);

-- Mail templates an administrator changed; the shipped ones (mail/templates_*.properties) are used
-- for every kind and language that has no row here.
CREATE TABLE mail_template (
  kind       VARCHAR(40)   NOT NULL,
  language   VARCHAR(2)    NOT NULL,
  subject    VARCHAR(300)  NOT NULL,
  body       VARCHAR(4000) NOT NULL,
  updated_at TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (kind, language)
);
