-- 旧氏 and 通称 are searched like the name (issue 6 item 3): the 旧氏 with the given name, the 通称
-- as written, each with its strict and loose key (shared/moji; the record holds no reading of
-- them, so there is no reading key: a 通称 written in kana is found through its strict key).
-- NULL when the person has none. insertRecord fills them; rows written before this migration
-- are filled once at start (residentstore fillOtherNameKeys). Partial indexes on the rows in
-- force that have one, holding what the search reads (as in 10003).
ALTER TABLE resident_records ADD COLUMN former_name_key TEXT;
ALTER TABLE resident_records ADD COLUMN former_name_loose_key TEXT;
ALTER TABLE resident_records ADD COLUMN alias_key TEXT;
ALTER TABLE resident_records ADD COLUMN alias_loose_key TEXT;
CREATE INDEX resident_records_former_current
    ON resident_records (former_name_key %PATTERN_OPS%, kana_key, birth_date, party_no, status,
                         superseded_at, valid_to)
    WHERE superseded_at IS NULL AND valid_to IS NULL AND former_name_key IS NOT NULL;
CREATE INDEX resident_records_former_loose_current
    ON resident_records (former_name_loose_key %PATTERN_OPS%, kana_key, birth_date, party_no,
                         status, superseded_at, valid_to)
    WHERE superseded_at IS NULL AND valid_to IS NULL AND former_name_loose_key IS NOT NULL;
CREATE INDEX resident_records_alias_current
    ON resident_records (alias_key %PATTERN_OPS%, kana_key, birth_date, party_no, status,
                         superseded_at, valid_to)
    WHERE superseded_at IS NULL AND valid_to IS NULL AND alias_key IS NOT NULL;
CREATE INDEX resident_records_alias_loose_current
    ON resident_records (alias_loose_key %PATTERN_OPS%, kana_key, birth_date, party_no, status,
                         superseded_at, valid_to)
    WHERE superseded_at IS NULL AND valid_to IS NULL AND alias_loose_key IS NOT NULL;
