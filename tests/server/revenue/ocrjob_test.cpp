// The OCR import as a job (server/revenue/ocrimportjob.h) on SQLite and PostgreSQL, run through a
// JobControl of the test's own that records every report: a batch of five slips read in chunks of
// two reports 0, 2, 4, 5 of 5, a dry run keeps nothing, the import applies once with its
// `revenue.import` entry under the submitter's name and request, the same batch again applies
// nothing; a broken recognition file fails the job naming the line (every bad line kept for the
// result) with nothing applied; a cancel during the reading applies nothing.
#include "dskfile.h"
#include "revenuetestkit.h"
#include "server/revenue/ocrimportjob.h"
#include "slipimage.h"
#include "tests/support/bothstores.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>

using namespace kikan;
using namespace kikan::revenue;
using core::Money;

namespace {

// What the job queue's control would be, recording the reports; cancelled at report `cancelAt`.
class RecordingControl : public jobs::JobControl
{
public:
    explicit RecordingControl(QJsonObject params) : m_params(std::move(params))
    {
        m_actor = core::Actor::system(QStringLiteral("suitou01"));
        m_actor.userId = 7;
    }
    qint64 jobId() const override { return 1; }
    const QJsonObject &params() const override { return m_params; }
    const QJsonObject &checkpoint() const override { return m_checkpoint; }
    const core::Actor &actor() const override { return m_actor; }
    void progress(qint64 done, qint64 total, const QJsonObject &) override
    {
        reports.append({done, total});
        if (int(reports.size()) == cancelAt)
            throw jobs::JobCancelled();
    }

    QList<QPair<qint64, qint64>> reports;
    int cancelAt = -1;

private:
    QJsonObject m_params;
    QJsonObject m_checkpoint;
    core::Actor m_actor;
};

using Reports = QList<QPair<qint64, qint64>>;

} // namespace

class OcrJobTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    QString m_folder;
    QList<qint64> m_assessments;

    // The job's params as the route makes them, the submitter asking in request "req-ocr-1".
    QJsonObject params(bool dryRun, const QString &recognition = QStringLiteral("ocr.csv"))
    {
        core::Actor asking = test::revenueClerk();
        asking.authMethod = QStringLiteral("password");
        asking.requestId = QStringLiteral("req-ocr-1");
        asking.clientAddress = QStringLiteral("192.0.2.10");
        return ocrImportParams(checkedOcrImport(m_server->context(),
                                                {{"batch", "20260601-1"}, {"recognitionFile", recognition},
                                                 {"dryRun", dryRun}}),
                               asking);
    }
    void writeRecognition(const QString &name, const QByteArray &text)
    {
        QFile f(m_folder + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    int imports() { return m_server->rows(QStringLiteral("revenue_imports")); }
    int receipts() { return m_server->rows(QStringLiteral("revenue_receipts")); }

private slots:
    void initTestCase()
    {
        startServer();
        m_folder = m_server->context().config.dataDir + QStringLiteral("/ocr-inbox/20260601-1");
        QVERIFY(QDir().mkpath(m_folder));
        QByteArray recognition;
        for (int i = 1; i <= 5; ++i) {
            const QString notice = QStringLiteral("202600010%1").arg(i);
            const QString image = QStringLiteral("%1.png").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY(test::slipImage(test::slipBarcodeFor(notice, 1000 * i)).save(m_folder + u'/' + image));
            recognition += QStringLiteral("%1,%2,%3,20260520\r\n").arg(image, notice).arg(1000 * i).toLatin1();
        }
        writeRecognition(QStringLiteral("ocr.csv"), recognition);
        // Line 2 names an image the reader never wrote, line 4 has no date: the batch is broken.
        writeRecognition(QStringLiteral("broken.csv"), "0001.png,2026000101,1000,20260520\r\n"
                                                       "0009.png,2026000109,100,20260520\r\n"
                                                       "0003.png,2026000103,3000,20260520\r\n"
                                                       "0004.png,2026000104,4000,2026052\r\n");
    }
    void cleanupTestCase() { stopServer(); }
    void init()
    {
        m_server->clear();
        m_assessments.clear();
        for (int i = 1; i <= 5; ++i)
            m_assessments << m_server->ledger().create(
                test::assessmentInput(QStringLiteral("s%1").arg(i), 4000 + i, 1000 * i, QDate(2026, 6, 1),
                                      QStringLiteral("202600010%1").arg(i)),
                test::revenueClerk());
    }

    void theSlipsAreReadInChunksAndTheBatchAppliesOnce()
    {
        OcrImportJob job(2);
        RecordingControl dry(params(true));
        const QJsonObject tried = job.run(m_server->context(), dry);
        QCOMPARE(dry.reports, Reports({{0, 5}, {2, 5}, {4, 5}, {5, 5}}));
        QVERIFY(tried["dryRun"].toBool());
        QCOMPARE(tried["counts"]["matched"].toInt(), 5);
        QCOMPARE(imports(), 0);                        // a dry run keeps nothing

        const int logged = m_server->rows("audit_log", "event = 'revenue.import'");
        RecordingControl control(params(false));
        const QJsonObject done = job.run(m_server->context(), control);
        QCOMPARE(control.reports, dry.reports);
        QVERIFY(!done["alreadyImported"].toBool());
        QCOMPARE(done["total"].toInteger(), 15000);
        QCOMPARE(done["counts"]["matched"].toInt(), 5);
        QCOMPARE(done["receipts"].toArray().size(), 5);
        QCOMPARE(receipts(), 5);
        for (qint64 a : m_assessments)
            QCOMPARE(m_server->owed(a), Money());
        // The operation entry under the submitter's name and the request they asked in.
        QCOMPARE(m_server->rows("audit_log", "event = 'revenue.import' AND kind = 'operation' AND login_id = "
                                             "'suitou01' AND request_id = 'req-ocr-1' AND client_address = "
                                             "'192.0.2.10' AND auth_method = 'password' AND subject LIKE "
                                             "'revenue_import:%'"),
                 logged + 1);

        RecordingControl again(params(false));        // the same batch (a second job): nothing new
        const QJsonObject second = job.run(m_server->context(), again);
        QVERIFY(second["alreadyImported"].toBool());
        QCOMPARE(second["importId"].toInteger(), done["importId"].toInteger());
        QCOMPARE(imports(), 1);
        QCOMPARE(receipts(), 5);
        QCOMPARE(m_server->rows("audit_log", "event = 'revenue.import'"), logged + 1);
    }

    void aBrokenRecognitionFileFailsNamingTheLine()
    {
        OcrImportJob job(2);
        RecordingControl control(params(false, QStringLiteral("broken.csv")));
        try {
            job.run(m_server->context(), control);
            QFAIL("a broken batch must fail the job");
        } catch (const core::Failure &f) {
            QCOMPARE(f.code(), QStringLiteral("revenue.import_invalid"));
            QCOMPARE(f.detail(), QStringLiteral("2行目: 画像 0009.png がありません。"));
            const QJsonArray lines = f.extra()["lines"].toArray();
            QCOMPARE(lines.size(), 2);
            QCOMPARE(lines[0]["line"].toInt(), 2);
            QCOMPARE(lines[1]["message"].toString(), QStringLiteral("4行目: 収納日が日付ではありません。"));
        }
        QCOMPARE(control.reports.last(), qMakePair(qint64(4), qint64(4)));  // read to the end first
        QCOMPARE(imports(), 0);
        QCOMPARE(receipts(), 0);
        QCOMPARE(m_server->owed(m_assessments.first()), Money::ofYen(1000));
    }

    void aCancelWhileReadingAppliesNothing()
    {
        OcrImportJob job(2);
        RecordingControl control(params(false));
        control.cancelAt = 2;                          // staff cancel after the first chunk
        QVERIFY_THROWS_EXCEPTION(jobs::JobCancelled, job.run(m_server->context(), control));
        QCOMPARE(control.reports, Reports({{0, 5}, {2, 5}}));
        QCOMPARE(imports(), 0);
        QCOMPARE(receipts(), 0);
        for (qint64 a : m_assessments)
            QVERIFY(m_server->owed(a) > Money());
    }

    void aBatchGoneSinceTheRequestFailsTheJob()
    {
        OcrImportJob job;
        QJsonObject p = params(false);
        p["batch"] = QStringLiteral("20260601-9");
        RecordingControl control(p);
        QCOMPARE(test::failureCode([&] { job.run(m_server->context(), control); }),
                 QStringLiteral("request.validation"));
        QVERIFY(control.reports.isEmpty());
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<OcrJobTest, QGuiApplication>(argc, argv);
}

#include "ocrjob_test.moc"
