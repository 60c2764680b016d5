-- The staff card a session was opened with (NULL for password sessions): revoking the card's
-- binding ends exactly the sessions that card opened (docs/auth.md).
ALTER TABLE sessions ADD COLUMN card_id TEXT;
CREATE INDEX sessions_card ON sessions (card_id, ended_at);
