-- Each unit's assignment turn (issue 22): the row that requests for one unit take in turn to
-- choose who gets their case, and the round-robin's last assignee, moved off the unit's own row.
-- An intake now writes its case first and takes the turn only at its end, so the turn is held for
-- the choice and the commit instead of the whole transaction. The unit's row could not serve:
-- every new case's foreign key share-locks its unit's row, and two intakes that both hold that
-- share lock and both want the row exclusively deadlock. Nothing references this row, so taking
-- it late is safe. Runs unchanged on MySQL 8, MariaDB 10.11 and H2 in MODE=MySQL.
CREATE TABLE assignment_turn (
  unit_id          BIGINT NOT NULL,
  last_assignee_id BIGINT NULL,
  PRIMARY KEY (unit_id),
  CONSTRAINT fk_assignment_turn_unit FOREIGN KEY (unit_id) REFERENCES community_unit (id),
  CONSTRAINT fk_assignment_turn_last_assignee
    FOREIGN KEY (last_assignee_id) REFERENCES staff_account (id)
);
INSERT INTO assignment_turn (unit_id, last_assignee_id)
  SELECT id, last_assignee_id FROM community_unit;
ALTER TABLE community_unit DROP CONSTRAINT fk_community_unit_last_assignee;
ALTER TABLE community_unit DROP COLUMN last_assignee_id;
