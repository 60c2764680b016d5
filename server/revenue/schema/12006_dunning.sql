-- 督促 (docs/revenue.md "督促"): one 督促状 per 調定 unpaid the town's number of days (20) after its
-- 納期限, issued by a batch; a 調定 is dunned once (UNIQUE). The serial (督促番号) is printed on it;
-- the batch's print is an entry of the 印刷ログ (audit_log, kind print, revenue.dunning_print).
CREATE TABLE revenue_dunning_notices (
    id %ID%,
    assessment_id %BIGINT% NOT NULL REFERENCES revenue_assessments (id),
    party_no %BIGINT% NOT NULL,
    serial TEXT NOT NULL,              -- 督促番号: T + 年 + 6 digits
    issued_on TEXT NOT NULL,           -- 発付日 (the batch's 処理日)
    pay_by TEXT NOT NULL,              -- 指定期限
    outstanding %BIGINT% NOT NULL,     -- 未納額 on the 発付日
    fee %BIGINT% NOT NULL,             -- 督促手数料 (0 when the town sets none)
    created_at TEXT NOT NULL,
    created_by %BIGINT% NOT NULL,
    UNIQUE (assessment_id),
    UNIQUE (serial)
);
CREATE INDEX revenue_dunning_notices_party ON revenue_dunning_notices (party_no);
