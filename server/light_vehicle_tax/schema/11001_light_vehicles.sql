-- 軽自動車税 種別割: the vehicle register (車両台帳) with full history (異動履歴), like 住民記録: every
-- 異動 (登録, 転入, 名義変更, 定置場変更, 廃車) inserts a NEW state row in force from valid_from up to
-- (not including) valid_to (NULL = still in force); "the vehicle on 賦課期日 4月1日" is the row with
-- valid_from <= '…-04-01' AND (valid_to IS NULL OR valid_to > '…-04-01'). Nothing is overwritten.
-- Owners and users are parties (宛名番号) of any kind: residents, 住登外者, 法人.
CREATE TABLE light_vehicles (
    id %ID%,
    version INTEGER NOT NULL,           -- optimistic concurrency: each 異動 names the version read
    created_at TEXT NOT NULL
);

CREATE TABLE light_vehicle_records (
    id %ID%,
    vehicle_id %BIGINT% NOT NULL REFERENCES light_vehicles (id),
    history_no INTEGER NOT NULL,        -- 1, 2, … per vehicle
    change_kind TEXT NOT NULL,          -- register | transfer_in | transfer_owner | move_storage | deregister
    status TEXT NOT NULL,               -- registered | deregistered
    valid_from TEXT NOT NULL,           -- 異動日
    valid_to TEXT,
    plate_no TEXT NOT NULL,             -- 標識番号
    vehicle_class TEXT NOT NULL,        -- 車種区分 (rates.json classes; four_wheel with use and body)
    vehicle_use TEXT NOT NULL,          -- 用途: private | business | ''
    body TEXT NOT NULL,                 -- passenger | cargo | ''
    first_inspection TEXT,              -- 初度検査年月 'YYYY-MM' or 'YYYY'
    chassis_no TEXT NOT NULL,           -- 車台番号
    power TEXT NOT NULL,                -- 燃料・動力
    fuel_economy_level TEXT NOT NULL,   -- グリーン化特例の燃費基準 level ('' none)
    new_vehicle INTEGER NOT NULL,       -- 1: first registered new
    owner_party_no %BIGINT% NOT NULL,   -- 所有者 (納税義務者)
    user_party_no %BIGINT%,             -- 使用者
    storage_place TEXT NOT NULL,        -- 定置場
    previous_town TEXT NOT NULL,        -- 転入: the town it came from
    reason TEXT NOT NULL,               -- 廃車の事由 etc.
    recorded_at TEXT NOT NULL,
    recorded_by %BIGINT% NOT NULL,
    UNIQUE (vehicle_id, history_no)
);
CREATE INDEX light_vehicle_records_period ON light_vehicle_records (vehicle_id, valid_from);
CREATE INDEX light_vehicle_records_plate ON light_vehicle_records (plate_no);
CREATE INDEX light_vehicle_records_owner ON light_vehicle_records (owner_party_no);
