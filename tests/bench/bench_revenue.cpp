// bench_revenue (issue 13; docs/revenue.md): 消込 of 100,000 OCR rows and of a 100,000-record 全銀
// 口座振替 result file against 100,000 調定, through the revenue module of a real server on a SQLite
// file (and a throwaway PostgreSQL 15 with --postgres). Goal: ≤ 30 s each. The OCR figure is the
// reconciliation of recognised lines (barcode already read); reading 100,000 slip images is not in
// it. Each run: the file parsed (全銀) and applied in one transaction.
//   bench_revenue [rows] [--postgres]
#include "benchkit.h"

#include "server/revenue/directdebit.h"
#include "server/revenue/ledger.h"
#include "server/revenue/reconciler.h"
#include "server/store/database.h"
#include "tests/support/testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace kikan;
namespace b = kikan::bench;
using core::Money;

namespace {

core::Actor clerk()
{
    core::Actor a;
    a.userId = 1;
    a.loginId = QStringLiteral("bench");
    return a;
}

QString noticeNo(int i, int batch) { return QStringLiteral("%1%2").arg(batch).arg(i, 9, 10, QLatin1Char('0')); }

// `rows` 調定 due on `due`, 通知書番号 batch+i.
void createAssessments(core::ServerContext &ctx, int rows, int batch, const QDate &due)
{
    auto &ledger = ctx.services.get<revenue::RevenueLedger>();
    store::Transaction tx(ctx.database);
    for (int i = 0; i < rows; ++i) {
        assessment::AssessmentInput in{QStringLiteral("light_vehicle_tax"), 2026, 1, 100000 + i,
                                       QStringLiteral("vehicle:%1").arg(i), noticeNo(i, batch), due,
                                       Money::ofYen(1000 + i % 9000),
                                       QStringLiteral("bench:%1:%2").arg(batch).arg(i)};
        ledger.create(in, clerk());
    }
    tx.commit();
}

double ocrRun(core::ServerContext &ctx, int rows)
{
    createAssessments(ctx, rows, 1, QDate(2026, 5, 31));
    revenue::ParsedFile parsed;
    for (int i = 0; i < rows; ++i) {
        revenue::ReceiptLine l;
        l.lineNo = i + 1;
        l.paidOn = QDate(2026, 5, 20);
        l.amount = Money::ofYen(1000 + i % 9000 - (i % 10 == 0 ? 100 : 0)); // every tenth short
        l.noticeNo = noticeNo(i, 1);
        l.reference = QStringLiteral("%1.png").arg(i);
        parsed.lines.append(l);
    }
    QElapsedTimer t;
    t.start();
    const auto r = ctx.services.get<revenue::Reconciler>().importFile(
        QStringLiteral("ocr"), QStringLiteral("bench-ocr.csv"), QByteArray::number(rows) + "ocr",
        parsed, false, clerk());
    const double s = t.elapsed() / 1000.0;
    std::printf("  OCR rows %d: %.1f s (matched %d, partial %d)\n", rows, s,
                r.count(revenue::MatchOutcome::Matched), r.count(revenue::MatchOutcome::Partial));
    return s;
}

double debitRun(core::ServerContext &ctx, int rows)
{
    const QDate due(2026, 5, 27);
    createAssessments(ctx, rows, 2, due);
    revenue::DebitFile file{{QStringLiteral("1234567890"), QStringLiteral("コトウラチョウ"), due,
                             QStringLiteral("0157"), QStringLiteral("ギンコウ"), QStringLiteral("001"),
                             QStringLiteral("ホンテン"), 1, QStringLiteral("7654321")}, {}};
    for (int i = 0; i < rows; ++i)
        file.records.append({QStringLiteral("0157"), QStringLiteral("ギンコウ"), QStringLiteral("101"),
                             QStringLiteral("シテン"), 1, QStringLiteral("%1").arg(i, 7, 10, QLatin1Char('0')),
                             QStringLiteral("ヤマダ タロウ"), Money::ofYen(1000 + i % 9000), 0,
                             noticeNo(i, 2), i % 20 == 0 ? 1 : 0}); // one in twenty 資金不足
    const QByteArray bytes = *revenue::writeDebitFile(file, true, true);
    QElapsedTimer t;
    t.start();
    const auto r = revenue::importDebitResult(ctx, ctx.services.get<revenue::Reconciler>(),
                                              ctx.services.get<revenue::RevenueLedger>(),
                                              QStringLiteral("bench-furikae.txt"), bytes, false, clerk());
    const double s = t.elapsed() / 1000.0;
    std::printf("  全銀 records %d: %.1f s (paid %lld, 振替不能 %lld, errors %lld)\n", rows, s,
                qint64(r.import.receipts.size()), qint64(r.failures.size()),
                qint64(r.import.errors.size()));
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const b::Args args(argc, argv);
    const int rows = args.numbers().value(0, 100000);
    QJsonObject figs;
    QList<b::Goal> goals;
    const bool postgres = args.flag(QStringLiteral("--postgres"));
    for (const auto store : postgres ? QList{test::TestServer::Store::Sqlite, test::TestServer::Store::Postgres}
                                     : QList{test::TestServer::Store::Sqlite}) {
        const QString name = store == test::TestServer::Store::Sqlite ? QStringLiteral("sqlite")
                                                                       : QStringLiteral("postgresql");
        std::printf("消込 on %s (load %s)\n", qPrintable(name), qPrintable(b::loadAverage()));
        test::TestServer server(store);
        core::ServerContext &ctx = server.app().context();
        const double ocr = ocrRun(ctx, rows);
        const double debit = debitRun(ctx, rows);
        figs.insert(name, QJsonObject{{QStringLiteral("rows"), rows},
                                      {QStringLiteral("ocrSeconds"), ocr},
                                      {QStringLiteral("debitSeconds"), debit}});
        goals << b::Goal{QStringLiteral("消込 of %1 OCR rows on %2").arg(rows).arg(name), ocr, 30,
                         QStringLiteral("s"), {}}
              << b::Goal{QStringLiteral("消込 of a %1-record 全銀 result file on %2").arg(rows).arg(name),
                         debit, 30, QStringLiteral("s"), {}};
    }
    b::record(QStringLiteral("revenue"), figs, goals);
    return 0;
}
