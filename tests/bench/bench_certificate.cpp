// bench_certificate (issue 7): 住民票の写し (世帯連記式) PDF generation for households of a
// generated demo town, one at a time, measured twice: the renderer in-process
// (renderCertificatePdf), and through the real API over HTTPS — an in-process kikan-server on a
// temporary SQLite file, a staff member with resident:issue signed in, POST
// /api/v1/resident/certificates (issue, not preview: 発行番号, certificate_issues row and 印刷ログ
// included) on one keep-alive connection. p50/p99 wall time per PDF. Goal: p99 ≤ 150 ms.
//   bench_certificate [residents (2000)] [--count 200]
#include "benchkit.h"
#include "benchserver.h"

#include "server/resident/certificate/certificaterenderer.h"
#include "server/resident/codetables.h"
#include "server/resident/demotown/generator.h"
#include "server/resident/residentstore.h"
#include "server/store/database.h"
#include "server/store/migrations.h"
#include "tests/server/resident/residenttestkit.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace kikan;
namespace b = kikan::bench;

namespace {

void generateTown(store::Database &db, int residents)
{
    resident::demotown::markDemoDatabase(db);
    resident::demotown::GenerateOptions options;
    options.residents = residents;
    options.seed = 1;
    resident::demotown::generate(db, options);
}

// The first `count` households with living members, in 世帯番号 order.
QList<qint64> households(store::Database &db, int count)
{
    QSqlQuery q = store::exec(db.connection(), QStringLiteral(
        "SELECT DISTINCT household_no FROM resident_records WHERE valid_to IS NULL AND "
        "superseded_at IS NULL AND status = 'resident' ORDER BY household_no LIMIT %1")
        .arg(count));
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

struct Measured {
    b::Latencies lat;
    double seconds = 0;
    int pages = 0, errors = 0;
    qint64 bytes = 0;
    qsizetype certificates = 0;

    QJsonObject figures()
    {
        QJsonObject figs = lat.summary(seconds);
        figs.insert(QStringLiteral("certificates"), int(certificates));
        figs.insert(QStringLiteral("pages"), pages);
        figs.insert(QStringLiteral("errors"), errors);
        figs.insert(QStringLiteral("averagePdfKb"),
                    certificates == 0 ? 0.0 : double(bytes) / 1024 / double(certificates));
        return figs;
    }
    void print(const char *how, int residents)
    {
        std::printf("住民票の写し 世帯連記式, %s, %lld households of a %d-resident town: p50 %.1f ms, "
                    "p99 %.1f ms, max %.1f ms, %d pages, %.0f KB per PDF, %d errors\n", how,
                    qint64(certificates), residents, lat.percentile(50), lat.percentile(99),
                    lat.percentile(100), pages,
                    certificates == 0 ? 0.0 : double(bytes) / 1024 / double(certificates),
                    errors);
        std::fflush(stdout);
    }
};

Measured renderInProcess(int residents, int count)
{
    QTemporaryDir dir;
    store::StoreConfig config;
    config.sqlitePath = dir.path() + QStringLiteral("/kikan.sqlite");
    store::Database db(config);
    store::Migrator(db).migrate();
    generateTown(db, residents);

    resident::CertificateRequest request;
    request.kind = resident::CertificateKind::HouseholdCopy;
    request.issueDate = QDate(2026, 11, 25);
    request.town = resident::TownData::load();
    for (const resident::TownArea &a : resident::CodeTables::instance().townAreas())
        request.town.townAreas.insert(a.code, a.name);
    request.options.relationship = true;
    const QList<qint64> list = households(db, count);
    Measured m;
    m.certificates = list.size();
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < list.size(); ++i) {
        const QList<resident::ResidentRecord> members =
            resident::householdLatest(db.connection(), list.at(i));
        for (const resident::ResidentRecord &r : members) {
            if (!request.town.townAreas.contains(r.townAreaCode)) // demo 町字 not in the table
                request.town.townAreas.insert(r.townAreaCode, QStringLiteral("八橋"));
        }
        request.serialNumber = QStringLiteral("B08-%1").arg(i, 6, 10, QChar(u'0'));
        QElapsedTimer t;
        t.start();
        const auto pdf = resident::renderCertificatePdf(request, members);
        m.lat.ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!pdf.ok()) {
            if (m.errors++ == 0)
                std::fprintf(stderr, "render failed: %s\n", qPrintable(pdf.error().message));
            continue;
        }
        m.pages += pdf->issued.pageCount;
        m.bytes += pdf->pdf.size();
    }
    m.seconds = double(total.nsecsElapsed()) / 1e9;
    return m;
}

