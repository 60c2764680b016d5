-- 印鑑登録原票 (印鑑登録証明事務処理要領 第2-3): one row per registration, its impressions (with
-- history: a re-measured image adds a row), its 印鑑登録証 cards (a re-issue ends one card and adds
-- another), the area's own record of 成年被後見人 notified to it, and the register's events
-- (登録, 照会書, 回答, 亡失, 廃止 …) each with its date and reason. People are 宛名番号 of the party
-- contract; nothing here refers to another area's tables (docs/seal-registration.md).
CREATE TABLE seal_sequences (
    name TEXT PRIMARY KEY,
    next_value %BIGINT% NOT NULL
);
INSERT INTO seal_sequences (name, next_value) VALUES ('registration_no', 1);
INSERT INTO seal_sequences (name, next_value) VALUES ('card_no', 1);
INSERT INTO seal_sequences (name, next_value) VALUES ('changes_heard', 0);

CREATE TABLE seal_registrations (
    id %ID%,
    registration_no %BIGINT% NOT NULL UNIQUE, -- 登録番号
    party_no %BIGINT% NOT NULL,               -- 宛名番号 (party contract)
    state TEXT NOT NULL,                      -- pending (照会中) | registered | expired | abolished
    identity_path TEXT NOT NULL,              -- photo_id | guarantor | inquiry
    identity_document TEXT NOT NULL,          -- 官公署発行の写真付き証明書の種類 (photo_id)
    guarantor_registration_id %BIGINT%,       -- 保証人's registration (guarantor)
    impression_text TEXT NOT NULL,            -- the text the impression shows, as read by staff
    applied_on TEXT NOT NULL,                 -- 申請日
    inquiry_due_on TEXT,                      -- 照会書の回答期限 (inquiry)
    registered_on TEXT,                       -- 登録日
    ends_on TEXT,                             -- 廃止の日 (may lie ahead: a 転出予定日)
    end_reason TEXT,                          -- application | card_lost | move_out | death | name_change | inquiry_expired
    version INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by %BIGINT% NOT NULL
);
-- 一人一個: at most one registration not ended per person.
CREATE UNIQUE INDEX seal_registrations_one_per_party ON seal_registrations (party_no)
    WHERE end_reason IS NULL;

CREATE TABLE seal_impressions (
    id %ID%,
    registration_id %BIGINT% NOT NULL REFERENCES seal_registrations (id),
    png %BLOB% NOT NULL,                      -- 1 bit, lossless, resolution in the file
    dpi_centi INTEGER NOT NULL,               -- scan resolution × 100
    width_um INTEGER NOT NULL,                -- measured size, micrometres
    height_um INTEGER NOT NULL,
    skew_centidegrees INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by %BIGINT% NOT NULL
);
CREATE INDEX seal_impressions_registration ON seal_impressions (registration_id);

CREATE TABLE seal_cards (
    id %ID%,
    card_no %BIGINT% NOT NULL UNIQUE,         -- 印鑑登録証の番号
    registration_id %BIGINT% NOT NULL REFERENCES seal_registrations (id),
    issued_on TEXT NOT NULL,
    ended_on TEXT,
    end_reason TEXT                           -- lost | registration_ended
);
CREATE INDEX seal_cards_registration ON seal_cards (registration_id);

CREATE TABLE seal_adult_wards (
    party_no %BIGINT% PRIMARY KEY,            -- 成年被後見人 as notified (後見登記等ファイル, 本人の届出)
    recorded_on TEXT NOT NULL,
    source TEXT NOT NULL
);

CREATE TABLE seal_events (
    id %ID%,
    registration_id %BIGINT% NOT NULL REFERENCES seal_registrations (id),
    kind TEXT NOT NULL,                       -- registered | inquiry_sent | inquiry_answered | card_issued | card_lost | ended
    effective_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    party_change_id %BIGINT%,                 -- the 異動 (party contract change id) that caused it
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL                 -- login id, or "system" for a reaction to a 異動
);
CREATE INDEX seal_events_registration ON seal_events (registration_id);
