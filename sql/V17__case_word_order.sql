-- The word search on a million cases (issue 14): a common word is held by tens of thousands of
-- cases, and a page of a word search read all of them before the unit and the order by creation
-- time could be applied. Each word row now carries its case's unit and creation time (neither
-- changes once a case is open: a referral opens a new case in the receiving unit, with rows of its
-- own), so a page of one unit's cases holding a word is read from one index range in order, 25
-- rows at a time, and the other words of the search are looked up by the case's key.
ALTER TABLE case_word ADD COLUMN unit_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE case_word ADD COLUMN created_at TIMESTAMP(3) NOT NULL DEFAULT '2000-01-01 00:00:00';
UPDATE case_word SET
  unit_id = (SELECT c.unit_id FROM case_file c WHERE c.id = case_word.case_id),
  created_at = (SELECT c.created_at FROM case_file c WHERE c.id = case_word.case_id);
DROP INDEX ix_case_word_hash ON case_word;
CREATE INDEX ix_case_word_unit_created ON case_word (word_hash, unit_id, created_at, case_id);
