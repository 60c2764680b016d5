-- 口座振替 不能 (docs/revenue.md "口座振替"): a debit the bank could not make, from a result file's
-- record with a 振替結果コード other than 0, kept for re-billing (a 納付書 sent instead). Written
-- in the transaction that imports the file, so a file applies its payments and its failures
-- together or not at all.
CREATE TABLE revenue_debit_failures (
    id %ID%,
    import_id %BIGINT% NOT NULL REFERENCES revenue_imports (id),
    record_no INTEGER NOT NULL,
    customer_no TEXT NOT NULL,         -- 顧客番号 as in the file (the 通知書番号, zero-filled)
    assessment_id %BIGINT% REFERENCES revenue_assessments (id),
    amount %BIGINT% NOT NULL,
    result_code INTEGER NOT NULL,      -- 振替結果コード
    debit_date TEXT NOT NULL,          -- 引落日
    created_at TEXT NOT NULL,
    rebilled_at TEXT                   -- when a 納付書 was sent instead
);
CREATE INDEX revenue_debit_failures_import ON revenue_debit_failures (import_id);
