-- Server-wide settings that administrators change at run time (key → value), e.g. whether
-- password sign-in is allowed. Static configuration lives in the configuration file instead.
CREATE TABLE server_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
