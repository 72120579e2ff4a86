-- Round-robin assignment inside a unit carries on after the member who got the unit's last case.
-- Portable SQL: runs unchanged on MySQL 8, MariaDB 10.11 and H2 2.2 in MODE=MySQL.
ALTER TABLE community_unit ADD COLUMN last_assignee_id BIGINT NULL;
ALTER TABLE community_unit ADD CONSTRAINT fk_community_unit_last_assignee
  FOREIGN KEY (last_assignee_id) REFERENCES staff_account (id);
