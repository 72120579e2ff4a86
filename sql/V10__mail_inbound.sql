-- Mails read from Kesher's mailbox, by a hash of their Message-ID: each is handled once, however
-- many nodes read the mailbox. Nothing of the mail itself is kept here.
CREATE TABLE mail_inbound (
  message_hash VARCHAR(64)  NOT NULL,
  outcome      VARCHAR(20)  NOT NULL,
  received_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (message_hash)
);
