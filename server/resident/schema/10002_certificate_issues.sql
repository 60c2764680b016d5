-- 証明書の発行記録: one row per issued resident certificate (住民票の写し, 除票, 記載事項証明書,
-- 転出証明書), written in the transaction that takes its 発行番号 from number_sequences
-- ('certificate_serial'), so that every certificate handed out can be traced back to who issued
-- what, for whom and when, and the PDF compared by its SHA-256 (docs/resident.md "証明書の発行").
-- Previews (見本) take no number and write no row. Never a 個人番号: options only say whether it
-- was printed, and free texts pass through audit::maskText.
CREATE TABLE certificate_issues (
    id %ID%,
    serial TEXT NOT NULL UNIQUE,        -- 発行番号 as printed and in the barcode
    kind TEXT NOT NULL,                 -- certificateKindName: household_copy, individual_copy …
    party_no %BIGINT% NOT NULL REFERENCES parties (party_no), -- the person asked for
    household_no %BIGINT%,              -- 世帯連記式: the household
    party_nos TEXT NOT NULL,            -- JSON array: everyone printed
    options TEXT NOT NULL,              -- JSON: the items requested (no 個人番号)
    requester TEXT NOT NULL,            -- JSON: relation (self|household|third_party), reason …
    as_of_date TEXT NOT NULL,           -- the date the record was certified as of
    issue_date TEXT NOT NULL,           -- 証明日 (printed)
    issued_at TEXT NOT NULL,
    issued_by %BIGINT% NOT NULL,        -- users.id
    issued_by_login TEXT NOT NULL,
    page_count INTEGER NOT NULL,
    pdf_sha256 TEXT NOT NULL            -- hex digest of the PDF handed out
);
CREATE INDEX certificate_issues_party ON certificate_issues (party_no);
