-- The request journal (server/operations/requestjournal.h, docs/operations.md "Request ids"):
-- one row per change request carrying an Idempotency-Key. The row is inserted in the same
-- transaction as the change (status NULL until the answer is known), so a repeat of the request
-- is answered from here and never applied twice.
CREATE TABLE request_journal (
    request_key TEXT PRIMARY KEY,
    user_id %BIGINT% NOT NULL,
    fingerprint TEXT NOT NULL,      -- SHA-256 of method, path and body
    created_at TEXT NOT NULL,       -- UTC ISO ms
    status INTEGER,                 -- NULL: applied, answer not recorded (the server stopped)
    content_type TEXT,
    headers TEXT,                   -- JSON object of the answer's own headers
    body %BLOB%
);
CREATE INDEX request_journal_created ON request_journal (created_at);
