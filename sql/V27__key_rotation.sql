-- Key rotation (issue 17). Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
-- The data keys Kesher has sealed values with: a key is retired once the re-sealing job has moved
-- every value to a newer one, and Kesher refuses to start without a key that is not retired.
CREATE TABLE sealing_key (
  key_id      INT          NOT NULL,
  first_used  TIMESTAMP(3) NOT NULL,
  retired_at  TIMESTAMP(3) NULL,
  PRIMARY KEY (key_id)
);
-- The index key the blind indexes are computed with, by a fingerprint (a keyed hash of a fixed
-- label, which reveals nothing of the key): a new index key makes the rebuild job compute every
-- index again, and the fingerprint is written when it is done.
CREATE TABLE sealing_index (
  id           INT          NOT NULL,
  fingerprint  VARCHAR(64)  NOT NULL,
  written_at   TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id)
);
-- How far a re-sealing or rebuild has come in each table: a batch and its progress commit together,
-- so a job cut off resumes after its last batch, on whichever node runs it next.
CREATE TABLE sealing_progress (
  job          VARCHAR(80)  NOT NULL,
  table_name   VARCHAR(40)  NOT NULL,
  last_id      BIGINT       NOT NULL,
  done_rows    BIGINT       NOT NULL,
  finished_at  TIMESTAMP(3) NULL,
  PRIMARY KEY (job, table_name)
);
