// 支援措置 (protection.h): the rules, the checks with their access-log entries, and registering
// and lifting measures (住民基本台帳事務処理要領 第5-10).
#include "protection.h"

#include "codetables.h"
#include "events.h"
#include "protectionstore.h"
#include "residentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace kikan::resident {

namespace {

QString partySubject(qint64 partyNo) { return QStringLiteral("party:%1").arg(partyNo); }

void logAccess(core::ServerContext &context, const core::Actor &actor, qint64 partyNo,
               const QString &purpose, bool ok)
{
    context.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::ProtectedAccess),
                         partySubject(partyNo),
                         {{QStringLiteral("purpose"), purpose}, {QStringLiteral("protected"), true}},
                         ok);
}

void logOperation(core::ServerContext &context, const core::Actor &actor, const char *name,
                  qint64 partyNo, const QJsonObject &detail, bool ok)
{
    context.audit.record(actor, audit::LogKind::Operation, QLatin1String(name),
                         partySubject(partyNo), detail, ok);
}

bool protectedOn(const QList<ProtectionMeasure> &measures, QDate date)
{
    return std::any_of(measures.begin(), measures.end(),
                       [&](const ProtectionMeasure &m) { return inForce(m, date); });
}

} // namespace

// --- Rules ---

bool inForce(const ProtectionMeasure &measure, QDate date)
{
    return measure.liftedAt.isEmpty() && measure.startsOn <= date
           && (!measure.endsOn.isValid() || measure.endsOn >= date);
}

std::optional<core::Failure> periodRefusal(QDate startsOn, QDate endsOn)
{
    if (endsOn.isValid() && endsOn < startsOn) {
        return core::Failure::invalidField(QStringLiteral("endsOn"),
                                           QStringLiteral("終了日が開始日より前です。"));
    }
    return std::nullopt;
}

std::optional<core::Failure> reasonRefusal(const QString &reason,
                                           const QHash<QString, QString> &knownReasons)
{
    if (knownReasons.contains(reason))
        return std::nullopt;
    return core::Failure::invalidField(QStringLiteral("reason"),
                                       QStringLiteral("支援措置の事由 %1 は表にありません。")
                                           .arg(reason));
}

Disclosure disclosure(bool protectedNow, const core::Actor &actor, bool thirdParty)
{
    if (!protectedNow)
        return Disclosure::Open;
    if (thirdParty)
        return Disclosure::Refused;
    return actor.has(QLatin1String(kProtectedArea), QLatin1String(kProtectedAction))
               ? Disclosure::Allowed
               : Disclosure::Refused;
}

core::Failure protectedRefusal(qint64 partyNo)
{
    return core::Failure(api::err::ResidentProtected,
                         QStringLiteral("宛名番号 %1 の人は支援措置の対象です。表示・証明には"
                                        "支援措置対象者の照会の権限が必要です。この操作は記録されました。")
                             .arg(partyNo));
}

core::Failure thirdPartyRefusal()
{
    return core::Failure(api::err::ResidentProtected,
                         QStringLiteral("支援措置の対象者の証明書は、第三者の請求では"
                                        "交付できません。"));
}

// --- Checks ---

bool isProtected(QSqlDatabase db, qint64 partyNo, QDate date)
{
    return protectedOn(measuresOf(db, {partyNo}), date);
}

bool isProtected(core::ServerContext &context, qint64 partyNo, QDate date)
{
    return isProtected(context.database.connection(), partyNo, date);
}

bool mayShow(core::ServerContext &context, const core::Actor &actor, qint64 partyNo,
             const QString &purpose)
{
    return !mayShowAll(context, actor, {partyNo}, purpose).isEmpty();
}

QList<qint64> mayShowAll(core::ServerContext &context, const core::Actor &actor,
                         const QList<qint64> &partyNos, const QString &purpose)
{
    const QDate today = core::processingDate(context.clock);
    QSet<qint64> covered;
    for (const ProtectionMeasure &m : measuresOf(context.database.connection(), partyNos)) {
        if (inForce(m, today))
            covered.insert(m.partyNo);
    }
    QList<qint64> out;
    out.reserve(partyNos.size());
    for (qint64 p : partyNos) {
        const Disclosure d = disclosure(covered.contains(p), actor);
        if (d != Disclosure::Open)
            logAccess(context, actor, p, purpose, d == Disclosure::Allowed);
        if (d != Disclosure::Refused)
            out.append(p);
    }
    return out;
}

