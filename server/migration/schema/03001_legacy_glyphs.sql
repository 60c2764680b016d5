-- 文字同定 (CharacterIdentification): the old system's 外字 (legacy glyphs) and the MJ characters
-- proposed for each (server/migration/legacyglyphs.h, docs/character-identification.md).
-- A glyph is decided once: mj_code/mj_text say which MJ character the vendor code becomes.
CREATE TABLE legacy_glyph (
    id %ID%,
    vendor_code TEXT NOT NULL UNIQUE,
    juki_code TEXT NOT NULL,
    koseki_code TEXT NOT NULL,
    ucs_text TEXT NOT NULL,
    glyph_png %BLOB%,
    reading TEXT NOT NULL,
    note TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('undecided', 'decided')),
    mj_code TEXT NOT NULL,
    mj_text TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    version %BIGINT% NOT NULL
);
CREATE INDEX legacy_glyph_status ON legacy_glyph (status, vendor_code);
-- Candidates proposed at import; reason: juki, koseki, ucs or variant (same fold key as one of
-- those). The character's text and codes are read from the MJ table when shown.
CREATE TABLE legacy_glyph_candidate (
    glyph_id %BIGINT% NOT NULL REFERENCES legacy_glyph (id) ON DELETE CASCADE,
    rank INTEGER NOT NULL,
    mj_code TEXT NOT NULL,
    reasons TEXT NOT NULL,
    PRIMARY KEY (glyph_id, mj_code)
);