// Through POST /api/v1/resident/certificates; `recorded` gets the certificate_issues rows and
// 印刷ログ entries written (both should equal the certificates issued).
Measured issueOverHttps(int residents, int count, QJsonObject &recorded)
{
    test::TestServer server;
    store::Database &db = server.app().context().database;
    generateTown(db, residents);
    const QString token = test::staffWithRights(server, QStringLiteral("bench-issuer"),
                                                {"resident:view", "resident:issue"});
    const QList<qint64> list = households(db, count);
    const QString path = QStringLiteral("/api/v1/resident/certificates");
    const auto body = [](qint64 household, bool preview) {
        return QJsonObject{{"kind", "household"}, {"householdNo", household},
                           {"options", QJsonObject{{"relationship", true}}},
                           {"requester", QJsonObject{{"relation", "self"}}},
                           {"preview", preview}};
    };
    b::KeepAliveHttps https(server.port(), server.caFile());
    Measured m;
    m.certificates = list.size();
    if (list.isEmpty())
        return m;
    // Not timed: a preview (records nothing) opens the connection and loads fonts and forms.
    const test::HttpReply warm = https.post(path, body(list.first(), true), token);
    if (warm.status != 200)
        std::fprintf(stderr, "preview refused: %d %s\n", warm.status, warm.body.constData());
    QElapsedTimer total;
    total.start();
    for (qint64 household : list) {
        QElapsedTimer t;
        t.start();
        const test::HttpReply r = https.post(path, body(household, false), token);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (r.status != 200 || r.contentType != "application/pdf") {
            if (m.errors++ < 3)
                std::fprintf(stderr, "household %lld: %d %s\n", household, r.status,
                             r.body.left(300).constData());
            continue;
        }
        m.lat.ms.push_back(ms);
        m.pages += r.headers.value("x-kikan-page-count").toInt();
        m.bytes += r.body.size();
    }
    m.seconds = double(total.nsecsElapsed()) / 1e9;
    const auto scalar = [&](const char *sql) {
        QSqlQuery q = store::exec(db.connection(), QLatin1String(sql));
        return q.next() ? q.value(0).toInt() : -1;
    };
    recorded = {{"certificateIssues", scalar("SELECT COUNT(*) FROM certificate_issues")},
                {"printLog", scalar("SELECT COUNT(*) FROM audit_log WHERE kind = 'print' AND "
                                    "event = 'certificate.issue' AND success = 1")}};
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for QPdfWriter
    const b::Args args(argc, argv);
    const int residents = args.numbers().value(0, 2000);
    const int count = args.intOption(QStringLiteral("--count"), 200);

    Measured local = renderInProcess(residents, count);
    local.print("renderer in-process", residents);
    QJsonObject recorded;
    Measured remote = issueOverHttps(residents, count, recorded);
    remote.print("POST /api/v1/resident/certificates over HTTPS (issue)", residents);
    std::printf("recorded: %d certificate_issues rows, %d 印刷ログ entries\n",
                recorded.value("certificateIssues").toInt(), recorded.value("printLog").toInt());

    QJsonObject figs = local.figures();
    QJsonObject https = remote.figures();
    for (auto it = recorded.begin(); it != recorded.end(); ++it)
        https.insert(it.key(), it.value());
    figs.insert(QStringLiteral("overHttps"), https);
    b::record(QStringLiteral("certificate"), figs,
              {b::Goal{QStringLiteral("住民票の写し PDF p99 (renderer in-process)"),
                       local.lat.percentile(99), 150, QStringLiteral("ms"), QString()},
               b::Goal{QStringLiteral("住民票の写し PDF p99 (issued over HTTPS)"),
                       remote.lat.percentile(99), 150, QStringLiteral("ms"),
                       remote.errors > 0 ? QStringLiteral("%1 requests failed").arg(remote.errors)
                                         : QString()}});
    return 0;
}
