-- 印鑑登録証明書の発行記録: one row per certificate handed out (asked for by the 印鑑登録証's
-- number), written in the transaction that takes its 発行番号 from seal_sequences, with the SHA-256
-- of the PDF; the print log has the same issue (docs/seal-registration.md).
INSERT INTO seal_sequences (name, next_value) VALUES ('certificate_serial', 1);
CREATE TABLE seal_certificate_issues (
    id %ID%,
    serial TEXT NOT NULL UNIQUE,              -- 発行番号 as printed and in the barcode
    registration_id %BIGINT% NOT NULL REFERENCES seal_registrations (id),
    party_no %BIGINT% NOT NULL,
    card_no %BIGINT% NOT NULL,                -- the card presented
    requester TEXT NOT NULL,                  -- self | agent
    issue_date TEXT NOT NULL,                 -- 証明日 (printed)
    issued_at TEXT NOT NULL,
    issued_by %BIGINT% NOT NULL,
    pdf_sha256 TEXT NOT NULL
);
CREATE INDEX seal_certificate_issues_registration ON seal_certificate_issues (registration_id);
