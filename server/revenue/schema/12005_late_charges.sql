-- 延滞金 found due when a payment is matched after its 納期限 (docs/revenue.md "延滞金 at 消込"):
-- computed by shared/revenue/interest.h (rates resources/revenue/interest-rates.json) on the
-- amount that payment applied, from the day after the 納期限 through its 収納日, and kept as what
-- the 納義務者 still owes; how the town bills it (its own 調定, a 納付書) is [要確認]. Written in
-- the transaction of the match; cancelled with it when the match is undone.
CREATE TABLE revenue_late_charges (
    id %ID%,
    receipt_id %BIGINT% NOT NULL REFERENCES revenue_receipts (id),
    assessment_id %BIGINT% NOT NULL REFERENCES revenue_assessments (id),
    party_no %BIGINT% NOT NULL,
    due_date TEXT NOT NULL,            -- 納期限
    paid_on TEXT NOT NULL,             -- 収納日
    base %BIGINT% NOT NULL,            -- the amount paid late
    amount %BIGINT% NOT NULL,          -- 延滞金 after the roundings (never 0: nothing is written then)
    recorded_at TEXT NOT NULL,
    cancelled_at TEXT
);
CREATE INDEX revenue_late_charges_assessment ON revenue_late_charges (assessment_id);
CREATE INDEX revenue_late_charges_receipt ON revenue_late_charges (receipt_id);
