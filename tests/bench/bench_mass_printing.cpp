// bench_mass_printing (issue 14): the 納税通知書 of N 納税義務者 (10,000 by default, one vehicle
// and one page each) rendered through the mass-run path (server/mass_printing/massprintrun.h:
// order, spool PDFs of 1,000 pages fsynced, one print log entry per document, index and
// manifest) in an in-process server, timed in pages per second. Goal: at least 20 × the
// continuous printer (RICOH Pro F2110Y, 3,400 lines/min). Assumption: a notice page is 11 inch
// of fanfold at 6 lines per inch = 66 lines, so the printer does 3,400 / 66 = 51.5 pages/min =
// 0.86 pages/s and the goal is 17.2 pages/s.
//   bench_mass_printing [notices (10000)] [--postgres]
#include "benchkit.h"

#include "server/core/dates.h"
#include "server/mass_printing/massprintrun.h"
#include "server/mass_printing/runstore.h"
#include "tests/server/mass_printing/noticeregister.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>

using namespace kikan;
namespace b = kikan::bench;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the notices
    const b::Args args(argc, argv);
    const int notices = args.numbers().value(0, 10000);
    const bool postgres = args.flag(QStringLiteral("--postgres"));
    test::TestServer server(postgres ? test::TestServer::Store::Postgres : test::TestServer::Store::Sqlite);
    test::writeNoticeRegister(server, notices);
    core::ServerContext &ctx = server.app().context();
    mass_printing::RunRow run;
    run.kind = QStringLiteral("light_vehicle_tax.notice");
    run.fiscalYear = 2025;
    run.order = QStringLiteral("town_area");
    run.output = QStringLiteral("bpo");
    run.paper = QStringLiteral("continuous");
    run.pagesPerFile = 1000;
    run.createdLogin = QStringLiteral("bench");
    run.createdAt = core::timestampNow(ctx.clock);
    const qint64 runId = mass_printing::insertRun(ctx.database.connection(), run);
    QElapsedTimer t;
    t.start();
    const QJsonObject result = mass_printing::runMassPrint(ctx, runId, core::Actor::system(QStringLiteral("bench")),
                                                           [](qint64, qint64, const QJsonObject &) {});
    const double seconds = t.nsecsElapsed() / 1e9;
    const int pages = result.value(QStringLiteral("pages")).toInt();
    const double pagesPerSecond = seconds > 0 ? pages / seconds : 0;
    const double printerPagesPerSecond = 3400.0 / 66 / 60;
    const char *store = postgres ? "PostgreSQL" : "SQLite";
    std::printf("一括印刷 %d 納税通知書 (%s, 連帳, spool 1,000 pages): %d pages in %d files, %.1f s = %.1f pages/s "
                "= %.0f × the F2110Y (%.2f pages/s at 66 lines/page); load %s\n",
                notices, store, pages, result.value(QStringLiteral("files")).toInt(), seconds, pagesPerSecond,
                pagesPerSecond / printerPagesPerSecond, printerPagesPerSecond, qPrintable(b::loadAverage()));
    // "≥ 20 × the printer" as a "≤" goal: seconds per 1,000 pages ≤ 1000 / (20 × 0.859).
    b::record(QStringLiteral("mass_printing"),
              {{QStringLiteral("notices"), notices}, {QStringLiteral("store"), QString::fromLatin1(store)},
               {QStringLiteral("pages"), pages}, {QStringLiteral("seconds"), seconds},
               {QStringLiteral("pagesPerSecond"), pagesPerSecond},
               {QStringLiteral("printerPagesPerSecond"), printerPagesPerSecond}},
              {b::Goal{QStringLiteral("一括印刷 納税通知書, seconds per 1,000 pages (≥ 20 × F2110Y = %1 pages/s)")
                           .arg(20 * printerPagesPerSecond, 0, 'f', 1),
                       pagesPerSecond > 0 ? 1000.0 / pagesPerSecond : 1e9, 1000.0 / (20 * printerPagesPerSecond),
                       QStringLiteral("s"),
                       notices == 10000 ? QString() : QStringLiteral("measured with %1 notices").arg(notices)}});
    return 0;
}
