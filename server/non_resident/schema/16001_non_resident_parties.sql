-- 住登外者 and 法人: parties the town deals with who are not in its 住民基本台帳 (a taxpayer living
-- elsewhere, a company owning a vehicle). Their 宛名番号 comes from the one space 住民記録 keeps
-- (parties, number_sequences 'party_no': party::PartyNumbers); the rows here are their states,
-- with full history like the resident records: a state is in force from valid_from up to (not
-- including) valid_to (NULL = still in force), nothing is overwritten.
CREATE TABLE non_resident_records (
    id %ID%,
    party_no %BIGINT% NOT NULL,         -- parties.party_no (住民記録's table, the shared space)
    history_no INTEGER NOT NULL,        -- 1, 2, … per party
    kind TEXT NOT NULL,                 -- non_resident | corporation
    status TEXT NOT NULL,               -- active | closed
    valid_from TEXT NOT NULL,
    valid_to TEXT,
    family_name TEXT NOT NULL,          -- 氏, or the 法人's 名称
    given_name TEXT NOT NULL,           -- 名 ('' for a 法人)
    family_name_kana TEXT NOT NULL,
    given_name_kana TEXT NOT NULL,
    birth_date TEXT,                    -- 住登外者 only (法人: 設立日 is not kept)
    sex TEXT NOT NULL,                  -- 1, 2, 9; '' for a 法人
    corporate_number TEXT,              -- 法人番号 (13 digits, check digit verified)
    postal_code TEXT NOT NULL,
    address TEXT NOT NULL,              -- 住所・所在地 as printed (outside the town as a rule)
    note TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by %BIGINT% NOT NULL,
    UNIQUE (party_no, history_no)
);
CREATE INDEX non_resident_records_party ON non_resident_records (party_no, valid_from);
CREATE INDEX non_resident_records_corporate ON non_resident_records (corporate_number);

-- One row per party: the version that stops two counters from overwriting each other.
CREATE TABLE non_resident_versions (
    party_no %BIGINT% PRIMARY KEY,
    version INTEGER NOT NULL
);
