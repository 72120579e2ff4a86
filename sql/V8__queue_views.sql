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
