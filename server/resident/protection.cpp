// 支援措置 (protection.h): the measures table, the check and its access-log entries, the routes.
#include "protection.h"

#include "changewriter.h"
#include "codetables.h"
#include "events.h"
#include "personinput.h"
#include "residentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/errors.h"
#include "shared/api/resident/paths.h"
#include "shared/api/errorcode.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace kikan::resident {

namespace {
bool allowed(const http::Request &request)
{
    return request.principal
           && request.principal->has(QLatin1String(kProtectedArea),
                                     QLatin1String(kProtectedAction));
}

void logAccess(core::ServerContext &context, const http::Request &request, qint64 partyNo,
               const QString &purpose, bool ok)
{
    audit::AuditEntry e = audit::AuditEntry::forRequest(
        request, audit::LogKind::Access, QString::fromLatin1(event::ProtectedAccess));
    e.success = ok;
    e.subject = QStringLiteral("party:%1").arg(partyNo);
    e.detail = {{QStringLiteral("purpose"), purpose}, {QStringLiteral("protected"), true}};
    context.audit.append(e);
}

void logOperation(core::ServerContext &context, const http::Request &request, const char *name,
                  qint64 partyNo, QJsonObject detail, bool ok)
{
    audit::AuditEntry e =
        audit::AuditEntry::forRequest(request, audit::LogKind::Operation, QLatin1String(name));
    e.success = ok;
    e.subject = QStringLiteral("party:%1").arg(partyNo);
    e.detail = detail;
    context.audit.append(e);
}

QJsonObject measureJson(const QSqlQuery &q)
{
    auto orNull = [&](int i) {
        return q.value(i).isNull() ? QJsonValue() : QJsonValue(q.value(i).toString());
    };
    return {{QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("partyNo"), q.value(1).toLongLong()},
            {QStringLiteral("startsOn"), q.value(2).toString()},
            {QStringLiteral("endsOn"), orNull(3)},
            {QStringLiteral("reason"), q.value(4).toString()},
            {QStringLiteral("note"), orNull(5)},
            {QStringLiteral("recordedAt"), q.value(6).toString()},
            {QStringLiteral("liftedAt"), orNull(7)}};
}

// A measure in force on a date (bound twice).
const char kInForceOn[] = "lifted_at IS NULL AND starts_on <= ? AND (ends_on IS NULL OR "
                          "ends_on >= ?)";

const char kMeasureColumns[] = "id, party_no, starts_on, ends_on, reason, note, recorded_at, "
                               "lifted_at";

http::Response registerMeasure(core::ServerContext &ctx, http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    qint64 partyNo = 0;
    QJsonObject detail;
    try {
        partyNo = readNumber(body, QStringLiteral("partyNo"), {}, true);
        const QDate starts = readDate(body, QStringLiteral("startsOn"), {}, true);
        const QDate ends = readDate(body, QStringLiteral("endsOn"), {}, false);
        if (ends.isValid() && ends < starts) {
            throw core::Failure::invalidField(QStringLiteral("endsOn"),
                                               QStringLiteral("終了日が開始日より前です。"));
        }
        const QString reason = readText(body, QStringLiteral("reason"), {}, true, 20);
        if (!CodeTables::instance().on(starts).protectionReasons.contains(reason)) {
            throw core::Failure::invalidField(QStringLiteral("reason"),
                                               QStringLiteral("支援措置の事由 %1 は表にありません。")
                                                   .arg(reason));
        }
        const QString note = readText(body, QStringLiteral("note"), {}, false, 400);
        detail = {{QStringLiteral("startsOn"), core::isoDate(starts)},
                  {QStringLiteral("endsOn"), ends.isValid() ? QJsonValue(core::isoDate(ends))
                                                            : QJsonValue()},
                  {QStringLiteral("reason"), reason}};
        store::Transaction tx(ctx.database);
        if (history(tx.db(), partyNo).isEmpty()) {
            throw core::Failure::invalidField(QStringLiteral("partyNo"),
                                               QStringLiteral("宛名番号 %1 の住民票はありません。")
                                                   .arg(partyNo));
        }
        const qint64 id = store::insertReturningId(
            tx.db(),
            QStringLiteral("INSERT INTO protection_measures (party_no, starts_on, ends_on, "
                           "reason, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
            {partyNo, core::isoDate(starts),
             ends.isValid() ? QVariant(core::isoDate(ends)) : QVariant(QMetaType(QMetaType::QString)),
             reason, note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note),
             core::timestamp(ctx.clock.now()), r.who().userId});
        tx.commit();
        detail.insert(QStringLiteral("measureId"), id);
        logOperation(ctx, r, event::ProtectionRegister, partyNo, detail, true);
        QSqlQuery q = store::exec(ctx.database.connection(),
                                  QStringLiteral("SELECT %1 FROM protection_measures WHERE id = ?")
                                      .arg(QLatin1String(kMeasureColumns)), {id});
        q.next();
        return http::Response::json(measureJson(q), 201);
    } catch (const core::Failure &e) {
        detail.insert(QStringLiteral("error"), e.code());
        logOperation(ctx, r, event::ProtectionRegister, partyNo, detail, false);
        throw;
    }
}

http::Response liftMeasure(core::ServerContext &ctx, http::Request &r)
{
    const qint64 id = r.idParam(QStringLiteral("id"));
    qint64 partyNo = 0;
    try {
        store::Transaction tx(ctx.database);
        QSqlQuery q = store::exec(tx.db(),
                                  QStringLiteral("SELECT party_no, lifted_at FROM "
                                                 "protection_measures WHERE id = ?"),
                                  {id});
        if (!q.next()) {
            throw core::Failure(api::err::NotFound,
                                 QStringLiteral("支援措置 %1 はありません。").arg(id));
        }
        partyNo = q.value(0).toLongLong();
        if (!q.value(1).isNull()) {
            throw core::Failure(api::err::ResidentState,
                                 QStringLiteral("この支援措置はすでに解除されています。"));
        }
        store::exec(tx.db(), QStringLiteral("UPDATE protection_measures SET lifted_at = ?, "
                                            "lifted_by = ? WHERE id = ?"),
                    {core::timestamp(ctx.clock.now()), r.who().userId, id});
        tx.commit();
        logOperation(ctx, r, event::ProtectionLift, partyNo, {{QStringLiteral("measureId"), id}},
                     true);
        return http::Response::json(QJsonObject{{QStringLiteral("id"), id},
                                                {QStringLiteral("lifted"), true}});
    } catch (const core::Failure &e) {
        logOperation(ctx, r, event::ProtectionLift, partyNo,
                     {{QStringLiteral("measureId"), id}, {QStringLiteral("error"), e.code()}},
                     false);
        throw;
    }
}
} // namespace

