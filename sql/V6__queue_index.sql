-- The queues of a unit answered from one index range per branch of the visibility rule: the
-- unit, status and level narrow the range, and the assignee, expected date and creation time in
-- the same entry count every queue and order a page without reading a case row.
CREATE INDEX ix_case_file_queue ON case_file
  (unit_id, status, confidentiality, assignee_id, resolution_due, created_at);
