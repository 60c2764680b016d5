-- 選挙人名簿 (公職選挙法 第19条～第28条): the 投票区 and their 町字 (第17条; the 選挙管理委員会 edits
-- them), one registration per elector and stay (登録, 表示, 抹消 with the legal reason and the 異動
-- that caused it), the events of each registration, the 登録 runs (定時登録 / 選挙時登録), the 閲覧
-- requests (第28条の2～第28条の4) and the cursor of the party contract's changes heard. People are
-- 宛名番号 of the party contract; the 名簿's own items (氏名, 住所, 性別, 生年月日: 第19条第2項)
-- are kept on the registration as the register last gave them (docs/electoral-roll.md).
CREATE TABLE electoral_sequences (
    name TEXT PRIMARY KEY,
    next_value %BIGINT% NOT NULL
);
INSERT INTO electoral_sequences (name, next_value) VALUES ('changes_heard', 0);

CREATE TABLE polling_districts (
    district_no INTEGER PRIMARY KEY,       -- 投票区番号
    name TEXT NOT NULL,                    -- 第1投票区 …
    polling_place TEXT NOT NULL,           -- 投票所 ('' unknown)
    version INTEGER NOT NULL
);
-- Each 町字 belongs to one 投票区.
CREATE TABLE polling_district_areas (
    town_area_code TEXT PRIMARY KEY,
    district_no INTEGER NOT NULL REFERENCES polling_districts (district_no)
);

CREATE TABLE electoral_runs (
    id %ID%,
    kind TEXT NOT NULL,                    -- periodic (定時登録) | election (選挙時登録)
    base_date TEXT NOT NULL,               -- 基準日
    registration_date TEXT NOT NULL,       -- 登録日
    election_name TEXT NOT NULL,           -- 選挙時登録: the election ('' for 定時登録)
    added INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by %BIGINT% NOT NULL
);

CREATE TABLE electoral_registrations (
    id %ID%,
    party_no %BIGINT% NOT NULL,            -- 宛名番号 (party contract)
    run_id %BIGINT% REFERENCES electoral_runs (id),
    district_no INTEGER NOT NULL,          -- 投票区 (from the 町字 of the address)
    registered_on TEXT NOT NULL,           -- 登録日
    base_date TEXT NOT NULL,               -- 基準日
    registration_reason TEXT NOT NULL,     -- periodic (第22条第1項) | election (第22条第2項)
    family_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    family_name_kana TEXT NOT NULL,
    given_name_kana TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    sex TEXT NOT NULL,
    town_area_code TEXT NOT NULL,
    address TEXT NOT NULL,                 -- 住所 as printed (表示: the address before the move)
    marked_on TEXT,                        -- 表示 (第27条第1項): the day the person left the town
    mark_reason TEXT,                      -- move_out | removed
    removal_due_on TEXT,                   -- 抹消 due (第28条第2号: four months after)
    removed_on TEXT,                       -- 抹消
    removal_reason TEXT,                   -- death | nationality_lost (第28条第1号) | moved_out (第2号)
    version INTEGER NOT NULL
);
-- One registration not removed per person.
CREATE UNIQUE INDEX electoral_registrations_open ON electoral_registrations (party_no)
    WHERE removed_on IS NULL;
CREATE INDEX electoral_registrations_party ON electoral_registrations (party_no);
CREATE INDEX electoral_registrations_district ON electoral_registrations (district_no, removed_on);
CREATE INDEX electoral_registrations_due ON electoral_registrations (removal_due_on);

-- What happened to a registration: registered, marked, unmarked (転出取消), moved (投票区),
-- updated (氏名・住所), removed; with the legal article and the 異動 (resident change id).
CREATE TABLE electoral_events (
    id %ID%,
    registration_id %BIGINT% NOT NULL REFERENCES electoral_registrations (id),
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    article TEXT NOT NULL,                 -- 公職選挙法 第22条第1項 …
    change_id %BIGINT%,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL              -- login id, 'system' for the register's events
);
CREATE INDEX electoral_events_registration ON electoral_events (registration_id);

-- 閲覧 (第28条の2 個人・第28条の3 政治・選挙 第28条の4 調査研究): who asked, for what, which entries
-- were shown.
CREATE TABLE electoral_inspections (
    id %ID%,
    requester TEXT NOT NULL,               -- 申出者
    requester_kind TEXT NOT NULL,          -- person | candidate | political | research | news
    purpose TEXT NOT NULL,                 -- 利用目的
    district_no INTEGER NOT NULL,
    shown TEXT NOT NULL,                   -- JSON array of 宛名番号 shown
    recorded_at TEXT NOT NULL,
    recorded_by %BIGINT% NOT NULL
);
