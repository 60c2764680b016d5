// 照会 (住民記録システム標準仕様書 検索・照会): one person with the household, the history and
// the status flags in one answer, as of a date (default: the 処理日). Every view writes the access
// log (resident.view, subject party:<no>); 支援措置 persons need resident:protected
// (住民基本台帳事務処理要領 第5-10; protection.h), 個人番号 are shown only with resident:my_number
// (番号法 第19条; search.h mayUseMyNumber).
#pragma once

#include "inquirystore.h"
#include "residentrecord.h"

#include "server/core/actor.h"
#include "server/core/context.h"

#include <QDate>
#include <QList>
#include <QUrlQuery>

#include <optional>

namespace kikan::resident {

// GET /resident/persons/{partyNo}?date= or /resident/households/{householdNo}?date=
struct InquiryRequest {
    qint64 partyNo = 0;     // a person's 照会
    qint64 householdNo = 0; // a household's
    QDate date;             // as of; null: the 処理日
};
// ?date= in any form the counter accepts (shared/core/dateinput.h); null when absent. Throws
// invalidField(date).
QDate parseInquiryDate(const QUrlQuery &query);

// A household as listed on a date: the members the actor may see, in 記載順位.
struct HouseholdView {
    qint64 householdNo = 0;
    int version = 0;
    QString householderName; // shown even when the 世帯主 is a protected member
    QList<ResidentRecord> members;
    int restrictedMembers = 0; // protected members left out
};

// 住民状態 of the person as the screen flags it.
struct InquiryFlags {
    bool resident = false;       // a resident on the date
    bool removed = false;        // 除票 now (moved out, dead, removed)
    QString status;              // the latest 住民状態 code
    bool foreign = false;        // 外国人住民 (on the date, else now)
    bool protectedNow = false;   // a 支援措置 in force on the 処理日
    bool existedOnDate = false;  // a record in force on the date
    bool plannedMoveOut = false; // 転出予定: the 転出 takes effect after the date (法第24条)
};

struct HistoryEntry {
    ResidentRecord record;
    std::optional<ChangeEntry> change;
    QString changeKindName; // from the code tables of the row's date
};

struct PersonInquiry {
    QDate date;
    std::optional<ResidentRecord> person; // on the date
    ResidentRecord latest;
    int version = 0;
    HouseholdView household;              // the household of the person on the date (or now)
    QList<HistoryEntry> history;          // every row, superseded ones included
    InquiryFlags flags;
    bool showMyNumber = false;
};

struct HouseholdInquiry {
    QDate date;
    HouseholdView household;
    bool showMyNumber = false;
};

// --- rules (pure) ---
InquiryFlags inquiryFlags(const std::optional<ResidentRecord> &onDate,
                          const std::optional<ResidentRecord> &latest, QDate date,
                          bool protectedNow);
// The members listed: the inquired person (whose access was checked already) and those others
// may see (visible); the rest are counted as restricted. The 世帯主's name is always given.
HouseholdView listMembers(const QList<ResidentRecord> &members, qint64 inquiredPartyNo,
                          const QList<qint64> &visible);

// --- the 照会 ---
// Throws core::Failure(resident.not_found) or (resident.protected).
PersonInquiry inquirePerson(core::ServerContext &context, const core::Actor &actor,
                            const InquiryRequest &request);
HouseholdInquiry inquireHousehold(core::ServerContext &context, const core::Actor &actor,
                                  const InquiryRequest &request);

} // namespace kikan::resident
