// 支援措置 (DV・ストーカー行為等・児童虐待等の被害者の保護; 住民基本台帳事務処理要領 第5-10, the
// standard's 抑止設定): while a measure is in force the person is left out of search results,
// 照会 and certificates unless the caller holds resident:protected; every attempt on a protected
// person, allowed or refused, is written to the access log (resident.protected_access) with its
// outcome so administrators see it in their log search. The pure rules (period, who may see a
// protected person, what a 第三者 gets) are tested in tests/server/resident/protection_test.cpp;
// the SQL is protectionstore.h, the routes protectionroutes.cpp.
#pragma once

#include "server/core/actor.h"
#include "server/core/context.h"
#include "server/core/failure.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace kikan::resident {

// The special right to see and certify protected persons.
inline constexpr char kProtectedArea[] = "resident";
inline constexpr char kProtectedAction[] = "protected";

// A measure as registered (POST /resident/protection).
struct ProtectionInput {
    qint64 partyNo = 0;
    QDate startsOn;
    QDate endsOn;     // null: open-ended (renewed yearly, 要領 第5-10)
    QString reason;   // code of the protectionReasons table (dv, stalking, …)
    QString note;
};

// A measure as stored (protection_measures).
struct ProtectionMeasure {
    qint64 id = 0;
    qint64 partyNo = 0;
    QDate startsOn;
    QDate endsOn;      // null: open-ended
    QString reason;
    QString note;      // empty: none
    QString recordedAt;
    QString liftedAt;  // empty: not lifted
};

// --- Rules (pure) ---

// In force on `date`: started, not ended, not lifted.
bool inForce(const ProtectionMeasure &measure, QDate date);
// The period of a measure: the end (if any) is not before the start.
std::optional<core::Failure> periodRefusal(QDate startsOn, QDate endsOn);
// The reason is one of the code table's protectionReasons.
std::optional<core::Failure> reasonRefusal(const QString &reason,
                                           const QHash<QString, QString> &knownReasons);

// What a caller gets of a person: Open (not protected, nothing logged), Allowed (protected, the
// caller holds resident:protected; logged) or Refused (logged). A 第三者's certificate request
// (法第12条の3) for a protected person is refused even with the right (要領 第5-10).
enum class Disclosure { Open, Allowed, Refused };
Disclosure disclosure(bool protectedNow, const core::Actor &actor, bool thirdParty = false);

// The refusals of a protected person (resident.protected).
core::Failure protectedRefusal(qint64 partyNo);
core::Failure thirdPartyRefusal();

// --- Checks against the registry (they log every attempt on a protected person) ---

// True while a measure covers the person on `date` (started, not ended, not lifted).
bool isProtected(QSqlDatabase db, qint64 partyNo, QDate date);
bool isProtected(core::ServerContext &context, qint64 partyNo, QDate date);

// For the 照会: returns when the person is not protected today or the actor holds
// resident:protected (logging the allowed access of a protected person), else logs the refusal
// and throws core::Failure(resident.protected). purpose: "view", "household", …
void checkProtectedAccess(core::ServerContext &context, const core::Actor &actor,
                          qint64 partyNo, const QString &purpose);
// The same for a certificate (purpose "certificate"); a 第三者's request for a protected person is
// refused and logged with purpose "certificate_third_party".
void checkCertificateAccess(core::ServerContext &context, const core::Actor &actor,
                            qint64 partyNo, bool thirdParty);
// The same for lists (search, household members): false (refusal logged) when the person must be
// left out.
bool mayShow(core::ServerContext &context, const core::Actor &actor, qint64 partyNo,
             const QString &purpose);
// mayShow for a list (a search's hits): the persons that may be shown, in the given order. One
// query for the whole list instead of one per person; each protected person is logged as mayShow
// logs it.
QList<qint64> mayShowAll(core::ServerContext &context, const core::Actor &actor,
                         const QList<qint64> &partyNos, const QString &purpose);

// --- Measures (resident:administer; each an operation-log entry, refusals included) ---

// Registers a measure (checks period, reason and that the person has a 住民票).
ProtectionMeasure registerProtection(core::ServerContext &context, const core::Actor &actor,
                                     const ProtectionInput &input);
// Lifts a measure: request.not_found when there is none, resident.state when already lifted.
void liftProtection(core::ServerContext &context, const core::Actor &actor, qint64 measureId);
// Logs the refusal of a registration that failed before its input was read (the routes).
void recordProtectionRefusal(core::ServerContext &context, const core::Actor &actor,
                             qint64 partyNo, const core::Failure &failure);

struct PersonProtection {
    QList<ProtectionMeasure> measures; // every measure, lifted ones included, by id
    bool protectedNow = false;         // on the 処理日
};
// The measures of a person (an access-log entry resident.protection_list).
PersonProtection protectionOf(core::ServerContext &context, const core::Actor &actor,
                              qint64 partyNo);

} // namespace kikan::resident
