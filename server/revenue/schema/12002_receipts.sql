-- 収納 (receipts) and 消込 (docs/revenue.md): every payment that came in, from which channel, file
-- and line, and what it was matched to. An imported file is one row of revenue_imports keyed by its
-- SHA-256 per channel, so the same file twice applies once. A receipt is never deleted: a wrong
-- match is reversed (its 消込 rows marked, its 過誤納 cancelled, a history row written) and the
-- receipt goes back to the unmatched queue.
CREATE TABLE revenue_imports (
    id %ID%,
    channel TEXT NOT NULL,             -- ocr, convenience, direct_debit, counter
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    line_count INTEGER NOT NULL,
    total_amount %BIGINT% NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by %BIGINT% NOT NULL,
    imported_by_login TEXT NOT NULL,
    UNIQUE (channel, file_sha256)
);

CREATE TABLE revenue_receipts (
    id %ID%,
    import_id %BIGINT% REFERENCES revenue_imports (id), -- NULL: entered at the counter
    channel TEXT NOT NULL,
    paid_on TEXT NOT NULL,             -- 収納日
    amount %BIGINT% NOT NULL,
    barcode TEXT NOT NULL,             -- the 44 digits read, or ''
    notice_no TEXT NOT NULL,           -- 通知書番号 as read, or ''
    notice_key TEXT NOT NULL,          -- without leading zeros
    source_file TEXT NOT NULL,
    source_line INTEGER NOT NULL,      -- 1-based line (record) of the file; 0 at the counter
    status TEXT NOT NULL,              -- matched, partial, excess, double, unmatched, reversed
    assessment_id %BIGINT% REFERENCES revenue_assessments (id),
    provisional INTEGER NOT NULL,      -- 1: a 速報 not yet confirmed by its 確報
    reference TEXT NOT NULL,           -- the channel's own key of the payment (store, time …)
    recorded_at TEXT NOT NULL,
    recorded_by %BIGINT% NOT NULL
);
CREATE INDEX revenue_receipts_import ON revenue_receipts (import_id);
CREATE INDEX revenue_receipts_status ON revenue_receipts (status);
CREATE INDEX revenue_receipts_assessment ON revenue_receipts (assessment_id);
CREATE INDEX revenue_receipts_reference ON revenue_receipts (channel, reference);

-- 過誤納: what a receipt brought beyond what its 調定 still owed (excess) or for a 調定 already
-- paid (double). Resolved later by 充当 or 還付; cancelled when its receipt's match is reversed.
CREATE TABLE revenue_overpayments (
    id %ID%,
    receipt_id %BIGINT% NOT NULL REFERENCES revenue_receipts (id),
    assessment_id %BIGINT% NOT NULL REFERENCES revenue_assessments (id),
    party_no %BIGINT% NOT NULL,
    amount %BIGINT% NOT NULL,
    cause TEXT NOT NULL,               -- excess, double
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT                    -- cancelled (reversal), appropriated (充当), refunded (還付)
);
CREATE INDEX revenue_overpayments_party ON revenue_overpayments (party_no);
CREATE INDEX revenue_overpayments_receipt ON revenue_overpayments (receipt_id);

-- What happened to a receipt after it came in: a reversal, a match made by hand.
CREATE TABLE revenue_receipt_history (
    id %ID%,
    receipt_id %BIGINT% NOT NULL REFERENCES revenue_receipts (id),
    event TEXT NOT NULL,               -- revenue.reverse, revenue.cancel, revenue.match
    status_before TEXT NOT NULL,
    status_after TEXT NOT NULL,
    assessment_id %BIGINT%,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    by_user %BIGINT% NOT NULL,
    by_login TEXT NOT NULL
);
CREATE INDEX revenue_receipt_history_receipt ON revenue_receipt_history (receipt_id);
