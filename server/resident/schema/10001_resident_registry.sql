-- 住民記録 (resident registry): the party hub, households, resident records with full history, the
-- changes (異動) that produced them, and support measures (支援措置).
--
-- History model (ARCHITECTURE: nothing legal is overwritten or deleted):
--   * every 異動 inserts a row in resident_changes and NEW rows in resident_records;
--   * a record row is one state of one person, in force in law from valid_from up to (not
--     including) valid_to (NULL = still in force): "as it stood on date D" is the row with
--     valid_from <= D AND (valid_to IS NULL OR valid_to > D) AND superseded_at IS NULL;
--   * a 訂正 (correction of a mistaken entry) never edits a row: it sets superseded_at on the wrong
--     row(s) and inserts corrected rows for the same period, so both stay visible in the history;
--   * a 取消 (e.g. 転出取消) is a change that supersedes the rows the cancelled change wrote.
-- Dates are ISO 'YYYY-MM-DD'; timestamps ISO UTC with milliseconds. Codes come from the code tables
-- under resources/resident/ (keyed by fiscal year where the law changes them).

-- 宛名: everyone the town deals with has exactly one party number.
CREATE TABLE parties (
    party_no %BIGINT% PRIMARY KEY,
    kind TEXT NOT NULL,                 -- resident | non_resident | corporation
    created_at TEXT NOT NULL
);

-- 世帯: a household number; who belongs to it (and who heads it) is history in resident_records.
CREATE TABLE households (
    household_no %BIGINT% PRIMARY KEY,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL            -- optimistic concurrency for changes to the household
);

-- Number sequences (宛名番号, 世帯番号, 証明書の発行番号 …), portable across both stores.
CREATE TABLE number_sequences (
    name TEXT PRIMARY KEY,
    next_value %BIGINT% NOT NULL
);
INSERT INTO number_sequences (name, next_value) VALUES ('party_no', 100001);
INSERT INTO number_sequences (name, next_value) VALUES ('household_no', 500001);
INSERT INTO number_sequences (name, next_value) VALUES ('notification_no', 1);
INSERT INTO number_sequences (name, next_value) VALUES ('certificate_serial', 1);

-- 異動: one row per notification (届出) or official action (職権), with who recorded it.
CREATE TABLE resident_changes (
    id %ID%,
    change_kind TEXT NOT NULL,          -- move_in, move_within, move_out, birth, death, … (codes)
    reason_code TEXT NOT NULL,          -- 異動事由 code
    effective_date TEXT NOT NULL,       -- 異動日
    notified_date TEXT,                 -- 届出日 (NULL for 職権)
    notification_no %BIGINT%,           -- 届出番号
    household_no %BIGINT%,
    cancels_change_id %BIGINT%,         -- a 取消 names the change it cancels
    detail TEXT NOT NULL,               -- JSON: the 異動届 data as entered
    recorded_at TEXT NOT NULL,
    recorded_by %BIGINT% NOT NULL       -- users.id
);
CREATE INDEX resident_changes_household ON resident_changes (household_no, effective_date);

