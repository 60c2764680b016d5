// The 督促 batch (dunning.h).
#include "dunning.h"

#include "counter.h"
#include "events.h"
#include "ledger.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/revenue/errors.h"
#include "shared/forms/formrenderer.h"
#include "shared/revenue/resource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace kikan::revenue {

namespace {

QSet<qint64> dunnedAlready(QSqlDatabase db)
{
    QSet<qint64> out;
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT assessment_id FROM revenue_dunning_notices"));
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

int lastSerialOfYear(QSqlDatabase db, int year)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT MAX(serial) FROM revenue_dunning_notices WHERE serial LIKE ?"),
                              {QStringLiteral("T%1%").arg(year)});
    return q.next() ? q.value(0).toString().mid(5).toInt() : 0;
}

forms::PageData pageOf(const core::ServerContext &context, const assessment::Assessment &a,
                       const DunningNotice &n, const QDate &issuedOn)
{
    forms::PageData page;
    page.values = noticeValues(context, a, issuedOn);
    page.values.insert({{QStringLiteral("serial"), n.serial},
                        {QStringLiteral("issuedOn"), warekiText(issuedOn)},
                        {QStringLiteral("payBy"), warekiText(n.payBy)},
                        {QStringLiteral("dueDate"), warekiText(a.input.dueDate)},
                        {QStringLiteral("outstanding"), n.outstanding.toYenSignString()},
                        {QStringLiteral("fee"), n.fee.toYenSignString()}});
    return page;
}

void insertNotice(QSqlDatabase db, const DunningNotice &n, const QDate &issuedOn, const QString &now,
                  const core::Actor &actor)
{
    store::exec(db, QStringLiteral("INSERT INTO revenue_dunning_notices (assessment_id, party_no, serial, "
                                   "issued_on, pay_by, outstanding, fee, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {n.assessmentId, n.partyNo, n.serial, core::isoDate(issuedOn), core::isoDate(n.payBy),
                 n.outstanding.yen(), n.fee.yen(), now, actor.userId});
}

} // namespace

const DunningRules &dunningRules()
{
    static const DunningRules rules = [] {
        const QJsonObject o = QJsonDocument::fromJson(revenueResource(QStringLiteral("dunning.json"))).object();
        return DunningRules{o.value(QStringLiteral("daysAfterDue")).toInt(20),
                            core::Money::ofYen(o.value(QStringLiteral("fee")).toInteger()),
                            o.value(QStringLiteral("payWithinDays")).toInt(10)};
    }();
    return rules;
}

DunningBatch runDunning(core::ServerContext &context, const RevenueLedger &ledger, const QDate &issuedOn,
                        bool dryRun, const core::Actor &actor)
{
    const DunningRules &rules = dunningRules();
    DunningBatch batch{issuedOn, dryRun, {}, {}};
    store::Transaction tx(context.database);
    const QSet<qint64> done = dunnedAlready(tx.db());
    int serial = lastSerialOfYear(tx.db(), issuedOn.year());
    const QString now = core::timestampNow(context.clock);
    QList<forms::PageData> pages;
    // Unpaid with 納期限 + daysAfterDue on or before the 発付日 (arrears: 納期限 before asOf).
    for (const assessment::Assessment &a : ledger.arrears({0, {}, {}, issuedOn.addDays(1 - rules.daysAfterDue)})) {
        if (done.contains(a.id))
            continue;
        DunningNotice n{a.id, a.input.partyNo,
                        QStringLiteral("T%1%2").arg(issuedOn.year()).arg(++serial, 6, 10, QLatin1Char('0')),
                        a.input.noticeNo, a.input.dueDate, a.outstanding(), rules.fee,
                        issuedOn.addDays(rules.payWithinDays)};
        insertNotice(tx.db(), n, issuedOn, now, actor);
        pages.append(pageOf(context, a, n, issuedOn));
        batch.notices.append(n);
    }
    if (pages.isEmpty())
        return batch;
    batch.pdf = renderRevenueForm(QStringLiteral("dunning-notice"), pages, QStringLiteral("督促状"));
    if (dryRun)
        return batch; // rolled back
    QJsonArray serials;
    for (const DunningNotice &n : batch.notices)
        serials.append(n.serial);
    const QJsonObject detail{{QStringLiteral("issuedOn"), core::isoDate(issuedOn)},
                             {QStringLiteral("count"), int(batch.notices.size())},
                             {QStringLiteral("serials"), serials}};
    const QString subject = QStringLiteral("revenue_dunning:%1").arg(core::isoDate(issuedOn));
    context.audit.append(audit::AuditEntry::about(actor, audit::LogKind::Operation, QString::fromLatin1(event::Dunning),
                                                  subject, detail), tx);
    context.audit.append(audit::AuditEntry::about(actor, audit::LogKind::Print, QString::fromLatin1(event::DunningPrint),
                                                  subject, detail), tx);
    tx.commit();
    return batch;
}

} // namespace kikan::revenue
