-- The seven logs in one append-only, hash-chained table (see server/audit/auditlog.h).
-- hash = SHA-256 over prev_hash and the canonical text of the row (server/audit/auditchain.cpp).
CREATE TABLE audit_log (
    id %BIGINT% PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    event TEXT NOT NULL,
    success INTEGER NOT NULL,
    user_id %BIGINT% NOT NULL,
    login_id TEXT NOT NULL,
    auth_method TEXT NOT NULL,
    session_ref TEXT NOT NULL,
    request_id TEXT NOT NULL,
    client_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_time ON audit_log (occurred_at);
CREATE INDEX audit_log_user ON audit_log (login_id, occurred_at);
CREATE INDEX audit_log_kind ON audit_log (kind, occurred_at);
CREATE INDEX audit_log_subject ON audit_log (subject, occurred_at);
-- The head of the chain: one row. Writers update it in the same transaction as their insert, which
-- serialises them (row lock on PostgreSQL, the write lock on SQLite). anchor_* describe entries
-- removed by retention: the chain then starts after anchor_id with prev_hash = anchor_hash.
CREATE TABLE audit_head (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    last_id %BIGINT% NOT NULL,
    last_hash TEXT NOT NULL,
    anchor_id %BIGINT% NOT NULL,
    anchor_hash TEXT NOT NULL
);
INSERT INTO audit_head (singleton, last_id, last_hash, anchor_id, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0,
        '0000000000000000000000000000000000000000000000000000000000000000');
