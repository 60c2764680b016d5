-- 過誤納の充当・還付 (docs/revenue.md "充当 and 還付", 地方税法 第17条, 第17条の2, 第17条の4): an open
-- 過誤納 (revenue_overpayments) is first applied to the same person's arrears (充当: the receipt's
-- money pays that 調定 too, a revenue_applications row, and a row here), then the rest is refunded
-- with 還付加算金 (a revenue_refunds row, its 還付通知書 serial printed). The 過誤納 row is then
-- resolved (appropriated or refunded).
CREATE TABLE revenue_appropriations (
    id %ID%,
    overpayment_id %BIGINT% NOT NULL REFERENCES revenue_overpayments (id),
    assessment_id %BIGINT% NOT NULL REFERENCES revenue_assessments (id),
    amount %BIGINT% NOT NULL,
    decided_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by %BIGINT% NOT NULL
);
CREATE INDEX revenue_appropriations_overpayment ON revenue_appropriations (overpayment_id);

CREATE TABLE revenue_refunds (
    id %ID%,
    overpayment_id %BIGINT% NOT NULL REFERENCES revenue_overpayments (id),
    party_no %BIGINT% NOT NULL,
    serial TEXT NOT NULL,              -- 還付通知書番号: K + year + 6 digits
    amount %BIGINT% NOT NULL,          -- 還付金
    interest %BIGINT% NOT NULL,        -- 還付加算金 (after the roundings)
    interest_from TEXT,                -- its first day (by cause), NULL when none
    decided_on TEXT NOT NULL,          -- 還付決定日
    created_at TEXT NOT NULL,
    created_by %BIGINT% NOT NULL,
    UNIQUE (overpayment_id),
    UNIQUE (serial)
);
CREATE INDEX revenue_refunds_party ON revenue_refunds (party_no);
