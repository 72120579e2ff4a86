-- Kesher schema, version 4: files residents attach to a request or a reply.
-- Portable SQL: runs unchanged on MySQL 8, MariaDB 10.11 and H2 2.2 in MODE=MySQL.

-- Up to 5 files of up to 10 MB per request or reply, checked by content (PDF, JPEG, PNG, DOCX).
-- The display name and the content are sealed like all case content; the content column is a
-- LONGBLOB: a sealed 10 MB file (29 bytes more) would fit MEDIUMBLOB (16 MB) too, but that would cap
-- any later, higher limit. event_id is the resident's reply the file came with, NULL for the request.
CREATE TABLE case_attachment (
  id            BIGINT          NOT NULL,
  case_id       BIGINT          NOT NULL,
  event_id      BIGINT          NULL,
  display_name  VARBINARY(1024) NOT NULL,
  media_type    VARCHAR(100)    NOT NULL,
  size_bytes    BIGINT          NOT NULL,
  content       LONGBLOB        NOT NULL,
  created_at    TIMESTAMP(3)    NOT NULL,
  version       BIGINT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_case_attachment_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_case_attachment_event FOREIGN KEY (event_id) REFERENCES case_event (id)
);
-- A case's files, oldest first.
CREATE INDEX ix_case_attachment_case_created ON case_attachment (case_id, created_at, id);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('case_attachment', 1000);