bool isProtected(QSqlDatabase db, qint64 partyNo, QDate date)
{
    const QString d = core::isoDate(date);
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT 1 FROM protection_measures WHERE "
                                                 "party_no = ? AND %1")
                                      .arg(QLatin1String(kInForceOn)),
                              {partyNo, d, d});
    return q.next();
}

bool isProtected(core::ServerContext &context, qint64 partyNo, QDate date)
{
    return isProtected(context.database.connection(), partyNo, date);
}

bool mayShow(core::ServerContext &context, const http::Request &request, qint64 partyNo,
             const QString &purpose)
{
    return !mayShowAll(context, request, {partyNo}, purpose).isEmpty();
}

QList<qint64> mayShowAll(core::ServerContext &context, const http::Request &request,
                         const QList<qint64> &partyNos, const QString &purpose)
{
    const QString d = core::isoDate(core::processingDate(context.clock));
    QSet<qint64> covered;
    constexpr qsizetype kChunk = 500; // bound parameters per query
    for (qsizetype at = 0; at < partyNos.size(); at += kChunk) {
        const QList<qint64> part = partyNos.mid(at, kChunk);
        QVariantList values{d, d};
        QStringList marks;
        for (qint64 p : part) {
            values.append(p);
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery q = store::exec(context.database.connection(),
                                  QStringLiteral("SELECT DISTINCT party_no FROM protection_measures "
                                                 "WHERE %1 AND party_no IN (%2)")
                                      .arg(QLatin1String(kInForceOn), marks.join(QLatin1Char(','))),
                                  values);
        while (q.next())
            covered.insert(q.value(0).toLongLong());
    }
    QList<qint64> out;
    out.reserve(partyNos.size());
    for (qint64 p : partyNos) {
        if (covered.contains(p)) {
            const bool ok = allowed(request);
            logAccess(context, request, p, purpose, ok);
            if (!ok)
                continue;
        }
        out.append(p);
    }
    return out;
}

void checkProtectedAccess(core::ServerContext &context, const http::Request &request,
                          qint64 partyNo, const QString &purpose)
{
    if (!mayShow(context, request, partyNo, purpose)) {
        throw core::Failure(api::err::ResidentProtected,
                             QStringLiteral("宛名番号 %1 の人は支援措置の対象です。表示・証明には"
                                            "支援措置対象者の照会の権限が必要です。この操作は記録されました。")
                                 .arg(partyNo));
    }
}

void registerProtectionRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString base = QString::fromLatin1(api::path::ResidentProtection);
    const http::Access admin = http::Access::right(QStringLiteral("resident"),
                                                   QStringLiteral("administer"));
    router.add({QStringLiteral("POST"), base, admin,
                QString::fromLatin1(event::ProtectionRegister),
                [&ctx](http::Request &r) { return registerMeasure(ctx, r); }, true});
    router.add({QStringLiteral("POST"), base + QStringLiteral("/{id}/lift"), admin,
                QString::fromLatin1(event::ProtectionLift),
                [&ctx](http::Request &r) { return liftMeasure(ctx, r); }, true});
    router.add({QStringLiteral("GET"),
                QString::fromLatin1(api::path::ResidentPersons)
                    + QStringLiteral("/{partyNo}/protection"),
                admin, QString::fromLatin1(event::ProtectionList), [&ctx](http::Request &r) {
        const qint64 partyNo = r.idParam(QStringLiteral("partyNo"));
        QSqlQuery q = store::exec(ctx.database.connection(),
                                  QStringLiteral("SELECT %1 FROM protection_measures WHERE "
                                                 "party_no = ? ORDER BY id")
                                      .arg(QLatin1String(kMeasureColumns)), {partyNo});
        QJsonArray items;
        while (q.next())
            items.append(measureJson(q));
        audit::AuditEntry e = audit::AuditEntry::forRequest(
            r, audit::LogKind::Access, QString::fromLatin1(event::ProtectionList));
        e.subject = QStringLiteral("party:%1").arg(partyNo);
        ctx.audit.append(e);
        return http::Response::json(QJsonObject{
            {QStringLiteral("measures"), items},
            {QStringLiteral("protected"), isProtected(ctx, partyNo, core::processingDate(ctx.clock))}});
    }});
}

} // namespace kikan::resident
