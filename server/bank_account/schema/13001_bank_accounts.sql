-- 口座管理 (docs/bank-account.md): a party's bank accounts registered for 口座振替. A registration
-- is never overwritten: it runs from starts_on through ends_on (NULL = open); a change of account
-- ends the old registration and starts a new one, so the rows of a party are its history. The
-- bank and branch codes are checked against the zengin-code master when registered.
CREATE TABLE bank_accounts (
    id %ID%,
    party_no %BIGINT% NOT NULL,          -- 宛名番号 (party::PartyDirectory)
    purpose TEXT NOT NULL,               -- direct_debit (口座振替); refund (還付先) later
    bank_code TEXT NOT NULL,             -- 金融機関コード (4)
    branch_code TEXT NOT NULL,           -- 店舗コード (3)
    account_type INTEGER NOT NULL,       -- 預金種目: 1 普通, 2 当座, 3 納税準備, 9 その他
    account_no TEXT NOT NULL,            -- 口座番号 (7 digits)
    holder_kana TEXT NOT NULL,           -- 預金者名 in the 全銀 set (半角カナ)
    starts_on TEXT NOT NULL,             -- 振替開始日
    ends_on TEXT,                        -- 振替終了日 (inclusive); NULL = open
    end_reason TEXT NOT NULL,
    first_requested_on TEXT,             -- the first 引落日 it was requested for (新規コード 1 before)
    created_at TEXT NOT NULL,
    created_by %BIGINT% NOT NULL,
    ended_at TEXT,
    ended_by %BIGINT%,
    version INTEGER NOT NULL
);
CREATE INDEX bank_accounts_party ON bank_accounts (party_no, purpose, starts_on);
CREATE INDEX bank_accounts_open ON bank_accounts (purpose, ends_on);
