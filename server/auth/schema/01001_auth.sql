-- Staff accounts, groups and their rights, staff IC cards and sessions (server/auth, docs/auth.md).
-- Times are ISO 8601 UTC text with milliseconds (fixed width, so they compare as text on both
-- stores); NULL where the thing has not happened. Booleans are INTEGER 0/1.
CREATE TABLE users (
    id %ID%,
    login_id TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL DEFAULT '',
    pin_hash TEXT NOT NULL DEFAULT '',
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_count INTEGER NOT NULL DEFAULT 0,
    locked_at TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    last_sign_in_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
-- "groups" is a keyword in SQL window frames, hence staff_groups.
CREATE TABLE staff_groups (
    id %ID%,
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE user_groups (
    user_id %BIGINT% NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id %BIGINT% NOT NULL REFERENCES staff_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, group_id)
);
CREATE TABLE group_rights (
    group_id %BIGINT% NOT NULL REFERENCES staff_groups (id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    action TEXT NOT NULL,
    PRIMARY KEY (group_id, area, action)
);
-- A card is bound to at most one user at a time; revoked bindings stay as history.
CREATE TABLE staff_cards (
    id %ID%,
    card_id TEXT NOT NULL,
    user_id %BIGINT% NOT NULL REFERENCES users (id),
    bound_at TEXT NOT NULL,
    bound_by TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT
);
CREATE UNIQUE INDEX staff_cards_active ON staff_cards (card_id) WHERE revoked_at IS NULL;
CREATE INDEX staff_cards_user ON staff_cards (user_id);
-- Only the SHA-256 of a session token is stored: a copy of this table signs nobody in.
CREATE TABLE sessions (
    id %ID%,
    token_hash TEXT NOT NULL UNIQUE,
    user_id %BIGINT% NOT NULL REFERENCES users (id),
    method TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ended_at TEXT,
    end_reason TEXT,
    client_address TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id, ended_at);
