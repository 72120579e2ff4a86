-- Cases with several parties (issue 19). A case's requester is its first party, stored on the case
-- as before; case_party holds the others: the other side of a neighbours' dispute, or a building's
-- house committee. Each has their own name and contact (sealed like the requester's), language,
-- "safe to email me" choice and tracking code (a salted hash: the code itself is written once, in
-- the invitation mail or on the printed letter). consent is INVITED until the party accepts or
-- declines mediation, WITHDRAWN when they leave it, each with its time.
-- A public timeline event is addressed to the requester, to one party, or to all: audience ALL,
-- REQUESTER or PARTY (with party_id). Events written before this migration read ALL: none of them
-- can reach a party, who sees what was addressed to all only from their invitation on.
-- Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
CREATE TABLE case_party (
  id                  BIGINT          NOT NULL,
  case_id             BIGINT          NOT NULL,
  party_role          VARCHAR(20)     NOT NULL,
  party_name          VARBINARY(1024) NULL,
  party_phone         VARBINARY(512)  NULL,
  party_email         VARBINARY(1024) NULL,
  email_safe          BOOLEAN         NOT NULL DEFAULT FALSE,
  language            VARCHAR(2)      NOT NULL,
  tracking_code_hash  VARCHAR(200)    NOT NULL,
  invited_by          VARCHAR(10)     NOT NULL,
  invitation          BLOB            NULL,
  invited_at          TIMESTAMP(3)    NOT NULL,
  consent             VARCHAR(10)     NOT NULL,
  consent_at          TIMESTAMP(3)    NULL,
  version             BIGINT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_case_party_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_party_case ON case_party (case_id, id);

ALTER TABLE case_event ADD COLUMN audience VARCHAR(10) NOT NULL DEFAULT 'ALL';
ALTER TABLE case_event ADD COLUMN party_id BIGINT NULL;
ALTER TABLE case_event ADD CONSTRAINT fk_case_event_party FOREIGN KEY (party_id) REFERENCES case_party (id);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('case_party', 0);
