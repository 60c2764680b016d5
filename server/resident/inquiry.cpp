// 照会 of a person and of a household (inquiry.h).
#include "inquiry.h"

#include "changewriter.h"
#include "codetables.h"
#include "events.h"
#include "personinput.h"
#include "protection.h"
#include "recordjson.h"
#include "residentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace kikan::resident {

namespace {
QDate asOfDate(core::ServerContext &ctx, const http::Request &r)
{
    const QString d = r.query.queryItemValue(QStringLiteral("date"));
    if (d.isEmpty())
        return core::processingDate(ctx.clock);
    return readDate({{QStringLiteral("date"), d}}, QStringLiteral("date"), {}, true);
}

bool showMyNumber(const http::Request &r)
{
    return r.who().has(QStringLiteral("resident"), QStringLiteral("my_number"));
}

void logView(core::ServerContext &ctx, const http::Request &r, const char *name,
             const QString &subject, QJsonObject detail)
{
    audit::AuditEntry e = audit::AuditEntry::forRequest(r, audit::LogKind::Access,
                                                        QString::fromLatin1(name));
    e.subject = subject;
    e.detail = detail;
    ctx.audit.append(e);
}

// The 異動 of each history row: kind, name, dates, 届出番号.
QJsonObject changeJson(QSqlDatabase db, qint64 changeId, QDate on)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT change_kind, reason_code, "
                                                 "effective_date, notified_date, notification_no, "
                                                 "cancels_change_id, recorded_at FROM "
                                                 "resident_changes WHERE id = ?"), {changeId});
    if (!q.next())
        return {};
    const ChangeKindInfo *k = CodeTables::instance().on(on).changeKind(q.value(0).toString());
    auto orNull = [&](int i) {
        return q.value(i).isNull() ? QJsonValue() : q.value(i).toJsonValue();
    };
    return {{QStringLiteral("changeId"), changeId},
            {QStringLiteral("kind"), q.value(0).toString()},
            {QStringLiteral("kindName"), k ? k->name : QString()},
            {QStringLiteral("reasonCode"), q.value(1).toString()},
            {QStringLiteral("effectiveDate"), q.value(2).toString()},
            {QStringLiteral("notifiedDate"), orNull(3)},
            {QStringLiteral("notificationNo"), orNull(4)},
            {QStringLiteral("cancelsChangeId"), orNull(5)},
            {QStringLiteral("recordedAt"), q.value(6).toString()}};
}

QJsonObject householdJson(core::ServerContext &ctx, const http::Request &r, qint64 householdNo,
                          QDate date, qint64 except)
{
    QSqlDatabase db = ctx.database.connection();
    QJsonArray members;
    int restricted = 0;
    QString householder;
    for (const ResidentRecord &m : householdAsOf(db, householdNo, date)) {
        if (m.isHouseholder())
            householder = m.fullName();
        if (m.partyNo != except && !mayShow(ctx, r, m.partyNo, QStringLiteral("household"))) {
            ++restricted;
            continue;
        }
        members.append(summaryJson(m, showMyNumber(r)));
    }
    return {{QStringLiteral("householdNo"), householdNo},
            {QStringLiteral("version"), householdVersion(db, householdNo)},
            {QStringLiteral("householderName"), householder},
            {QStringLiteral("members"), members},
            {QStringLiteral("restrictedMembers"), restricted}};
}
} // namespace

QJsonObject personInquiry(core::ServerContext &ctx, const http::Request &r)
{
    const qint64 partyNo = r.idParam(QStringLiteral("partyNo"));
    const QDate date = asOfDate(ctx, r);
    QSqlDatabase db = ctx.database.connection();
    const QList<ResidentRecord> rows = history(db, partyNo);
    if (rows.isEmpty()) {
        throw core::Failure(api::err::ResidentNotFound,
                             QStringLiteral("宛名番号 %1 の住民票はありません。").arg(partyNo));
    }
    checkProtectedAccess(ctx, r, partyNo, QStringLiteral("view"));
    const bool protectedNow = isProtected(ctx, partyNo, core::processingDate(ctx.clock));
    const std::optional<ResidentRecord> asOf = recordAsOf(db, partyNo, date);
    const std::optional<ResidentRecord> latest = latestRecord(db, partyNo);
    QJsonArray historyItems;
    for (const ResidentRecord &h : rows) {
        QJsonObject o = recordJson(h, showMyNumber(r));
        o.insert(QStringLiteral("change"), changeJson(db, h.changeId, h.validFrom));
        o.insert(QStringLiteral("superseded"), !h.supersededAt.isEmpty());
        historyItems.append(o);
    }
    const ResidentRecord &shown = asOf ? *asOf : *latest;
    QJsonObject flags{
        {QStringLiteral("resident"), asOf && asOf->status == ResidentStatus::Resident},
        {QStringLiteral("removed"), latest && latest->status != ResidentStatus::Resident},
        {QStringLiteral("status"), latest ? statusCode(latest->status) : QString()},
        {QStringLiteral("foreign"), shown.kind == ResidentKind::Foreign},
        {QStringLiteral("protected"), protectedNow},
        {QStringLiteral("existedOnDate"), bool(asOf)},
        {QStringLiteral("plannedMoveOut"),
         latest && latest->status == ResidentStatus::MovedOut && latest->validFrom > date}};
    logView(ctx, r, event::View, QStringLiteral("party:%1").arg(partyNo),
            {{QStringLiteral("date"), core::isoDate(date)},
             {QStringLiteral("protected"), protectedNow}});
    return {{QStringLiteral("date"), core::isoDate(date)},
            {QStringLiteral("person"), asOf ? recordJson(*asOf, showMyNumber(r)) : QJsonValue()},
            {QStringLiteral("latest"), recordJson(*latest, showMyNumber(r))},
            {QStringLiteral("version"), personVersion(db, partyNo)},
            {QStringLiteral("household"), householdJson(ctx, r, shown.householdNo, date, partyNo)},
            {QStringLiteral("history"), historyItems},
            {QStringLiteral("flags"), flags}};
}

QJsonObject householdInquiry(core::ServerContext &ctx, const http::Request &r)
{
    const qint64 householdNo = r.idParam(QStringLiteral("householdNo"));
    const QDate date = asOfDate(ctx, r);
    if (householdVersion(ctx.database.connection(), householdNo) == 0) {
        throw core::Failure(api::err::ResidentNotFound,
                             QStringLiteral("世帯番号 %1 の世帯はありません。").arg(householdNo));
    }
    QJsonObject h = householdJson(ctx, r, householdNo, date, 0);
    QJsonArray parties;
    for (const QJsonValue &m : h.value(QStringLiteral("members")).toArray())
        parties.append(m.toObject().value(QStringLiteral("partyNo")));
    logView(ctx, r, event::HouseholdView, QStringLiteral("household:%1").arg(householdNo),
            {{QStringLiteral("date"), core::isoDate(date)}, {QStringLiteral("partyNos"), parties}});
    h.insert(QStringLiteral("date"), core::isoDate(date));
    return h;
}

} // namespace kikan::resident
