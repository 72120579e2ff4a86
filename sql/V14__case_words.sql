-- The blind word index (issue 14, "Past cases and search"): each normalised word of a case's
-- texts (text answers, description, street and address answers; a referral's summary), and each
-- of its forms without a Hebrew or Arabic prefix, as a keyed hash (HMAC-SHA256 under a key derived
-- from the index key, its first 8 bytes as a number), one row per word and case. The words
-- themselves are stored nowhere. A search of several words is one condition per word:
--   c.id IN (SELECT case_id FROM case_word WHERE word_hash = ?)
-- answered from ix_case_word_hash; the rows of a case follow the case's id (appended at intake).
CREATE TABLE case_word (
  case_id   BIGINT NOT NULL,
  word_hash BIGINT NOT NULL,
  PRIMARY KEY (case_id, word_hash),
  CONSTRAINT fk_case_word_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_word_hash ON case_word (word_hash, case_id);

-- The views of closed cases and of all cases, newest first, for one unit: the unit and creation
-- time give the order, and the level, status and assignee in the same entry narrow it without
-- reading a case row.
CREATE INDEX ix_case_file_unit_created ON case_file
  (unit_id, created_at, id, confidentiality, status, assignee_id);
