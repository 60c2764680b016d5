// The demo town's 収納 (demodata.h).
#include "demodata.h"

#include "ledger.h"
#include "reconciler.h"
#include "server/core/actor.h"
#include "server/core/dates.h"
#include "server/resident/demotown/generator.h"
#include "server/store/database.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace kikan::revenue {

namespace {

bool hasReceipts(QSqlDatabase db)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT COUNT(*) FROM revenue_receipts"));
    return q.next() && q.value(0).toLongLong() > 0;
}

struct DemoPayment {
    QString channel;
    QDate paidOn;
    core::Money amount;
    QString noticeNo;
};

// How one 調定 is paid in the demo (none, one or two payments).
QList<DemoPayment> paymentsOf(const assessment::Assessment &a, QRandomGenerator &rng)
{
    const QDate due = a.input.dueDate;
    const core::Money full = a.input.amount;
    const QString no = a.input.noticeNo;
    const int pick = int(rng.bounded(100));
    const auto early = [&](int days) { return due.addDays(-int(rng.bounded(days))); };
    if (pick < 45)
        return {{QString::fromLatin1(channel::Convenience), early(25), full, no}};
    if (pick < 70)
        return {{QString::fromLatin1(channel::DirectDebit), due, full, no}};
    if (pick < 80)
        return {{QString::fromLatin1(channel::Counter), early(30), full, no}};
    if (pick < 88) // late: 延滞金 from the day after the 納期限
        return {{QString::fromLatin1(channel::Convenience), due.addDays(15 + int(rng.bounded(120))), full, no}};
    if (pick < 90) // 一部納付
        return {{QString::fromLatin1(channel::Counter), early(10), core::Money::ofYen(full.yen() / 2), no}};
    if (pick < 91) // 重複納付: the 納付書 paid at a store and again at the counter
        return {{QString::fromLatin1(channel::Convenience), early(20), full, no},
                {QString::fromLatin1(channel::Counter), due.addDays(3), full, no}};
    return {}; // unpaid: arrears
}

// A demo file's bytes: its lines as text (the import's identity is their hash).
QByteArray fileBytes(const QString &name, const QList<ReceiptLine> &lines)
{
    QByteArray out = name.toUtf8() + '\n';
    for (const ReceiptLine &l : lines)
        out += QStringLiteral("%1,%2,%3\n").arg(l.noticeNo, core::isoDate(l.paidOn)).arg(l.amount.yen()).toUtf8();
    return out;
}

} // namespace

QString writeDemoReceipts(core::ServerContext &context, const module::DemoOptions &options)
{
    if (!resident::demotown::isDemoDatabase(context.database) || hasReceipts(context.database.connection()))
        return {};
    auto &ledger = context.services.get<RevenueLedger>();
    auto &reconciler = context.services.get<Reconciler>();
    const QDate today = core::processingDate(context.clock);
    const int year = today.month() >= 4 ? today.year() : today.year() - 1;
    QRandomGenerator rng(quint32(options.seed) * 104729u + 17u);
    const core::Actor actor = core::Actor::system(QStringLiteral("demotown"));
    QMap<QPair<QString, QDate>, QList<ReceiptLine>> files; // (channel, day) → its lines
    int assessments = 0, unpaid = 0, counter = 0;
    for (const assessment::Assessment &a : ledger.ofYear(QStringLiteral("light_vehicle_tax"), year)) {
        ++assessments;
        const QList<DemoPayment> payments = paymentsOf(a, rng);
        if (payments.isEmpty())
            ++unpaid;
        for (const DemoPayment &p : payments) {
            if (p.paidOn > today)
                continue;
            ReceiptLine line;
            line.paidOn = p.paidOn;
            line.amount = p.amount;
            line.noticeNo = p.noticeNo;
            if (p.channel == QLatin1String(channel::Counter)) {
                store::Transaction tx(context.database);
                reconciler.apply(tx.db(), line, p.channel, QStringLiteral("窓口"), 0, actor);
                tx.commit();
                ++counter;
                continue;
            }
            QList<ReceiptLine> &lines = files[{p.channel, p.paidOn}];
            line.lineNo = int(lines.size()) + 1;
            line.reference = QStringLiteral("demo-%1-%2").arg(p.paidOn.toString(QStringLiteral("yyyyMMdd"))).arg(line.lineNo);
            lines.append(line);
        }
    }
    int imported = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString name = QStringLiteral("demo-%1-%2.txt").arg(it.key().first, it.key().second.toString(QStringLiteral("yyyyMMdd")));
        reconciler.importFile(it.key().first, name, fileBytes(name, it.value()), {it.value(), {}}, false, actor);
        imported += int(it.value().size());
    }
    if (assessments == 0)
        return {};
    return QStringLiteral("収納 %1 件（取込 %2 件、窓口 %3 件）、%4年度 軽自動車税の未納 %5 件")
        .arg(imported + counter).arg(imported).arg(counter).arg(year).arg(unpaid);
}

} // namespace kikan::revenue
