-- 調定 (server/assessment/assessmentledger.h): what a tax or charge area fixed as owed, one row per
-- 科目 × 年度 × 期別 × 納義務者, keyed by the area's source_key (the same key twice is one 調定).
-- original_amount is the 当初調定額 and never changes: every 更正 is a row of
-- revenue_assessment_adjustments numbered 1, 2, … (seq = the version it makes), so a stale
-- version can never be written twice (UNIQUE (assessment_id, seq)). 収納 applied to a 調定 (消込)
-- is a row of revenue_applications; a reversal marks it, never deletes it (docs/revenue.md).
CREATE TABLE revenue_assessments (
    id %ID%,
    source_key TEXT NOT NULL UNIQUE,
    revenue_item TEXT NOT NULL,        -- 科目: the area's code ("light_vehicle_tax")
    fiscal_year INTEGER NOT NULL,      -- 年度
    installment INTEGER NOT NULL,      -- 期別
    party_no %BIGINT% NOT NULL,        -- 納義務者 (宛名番号)
    subject TEXT NOT NULL,             -- what it is owed for ("vehicle:12"), may be ''
    notice_no TEXT NOT NULL,           -- 通知書番号 as printed, may be ''
    notice_key TEXT NOT NULL,          -- 通知書番号 without leading zeros (barcode matching)
    due_date TEXT NOT NULL,            -- 納期限
    original_amount %BIGINT% NOT NULL, -- 当初調定額 (yen)
    created_at TEXT NOT NULL,
    created_by %BIGINT% NOT NULL,
    created_by_login TEXT NOT NULL
);
CREATE INDEX revenue_assessments_party ON revenue_assessments (party_no, due_date);
CREATE INDEX revenue_assessments_subject ON revenue_assessments (subject);
CREATE INDEX revenue_assessments_year ON revenue_assessments (revenue_item, fiscal_year);
CREATE UNIQUE INDEX revenue_assessments_notice ON revenue_assessments (notice_key)
    WHERE notice_key <> '';

CREATE TABLE revenue_assessment_adjustments (
    id %ID%,
    assessment_id %BIGINT% NOT NULL REFERENCES revenue_assessments (id),
    seq INTEGER NOT NULL,              -- the version this 更正 makes (1, 2, …)
    amount_before %BIGINT% NOT NULL,
    amount_after %BIGINT% NOT NULL,
    reason TEXT NOT NULL,
    adjusted_at TEXT NOT NULL,
    adjusted_by %BIGINT% NOT NULL,
    adjusted_by_login TEXT NOT NULL,
    UNIQUE (assessment_id, seq)
);

-- 消込: an amount of a receipt applied to a 調定. receipt_id names the row of the receipt ledger
-- (12002). A wrong match is reversed (reversed_at set, with who and why), never deleted.
CREATE TABLE revenue_applications (
    id %ID%,
    assessment_id %BIGINT% NOT NULL REFERENCES revenue_assessments (id),
    receipt_id %BIGINT% NOT NULL,
    amount %BIGINT% NOT NULL,
    applied_at TEXT NOT NULL,
    applied_by %BIGINT% NOT NULL,
    reversed_at TEXT,
    reversed_by %BIGINT%,
    reversal_reason TEXT
);
CREATE INDEX revenue_applications_assessment ON revenue_applications (assessment_id);
CREATE INDEX revenue_applications_receipt ON revenue_applications (receipt_id);
