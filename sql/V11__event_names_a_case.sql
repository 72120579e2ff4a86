-- An event that names another case (marked as a duplicate of it, referred to it) keeps that case
-- as a column, not in its text: the timeline shows the other case's reference only to a viewer
-- who may see that case, decided through the visibility rule when the page is drawn.
ALTER TABLE case_event ADD COLUMN other_case_id BIGINT NULL;
