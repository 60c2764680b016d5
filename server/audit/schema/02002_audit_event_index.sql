-- Search by event name over a period (GET /api/v1/admin/audit?event=…&from=…), e.g. every
-- auth.sign_in failure of a month. The period, user, kind and subject indexes are in 02001.
CREATE INDEX audit_log_event ON audit_log (event, occurred_at);
