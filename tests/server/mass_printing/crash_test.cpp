// A mass printing run of 2,000 納税通知書 in a real `kikan-server serve` process, killed with
// SIGKILL in the middle, restarted, resumed (docs/printing.md "Mass printing"): every document is
// in the result exactly once — the CSV index names each 納税義務者 once, in order, and its pages add
// up to each spool file's page count as pdfinfo and qpdf read it —, one print log entry per
// document, and the BPO package's manifest verifies with `sha256sum -c`. SQLite and PostgreSQL.
#include "noticeregister.h"
#include "server/store/database.h"

#include "server/light_vehicle_tax/levystore.h"
#include "tests/server/operations/serverprocess.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/support/bothstores.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace kikan;

namespace {
constexpr int kDocuments = 2000;

QString signInAt(int port, const QString &ca)
{
    return test::HttpsClient(port, ca)
        .post(QStringLiteral("/api/v1/auth/sign-in"),
              {{QStringLiteral("loginId"), QStringLiteral("massprint")},
               {QStringLiteral("password"), QStringLiteral("Resident-Pass-2026")}})
        .json().value(QStringLiteral("token")).toString();
}

QString run(const QString &program, const QStringList &args, const QString &dir, int *code = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(120000);
    if (code)
        *code = p.exitCode();
    return QString::fromUtf8(p.readAll());
}

int pdfPages(const QString &dir, const QString &file)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const int byPdfinfo = pages.match(run(QStringLiteral("pdfinfo"), {file}, dir)).captured(1).toInt();
    const int byQpdf = run(QStringLiteral("qpdf"), {QStringLiteral("--show-npages"), file}, dir).trimmed().toInt();
    return byPdfinfo == byQpdf ? byPdfinfo : -1;
}
} // namespace

class MassPrintCrashTest : public QObject
{
    Q_OBJECT
private slots:
    void killedRunResumesWithEveryDocumentOnce_data() { test::addStoreRows(); }
    void killedRunResumesWithEveryDocumentOnce();
};