-- 住民票: states of a resident through time (see the history model above).
CREATE TABLE resident_records (
    id %ID%,
    party_no %BIGINT% NOT NULL REFERENCES parties (party_no),
    history_no INTEGER NOT NULL,        -- 個人履歴番号, 1, 2, … per party
    change_id %BIGINT% NOT NULL REFERENCES resident_changes (id),
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    recorded_at TEXT NOT NULL,
    superseded_at TEXT,
    superseded_by_change_id %BIGINT%,
    status TEXT NOT NULL,               -- 住民状態: resident | moved_out | deceased | removed
    resident_kind TEXT NOT NULL,        -- 住民種別: japanese | foreign
    resident_record_code TEXT,          -- 住民票コード (11 digits)
    my_number TEXT,                     -- 個人番号 (12 digits); returned only with the right
    family_name TEXT NOT NULL,          -- 氏 (NFC, IVS kept)
    given_name TEXT NOT NULL,           -- 名
    family_name_kana TEXT NOT NULL,     -- フリガナ
    given_name_kana TEXT NOT NULL,
    former_family_name TEXT,            -- 旧氏
    alias TEXT,                         -- 通称 (foreign residents)
    name_roman TEXT,                    -- 氏名_外国人ローマ字
    birth_date TEXT NOT NULL,
    birth_date_unknown TEXT,            -- 不詳: which parts are unknown ('day', 'month_day', …)
    sex TEXT NOT NULL,                  -- 1 男 / 2 女 / 9 不明 (code table)
    household_no %BIGINT% NOT NULL REFERENCES households (household_no),
    relationship_code TEXT NOT NULL,    -- 続柄 (sequence of 2-digit codes, e.g. '12' 妻, '20' 子)
    relationship_text TEXT NOT NULL,    -- 続柄 as printed (e.g. 「妻の子」)
    entry_order INTEGER NOT NULL,       -- 記載順位 within the household
    town_area_code TEXT NOT NULL,       -- 町字コード (the town's own table)
    address_number TEXT NOT NULL,       -- 番地・号
    address_supplement TEXT,            -- 方書
    postal_code TEXT,
    address_since TEXT,                 -- 住定日
    resident_since TEXT,                -- 住民となった日
    previous_address TEXT,              -- 転入前住所
    destination_address TEXT,           -- 転出先住所 (予定/確定)
    registered_domicile TEXT,           -- 本籍
    family_register_head TEXT,          -- 筆頭者
    nationality TEXT,                   -- 国籍等
    residence_status TEXT,              -- 在留資格等
    period_of_stay TEXT,                -- 在留期間等
    stay_expiry_date TEXT,              -- 在留期間の満了の日
    residence_card_no TEXT,             -- 在留カード等番号
    article_30_45_class TEXT,           -- 法第30条の45に規定する区分
    name_key TEXT NOT NULL,             -- strict search key of the name (shared/moji)
    name_loose_key TEXT NOT NULL,       -- loose tier (斎/斉 …), search only
    kana_key TEXT NOT NULL              -- reading key (shared/text kanaKey)
);
CREATE UNIQUE INDEX resident_records_history ON resident_records (party_no, history_no);
CREATE INDEX resident_records_current ON resident_records (party_no, superseded_at, valid_to);
CREATE INDEX resident_records_name ON resident_records (name_key);
CREATE INDEX resident_records_loose ON resident_records (name_loose_key);
CREATE INDEX resident_records_kana ON resident_records (kana_key);
CREATE INDEX resident_records_birth ON resident_records (birth_date);
CREATE INDEX resident_records_household ON resident_records (household_no);
CREATE INDEX resident_records_code ON resident_records (resident_record_code);
CREATE INDEX resident_records_my_number ON resident_records (my_number);
CREATE INDEX resident_records_address ON resident_records (town_area_code, address_number);
-- A 取消 or 訂正 finds the rows a change wrote.
CREATE INDEX resident_records_change ON resident_records (change_id);

-- Optimistic concurrency per person (a change to one person bumps it; households have their own).
CREATE TABLE resident_versions (
    party_no %BIGINT% PRIMARY KEY REFERENCES parties (party_no),
    version INTEGER NOT NULL
);

-- 支援措置 (DV・ストーカー等): while in force, the person's record is not shown, searched by a
-- third-party request or certified except by staff with the special right; every attempt is logged.
CREATE TABLE protection_measures (
    id %ID%,
    party_no %BIGINT% NOT NULL REFERENCES parties (party_no),
    starts_on TEXT NOT NULL,
    ends_on TEXT,                       -- 支援措置の期間 (renewed yearly); NULL = open
    reason TEXT NOT NULL,               -- DV, stalking, child abuse … (code)
    note TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by %BIGINT% NOT NULL,
    lifted_at TEXT,
    lifted_by %BIGINT%
);
CREATE INDEX protection_measures_party ON protection_measures (party_no);
