-- The word search over open cases (issue 14): a unit's open cases are a few of its cases, and a
-- search of two common words that seldom meet read every row of the first word in the unit, closed
-- cases' too, to find the open few (p95 181 ms on 1,000,000 cases). Each word row now also says
-- whether its case is open (NEW, ASSIGNED, IN_PROGRESS, WAITING_FOR_RESIDENT), rewritten when a
-- case closes or reopens, so the open cases' rows of a word in one unit are one index range, and
-- the closed cases' another; a view of all cases reads both and merges them in order. The flag only
-- narrows: the case row still answers the status condition of every search.
ALTER TABLE case_word ADD COLUMN case_open BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE case_word SET case_open = FALSE WHERE case_id IN (SELECT c.id FROM case_file c
  WHERE c.status NOT IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT'));
DROP INDEX ix_case_word_unit_created ON case_word;
CREATE INDEX ix_case_word_unit_open ON case_word (word_hash, unit_id, case_open, created_at, case_id);