void MassPrintCrashTest::killedRunResumesWithEveryDocumentOnce()
{
    test::TestServer server(test::fetchStore(), {{QStringLiteral("jobs/stale_seconds"), 15}});
    test::staffWithRights(server, QStringLiteral("massprint"), {"light_vehicle_tax:print"});
    test::writeNoticeRegister(server, kDocuments);
    QSet<qint64> expected;
    for (const auto &levy : light_vehicle_tax::leviesOf(server.app().context().database.connection(), 2025))
        if (levy.amount > core::Money())
            expected.insert(levy.taxpayerPartyNo);
    QVERIFY2(expected.size() > kDocuments * 9 / 10, qPrintable(QString::number(expected.size())));
    qInfo("register written: %d notices", int(expected.size()));
    server.app().stop(); // from here on the kikan-server process alone runs jobs on this data

    qint64 runId = 0;
    {
        test::ServeProcess serve(server.configFile());
        QVERIFY2(serve.waitUntilListening(), qPrintable(serve.output()));
        test::HttpsClient client(serve.port(), server.caFile());
        const QString token = signInAt(serve.port(), server.caFile());
        const test::HttpReply started = client.post(
            QStringLiteral("/api/v1/mass-printing/runs"),
            {{QStringLiteral("kind"), QStringLiteral("light_vehicle_tax.notice")},
             {QStringLiteral("fiscalYear"), 2025}, {QStringLiteral("order"), QStringLiteral("town_area")},
             {QStringLiteral("output"), QStringLiteral("bpo")}, {QStringLiteral("pagesPerFile"), 100}},
            token);
        QVERIFY2(started.status == 202, started.body.constData());
        runId = started.json().value(QStringLiteral("id")).toInteger();
        int done = 0;
        QJsonObject run;
        QTRY_VERIFY_WITH_TIMEOUT(
            (run = client.get(QStringLiteral("/api/v1/mass-printing/runs/%1").arg(runId), token).json(),
             done = run.value(QStringLiteral("documentsDone")).toInt(),
             done >= 500 || run.value(QStringLiteral("state")).toString() == QStringLiteral("failed")), 600000);
        QVERIFY2(run.value(QStringLiteral("state")).toString() != QStringLiteral("failed"),
                 qPrintable(run.value(QStringLiteral("error")).toString()));
        serve.kill(); // SIGKILL: no chance to requeue or tidy up
        qInfo("killed after %d documents", done);
        QVERIFY2(done < int(expected.size()), "the run ended before it could be killed");
    }
    test::ServeProcess again(server.configFile());
    QVERIFY2(again.waitUntilListening(), qPrintable(again.output()));
    test::HttpsClient client(again.port(), server.caFile());
    const QString token = signInAt(again.port(), server.caFile());
    const QString status = QStringLiteral("/api/v1/mass-printing/runs/%1").arg(runId);
    QJsonObject finished;
    QTRY_VERIFY_WITH_TIMEOUT((finished = client.get(status, token).json(),
                              finished.value(QStringLiteral("finished")).toBool()
                                  || finished.value(QStringLiteral("state")).toString() == QStringLiteral("failed")),
                             900000);
    QVERIFY2(finished.value(QStringLiteral("finished")).toBool(), qPrintable(finished.value(QStringLiteral("error")).toString()));
    qInfo("resumed and finished");
    QCOMPARE(finished.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(finished.value(QStringLiteral("documentsDone")).toInt(), int(expected.size()));

    // The BPO package: the manifest verifies every file.
    QTemporaryDir unpacked;
    const test::HttpReply package = client.get(status + QStringLiteral("/package"), token);
    QCOMPARE(package.status, 200);
    QFile tar(unpacked.filePath(QStringLiteral("package.tar")));
    QVERIFY(tar.open(QIODevice::WriteOnly) && tar.write(package.body) == package.body.size());
    tar.close();
    int code = -1;
    QString out = run(QStringLiteral("tar"), {QStringLiteral("-xf"), QStringLiteral("package.tar")}, unpacked.path(), &code);
    QVERIFY2(code == 0, qPrintable(out));
    out = run(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("manifest.sha256")}, unpacked.path(), &code);
    QVERIFY2(code == 0, qPrintable(out));
    const QStringList spoolFiles = QDir(unpacked.path()).entryList({QStringLiteral("spool-*.pdf")}, QDir::Files, QDir::Name);
    QCOMPARE(out.count(QStringLiteral(": OK")), spoolFiles.size() + 1);

    // The index: each recipient once, in order, pages adding up to each file's pages.
    QFile index(unpacked.filePath(QStringLiteral("index.csv")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(index.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), QStringLiteral("seq,recipient,pages,postal_code,file,first_page"));
    QCOMPARE(lines.size(), int(expected.size()));
    QSet<qint64> seen;
    QHash<QString, int> pagesOfFile;
    qint64 previous = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(','));
        QCOMPARE(f.value(0).toInt(), i + 1);
        const qint64 party = f.value(1).toLongLong();
        QVERIFY2(!seen.contains(party), qPrintable(lines[i]));
        QVERIFY2(party > previous, qPrintable(lines[i])); // no 町字 on these parties: 宛名番号 order
        previous = party;
        seen.insert(party);
        QCOMPARE(f.value(5).toInt(), pagesOfFile.value(f.value(4)) + 1);
        pagesOfFile[f.value(4)] += f.value(2).toInt();
    }
    QCOMPARE(seen, expected);
    QCOMPARE(pagesOfFile.size(), spoolFiles.size());
    for (const QString &file : spoolFiles)
        QCOMPARE(pdfPages(unpacked.path(), file), pagesOfFile.value(file));

    // One print log entry per document.
    QSqlQuery q = store::exec(server.app().context().database.connection(),
                              QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT subject) FROM audit_log WHERE event = ?"),
                              {QStringLiteral("mass_printing.document_print")});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(expected.size()));
    QCOMPARE(q.value(1).toInt(), int(expected.size()));
    again.terminate();
}

int main(int argc, char *argv[])
{
    // Two serving processes rendering 2,000 notices on a loaded machine take longer than Qt
    // Test's five minutes per function.
    if (qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1500000");
    QCoreApplication app(argc, argv);
    MassPrintCrashTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "crash_test.moc"
