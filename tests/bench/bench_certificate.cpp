// bench_certificate (issue 7): 住民票の写し (世帯連記式) PDF generation, renderer in-process, for
// households of a generated demo town: p50/p99 per certificate. Not over HTTPS yet: POST
// /api/v1/resident/certificates landed during the first run (docs/performance.md). Goal: p99 ≤
// 150 ms.
//   bench_certificate [residents (2000)] [--count 200]
#include "benchkit.h"

#include "server/resident/certificate/certificaterenderer.h"
#include "server/resident/codetables.h"
#include "server/resident/demotown/generator.h"
#include "server/resident/residentstore.h"
#include "server/store/database.h"
#include "server/store/migrations.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace kikan;
namespace b = kikan::bench;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for QPdfWriter
    const b::Args args(argc, argv);
    const int residents = args.numbers().value(0, 2000);
    const int count = args.intOption(QStringLiteral("--count"), 200);

    QTemporaryDir dir;
    store::StoreConfig config;
    config.sqlitePath = dir.path() + QStringLiteral("/kikan.sqlite");
    store::Database db(config);
    store::Migrator(db).migrate();
    resident::demotown::markDemoDatabase(db);
    resident::demotown::GenerateOptions options;
    options.residents = residents;
    options.seed = 1;
    resident::demotown::generate(db, options);

    resident::CertificateRequest request;
    request.kind = resident::CertificateKind::HouseholdCopy;
    request.issueDate = QDate(2026, 11, 25);
    request.town = resident::TownData::load();
    for (const resident::TownArea &a : resident::CodeTables::instance().townAreas())
        request.town.townAreas.insert(a.code, a.name);
    request.options.relationship = true;
    QSqlQuery q = store::exec(db.connection(), QStringLiteral(
        "SELECT DISTINCT household_no FROM resident_records WHERE valid_to IS NULL AND "
        "superseded_at IS NULL AND status = 'resident' ORDER BY household_no LIMIT %1")
        .arg(count));
    QList<qint64> households;
    while (q.next())
        households << q.value(0).toLongLong();

    b::Latencies lat;
    int pages = 0, errors = 0;
    qint64 bytes = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < households.size(); ++i) {
        const QList<resident::ResidentRecord> members =
            resident::householdLatest(db.connection(), households.at(i));
        for (const resident::ResidentRecord &r : members) {
            if (!request.town.townAreas.contains(r.townAreaCode)) // demo 町字 not in the table
                request.town.townAreas.insert(r.townAreaCode, QStringLiteral("八橋"));
        }
        request.serialNumber = QStringLiteral("B08-%1").arg(i, 6, 10, QChar(u'0'));
        QElapsedTimer t;
        t.start();
        const auto pdf = resident::renderCertificatePdf(request, members);
        lat.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!pdf.ok()) {
            if (errors++ == 0)
                std::fprintf(stderr, "render failed: %s\n", qPrintable(pdf.error().message));
            continue;
        }
        pages += pdf->issued.pageCount;
        bytes += pdf->pdf.size();
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    QJsonObject figs = lat.summary(seconds);
    figs.insert(QStringLiteral("certificates"), int(households.size()));
    figs.insert(QStringLiteral("pages"), pages);
    figs.insert(QStringLiteral("errors"), errors);
    figs.insert(QStringLiteral("averagePdfKb"), households.isEmpty() ? 0.0
                    : double(bytes) / 1024 / double(households.size()));
    figs.insert(QStringLiteral("overHttps"),
                QStringLiteral("not measured yet (docs/performance.md)"));
    std::printf("住民票の写し 世帯連記式, %lld households of a %d-resident town: p50 %.1f ms, "
                "p99 %.1f ms, max %.1f ms, %d pages, %.0f KB per PDF, %d errors\n",
                qint64(households.size()), residents, lat.percentile(50), lat.percentile(99),
                lat.percentile(100), pages, figs.value("averagePdfKb").toDouble(), errors);
    b::record(QStringLiteral("certificate"),
              figs, {b::Goal{QStringLiteral("住民票の写し PDF p99 (renderer in-process)"),
                             lat.percentile(99), 150, QStringLiteral("ms"), QString()}});
    return 0;
}
