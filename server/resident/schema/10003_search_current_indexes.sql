-- Search reads only the rows in force (superseded_at IS NULL AND valid_to IS NULL): partial indexes
-- on those rows, so that 10 years of history do not make a search slower (issue 7, history ratio),
-- holding every column the search reads (key, kana order, party_no, status, and the two columns of
-- the WHERE, which SQLite needs in the index to call it covering), so that a match is answered
-- from the index without reading the table; the reading index is in the search's ORDER BY, so a
-- reading search stops after the first rows. They replace the whole-table key indexes of
-- 10001. %PATTERN_OPS% is text_pattern_ops on PostgreSQL: there a prefix LIKE uses an index only
-- with it (or with a "C" collation); SQLite uses these with PRAGMA case_sensitive_like (store).
DROP INDEX resident_records_name;
DROP INDEX resident_records_loose;
DROP INDEX resident_records_kana;
CREATE INDEX resident_records_name_current
    ON resident_records (name_key %PATTERN_OPS%, kana_key, birth_date, party_no, status, superseded_at,
                         valid_to)
    WHERE superseded_at IS NULL AND valid_to IS NULL;
CREATE INDEX resident_records_loose_current
    ON resident_records (name_loose_key %PATTERN_OPS%, kana_key, birth_date, party_no, status,
                         superseded_at, valid_to)
    WHERE superseded_at IS NULL AND valid_to IS NULL;
CREATE INDEX resident_records_kana_current
    ON resident_records (kana_key %PATTERN_OPS%, birth_date, party_no, status, superseded_at, valid_to)
    WHERE superseded_at IS NULL AND valid_to IS NULL;
