-- Optimistic locking for each staff member's saved queue view: of two changes at once (two tabs),
-- the one that commits second is applied again on the view as the first left it (QueueViews).
-- Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MySQL mode.
ALTER TABLE staff_queue_view ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