void checkProtectedAccess(core::ServerContext &context, const core::Actor &actor,
                          qint64 partyNo, const QString &purpose)
{
    if (!mayShow(context, actor, partyNo, purpose))
        throw protectedRefusal(partyNo);
}

void checkCertificateAccess(core::ServerContext &context, const core::Actor &actor,
                            qint64 partyNo, bool thirdParty)
{
    if (thirdParty && isProtected(context, partyNo, core::processingDate(context.clock))) {
        logAccess(context, actor, partyNo, QStringLiteral("certificate_third_party"), false);
        throw thirdPartyRefusal();
    }
    checkProtectedAccess(context, actor, partyNo, QStringLiteral("certificate"));
}

// --- Measures ---

ProtectionMeasure registerProtection(core::ServerContext &context, const core::Actor &actor,
                                     const ProtectionInput &input)
{
    QJsonObject detail;
    try {
        if (auto refusal = periodRefusal(input.startsOn, input.endsOn))
            throw *refusal;
        const auto &reasons = CodeTables::instance().on(input.startsOn).protectionReasons;
        if (auto refusal = reasonRefusal(input.reason, reasons))
            throw *refusal;
        detail = {{QStringLiteral("startsOn"), core::isoDate(input.startsOn)},
                  {QStringLiteral("endsOn"), input.endsOn.isValid()
                                                 ? QJsonValue(core::isoDate(input.endsOn))
                                                 : QJsonValue()},
                  {QStringLiteral("reason"), input.reason}};
        store::Transaction tx(context.database);
        if (history(tx.db(), input.partyNo).isEmpty()) {
            throw core::Failure::invalidField(QStringLiteral("partyNo"),
                                              QStringLiteral("宛名番号 %1 の住民票はありません。")
                                                  .arg(input.partyNo));
        }
        const qint64 id = insertMeasure(tx.db(), input, core::timestamp(context.clock.now()),
                                        actor.userId);
        tx.commit();
        detail.insert(QStringLiteral("measureId"), id);
        logOperation(context, actor, event::ProtectionRegister, input.partyNo, detail, true);
        return *measureById(context.database.connection(), id);
    } catch (const core::Failure &e) {
        detail.insert(QStringLiteral("error"), e.code());
        logOperation(context, actor, event::ProtectionRegister, input.partyNo, detail, false);
        throw;
    }
}

void recordProtectionRefusal(core::ServerContext &context, const core::Actor &actor,
                             qint64 partyNo, const core::Failure &failure)
{
    logOperation(context, actor, event::ProtectionRegister, partyNo,
                 {{QStringLiteral("error"), failure.code()}}, false);
}

void liftProtection(core::ServerContext &context, const core::Actor &actor, qint64 measureId)
{
    qint64 partyNo = 0;
    try {
        store::Transaction tx(context.database);
        const std::optional<ProtectionMeasure> m = measureById(tx.db(), measureId);
        if (!m) {
            throw core::Failure(api::err::NotFound,
                                QStringLiteral("支援措置 %1 はありません。").arg(measureId));
        }
        partyNo = m->partyNo;
        if (!m->liftedAt.isEmpty()) {
            throw core::Failure(api::err::ResidentState,
                                QStringLiteral("この支援措置はすでに解除されています。"));
        }
        markLifted(tx.db(), measureId, core::timestamp(context.clock.now()), actor.userId);
        tx.commit();
        logOperation(context, actor, event::ProtectionLift, partyNo,
                     {{QStringLiteral("measureId"), measureId}}, true);
    } catch (const core::Failure &e) {
        logOperation(context, actor, event::ProtectionLift, partyNo,
                     {{QStringLiteral("measureId"), measureId},
                      {QStringLiteral("error"), e.code()}},
                     false);
        throw;
    }
}

PersonProtection protectionOf(core::ServerContext &context, const core::Actor &actor,
                              qint64 partyNo)
{
    PersonProtection out;
    out.measures = measuresOf(context.database.connection(), {partyNo});
    context.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::ProtectionList),
                         partySubject(partyNo));
    out.protectedNow = protectedOn(out.measures, core::processingDate(context.clock));
    return out;
}

} // namespace kikan::resident
