-- 軽自動車税 種別割: 減免 decisions, 当初課税 runs and the 課税 of each vehicle in a 年度 (課税台帳),
-- each line tied to the 調定 it handed to 収納管理 (server/assessment/assessmentledger.h).
-- A line is one 納税義務者 × 車両 × 年度; a later run that computes another amount 更正s the 調定
-- (an adjustment in the ledger and a row of light_vehicle_levy_changes here), never overwrites it.

-- 減免: decided on an application, for one vehicle and one 年度; withdrawn, never deleted.
CREATE TABLE light_vehicle_reductions (
    id %ID%,
    vehicle_id %BIGINT% NOT NULL REFERENCES light_vehicles (id),
    fiscal_year INTEGER NOT NULL,
    reason TEXT NOT NULL,               -- rates.json reductionReasons code
    mode TEXT NOT NULL,                 -- full | ratio | amount
    ratio_numerator %BIGINT% NOT NULL,
    ratio_denominator %BIGINT% NOT NULL,
    amount %BIGINT% NOT NULL,
    applied_on TEXT NOT NULL,           -- 申請日
    decided_on TEXT NOT NULL,           -- 決定日
    note TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by %BIGINT% NOT NULL,
    withdrawn_at TEXT                   -- NULL: in force
);
CREATE INDEX light_vehicle_reductions_year ON light_vehicle_reductions (fiscal_year, vehicle_id);

-- One 当初課税 run (or re-run) of a 年度, with what it did.
CREATE TABLE light_vehicle_runs (
    id %ID%,
    fiscal_year INTEGER NOT NULL,
    run_at TEXT NOT NULL,
    run_by %BIGINT% NOT NULL,
    created INTEGER NOT NULL,           -- new 調定
    unchanged INTEGER NOT NULL,
    corrected INTEGER NOT NULL          -- 更正
);

CREATE TABLE light_vehicle_levies (
    id %ID%,
    fiscal_year INTEGER NOT NULL,
    vehicle_id %BIGINT% NOT NULL REFERENCES light_vehicles (id),
    taxpayer_party_no %BIGINT% NOT NULL,
    rate_class TEXT NOT NULL,
    rate_column TEXT NOT NULL,          -- flat | old | new | heavy | green
    green_level TEXT NOT NULL,
    tax %BIGINT% NOT NULL,              -- 税額 before 減免
    reduction %BIGINT% NOT NULL,        -- 減免額
    amount %BIGINT% NOT NULL,           -- 調定額 now
    notice_no TEXT NOT NULL,            -- 通知書番号 (unique in the ledger)
    assessment_id %BIGINT% NOT NULL,    -- the 調定 handed to 収納管理 in the same transaction
    run_id %BIGINT% NOT NULL,           -- the run that created it
    UNIQUE (fiscal_year, vehicle_id, taxpayer_party_no)
);
CREATE INDEX light_vehicle_levies_year ON light_vehicle_levies (fiscal_year, rate_class);

-- 更正 of a line: the run that found the new amount, before and after, why.
CREATE TABLE light_vehicle_levy_changes (
    id %ID%,
    levy_id %BIGINT% NOT NULL REFERENCES light_vehicle_levies (id),
    run_id %BIGINT% NOT NULL,
    amount_before %BIGINT% NOT NULL,
    amount_after %BIGINT% NOT NULL,
    reason TEXT NOT NULL
);
