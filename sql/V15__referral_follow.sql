-- A referred case points at the case its referral opened in the receiving unit, so that the
-- resident's reference and tracking code follow their request there (tracking page, API, answers
-- by mail). NULL for a case that was not referred.
ALTER TABLE case_file ADD COLUMN referred_to_id BIGINT NULL;
ALTER TABLE case_file
  ADD CONSTRAINT fk_case_file_referred_to FOREIGN KEY (referred_to_id) REFERENCES case_file (id);
