-- Each staff member's queue view: the columns they chose and the filters they last applied, so
-- that the queue opens as they left it. A search text is never kept: it may be a resident's name,
-- phone or email.
CREATE TABLE staff_queue_view (
  staff_id      BIGINT       NOT NULL,
  shown_columns VARCHAR(200) NOT NULL,
  unit_id       BIGINT       NULL,
  status        VARCHAR(30)  NULL,
  request_type  VARCHAR(40)  NULL,
  locality      VARCHAR(40)  NULL,
  assignee_id   BIGINT       NULL,
  created_from  DATE         NULL,
  created_to    DATE         NULL,
  PRIMARY KEY (staff_id),
  CONSTRAINT fk_staff_queue_view_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
);

-- Cases a caseworker linked as related, kept in both directions (one row each way), so that each
-- case lists the other; who may see the other case is still decided by the visibility rule.
CREATE TABLE case_link (
  id             BIGINT       NOT NULL,
  case_id        BIGINT       NOT NULL,
  linked_case_id BIGINT       NOT NULL,
  linked_by      BIGINT       NOT NULL,
  linked_at      TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_case_link UNIQUE (case_id, linked_case_id),
  CONSTRAINT fk_case_link_case FOREIGN KEY (case_id) REFERENCES case_file (id),
  CONSTRAINT fk_case_link_linked FOREIGN KEY (linked_case_id) REFERENCES case_file (id),
  CONSTRAINT fk_case_link_staff FOREIGN KEY (linked_by) REFERENCES staff_account (id)
);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('case_link', 0);
