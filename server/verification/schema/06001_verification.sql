-- Certificate verification (server/verification, docs/verification.md): the town's signing keys
-- (public halves only: each private key stays in its server's data folder, keys/) and the facts of
-- every signed document (no personal data), which the public verification route answers from.
CREATE TABLE signing_keys (
    key_id TEXT PRIMARY KEY,            -- first 16 hex digits of SHA-256(SubjectPublicKeyInfo)
    public_key TEXT NOT NULL,           -- PEM
    created_at TEXT NOT NULL,
    retired_at TEXT,                    -- rotated: signs no more, still verifies
    revoked_at TEXT,                    -- withdrawn: what it signed verifies no more
    revoked_reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE signed_documents (
    serial TEXT PRIMARY KEY,            -- 発行番号, unique among all documents
    kind TEXT NOT NULL,
    issue_date TEXT NOT NULL,
    content_hash TEXT NOT NULL,         -- hex SHA-256
    key_id TEXT NOT NULL REFERENCES signing_keys (key_id),
    signed_at TEXT NOT NULL
);
