// 住登外者 and 法人 as 住民記録-independent parties (glossary: NonResident, Corporation): what is
// recorded of them, the pure checks of an entry (法人番号 by shared/identity/corporatenumber.h), and
// their state as a party::PartySnapshot. Tests: tests/server/non_resident/.
#pragma once

#include "server/core/failure.h"
#include "server/party/partydirectory.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kikan::non_resident {

struct PartyInput {
    QString kind;             // party::kind::NonResident | party::kind::Corporation
    QString familyName;       // 氏, or the 法人's 名称
    QString givenName;        // 名 (empty for a 法人)
    QString familyNameKana;
    QString givenNameKana;
    QDate birthDate;          // 住登外者 only, optional
    QString sex;              // 1, 2, 9 (住登外者); empty for a 法人
    QString corporateNumber;  // 法人 only, optional (an unincorporated body has none)
    QString postalCode;
    QString address;          // 住所・所在地
    QString note;
    bool closed = false;      // 閉鎖: no longer dealt with (kept for history)
};

struct PartyRecord {
    qint64 partyNo = 0;
    int historyNo = 0;
    QDate validFrom;
    QDate validTo;            // invalid: still in force
    QString recordedAt;
    PartyInput fields;
};

// Why an entry cannot be recorded (field named), or nullopt. The 法人番号 is normalised to its
// 13 ASCII digits in `input` when it passes.
std::optional<core::Failure> entryRefusal(PartyInput &input);

// The record as a party snapshot on `asOf`.
party::PartySnapshot snapshotOf(const PartyRecord &record, QDate asOf);

} // namespace kikan::non_resident
