// The treasury's routes over HTTPS on SQLite and PostgreSQL (server/revenue/treasuryroutes.cpp):
// a 口座振替 request file made from the accounts registered in 口座管理 (checked byte by byte:
// 120-byte records, 全銀 kana from the zengin-code master, 新規コード, trailer totals), its result
// file imported (dry run, twice → once, a broken record named), an OCR batch imported from the
// reader's inbox folder (listed for choosing) as a job (a broken recognition file fails it naming
// the line, nothing applied; twice → once) with the mismatched slip's image served,
// matched by hand by 通知書番号, its history, a match undone and a receipt cancelled, cash at the counter with its 領収証書; rights.
#include "dskfile.h"
#include "revenuetestkit.h"
#include "server/revenue/directdebit.h"
#include "slipimage.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/shared/forms/formtestkit.h"
#include "tests/support/bothstores.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QThread>

using namespace kikan;
using namespace kikan::revenue;

namespace {
const QDate kDue(2026, 5, 27);
}

class TreasuryTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    std::unique_ptr<test::TestServer> m_http;
    QString m_treasurer, m_viewer;

    test::HttpReply post(const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_http->client().post(path.startsWith(u'/') && !path.startsWith(QLatin1String("/api"))
                                         ? QStringLiteral("/api/v1/revenue") + path : path, body, token);
    }
    test::HttpReply get(const QString &path, const QString &token)
    {
        return m_http->client().get(QStringLiteral("/api/v1/revenue") + path, token);
    }
    RevenueLedger &ledger() { return m_http->app().context().services.get<RevenueLedger>(); }
    int logRows(const QString &event)
    {
        return test::countRows(m_http->app().context().database, QStringLiteral("audit_log"),
                               QStringLiteral("event = ?"), {event});
    }
    QJsonObject upload(const QByteArray &bytes, bool dryRun, const QString &name)
    {
        return {{"fileName", name}, {"dryRun", dryRun}, {"content", QString::fromLatin1(bytes.toBase64())}};
    }
    // An OCR batch imported as the job it is (202 with its id), waited for: the ended job
    // (GET /api/v1/jobs/{id}: state, done, total, result, error).
    QJsonObject importOcr(const QJsonObject &body)
    {
        const auto r = post("/imports/ocr", body, m_treasurer);
        if (r.status != 202) {
            qWarning() << r.body;
            return {};
        }
        const QString job = QStringLiteral("/api/v1/jobs/%1").arg(r.json()["jobId"].toInteger());
        for (int i = 0; i < 3000; ++i) {
            const QJsonObject j = m_http->client().get(job, m_treasurer).json();
            if (j["state"].toString() != u"queued" && j["state"].toString() != u"running")
                return j;
            QThread::msleep(20);
        }
        return {};
    }
    QByteArray requestFile(bool dryRun)
    {
        const auto r = post("/direct-debit/requests", {{"debitDate", "2026-05-27"}, {"dryRun", dryRun}}, m_treasurer);
        if (r.status != 200)
            qWarning() << r.body;
        return QByteArray::fromBase64(r.json()["content"].toString().toLatin1());
    }
    void account(qint64 partyNo, const QString &holder)
    {
        const auto r = post("/api/v1/bank-account/accounts",
                            {{"partyNo", partyNo}, {"bankCode", "0166"}, {"branchCode", "113"}, {"accountType", 1},
                             {"accountNo", QString::number(partyNo)}, {"holderKana", holder}, {"startsOn", "2026-04-01"}},
                            m_treasurer);
        QCOMPARE(r.status, 201);
    }

private slots:
    void initTestCase()
    {
        m_http = std::make_unique<test::TestServer>(m_store);
        m_treasurer = test::staffWithRights(*m_http, "suitou01", {"revenue:view", "revenue:update",
                                                                  "bank_account:view", "bank_account:update"});
        m_viewer = test::staffWithRights(*m_http, "suitou02", {"revenue:view"});
        ledger().create(test::assessmentInput("a", 3001, 10800, kDue, "2026000101"), test::revenueClerk());
        ledger().create(test::assessmentInput("b", 3002, 7200, kDue, "2026000102"), test::revenueClerk());
        ledger().create(test::assessmentInput("c", 3003, 3600, kDue, "2026000103"), test::revenueClerk());
        ledger().create(test::assessmentInput("d", 3004, 2400, kDue, "2026000104"), test::revenueClerk());
        account(3001, QStringLiteral("ヤマダ　タロウ"));
        account(3002, QStringLiteral("スズキ　ハナコ"));
    }
    void cleanupTestCase() { m_http.reset(); }

    void theRequestFileTakesTheAccountsOfBankAccount()
    {
        QCOMPARE(post("/direct-debit/requests", {{"debitDate", "2026-05-27"}}, m_viewer).status, 403);
        const int logged = logRows(QStringLiteral("revenue.debit_request")); // the refusal is logged too
        const QByteArray dry = requestFile(true);
        const QList<QByteArray> records = dry.split('\n');
        QCOMPARE(dry.size(), 5 * 122);                     // header, 2 data, trailer, end; CRLF
        for (int i = 0; i < 5; ++i)
            QCOMPARE(records.at(i).size(), 121);           // 120 bytes and the CR
        const QByteArray data = records.at(1);
        QCOMPARE(data.mid(0, 1), QByteArray("2"));
        QCOMPARE(data.mid(1, 4), QByteArray("0166"));
        QCOMPARE(data.mid(5, 15), test::shiftJis(QStringLiteral("ﾄﾂﾄﾘ").leftJustified(15))); // zengin-code
        QCOMPARE(data.mid(20, 3), QByteArray("113"));
        QCOMPARE(data.mid(43, 7), QByteArray("0003001"));
        QCOMPARE(data.mid(50, 30), test::shiftJis(QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ").leftJustified(30)));
        QCOMPARE(data.mid(80, 10), QByteArray("0000010800"));
        QCOMPARE(data.mid(90, 1), QByteArray("1"));         // 新規コード: first request
        QCOMPARE(records.at(3).mid(0, 19), QByteArray("8000002000000018000"));
        QCOMPARE(logRows(QStringLiteral("revenue.debit_request")), logged);
        QCOMPARE(requestFile(false), dry);                  // the same 納期 again: still 新規
        QCOMPARE(logRows(QStringLiteral("revenue.debit_request")), logged + 1);
    }

    void theResultFileIsImportedOnce()
    {
        ParsedDebitFile read = parseDebitFile(requestFile(true), debitResultCodes(), kDue);
        read.file.records[1].resultCode = 1;               // 3002: 資金不足
        const QByteArray result = *writeDebitFile(read.file, true, true);
        const auto dry = post("/imports/direct-debit", upload(result, true, "kekka.txt"), m_treasurer);
        QCOMPARE(dry.status, 200);
        QVERIFY(dry.json()["dryRun"].toBool());
        const auto done = post("/imports/direct-debit", upload(result, false, "kekka.txt"), m_treasurer);
        QCOMPARE(done.json()["counts"].toObject()["matched"].toInt(), 1);
        QCOMPARE(done.json()["failures"][0]["resultName"].toString(), QStringLiteral("資金不足"));
        QCOMPARE(done.json()["failures"][0]["amount"].toInteger(), 7200);
        QVERIFY(post("/imports/direct-debit", upload(result, false, "kekka.txt"), m_treasurer).json()["alreadyImported"].toBool());
        QByteArray broken = result;
        broken.remove(150, 1);                             // record 2 one byte short
        const auto bad = post("/imports/direct-debit", upload(broken, false, "kekka2.txt"), m_treasurer);
        QCOMPARE(bad.status, 422);
        QVERIFY2(bad.json()["lines"][0]["message"].toString().startsWith(QStringLiteral("レコード2")), bad.body.constData());
        QCOMPARE(ledger().findByNotice("2026000101")->outstanding().yen(), 0);
        QCOMPARE(ledger().findByNotice("2026000102")->outstanding().yen(), 7200);
    }

    void anOcrBatchFromTheInboxWithItsSlipImages()
    {
        const QString folder = m_http->app().context().config.dataDir + QStringLiteral("/ocr-inbox/20260601-1");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(test::slipImage(test::slipBarcodeFor("2026000103", 3600)).save(folder + "/0001.png"));
        QVERIFY(test::slipImage(test::slipBarcodeFor("2026000104", 2400)).save(folder + "/0002.png"));
        QFile recognition(folder + "/ocr.csv");
        QVERIFY(recognition.open(QIODevice::WriteOnly));
        // The second slip's amount deliberately misread.
        recognition.write("0001.png,2026000103,3600,20260601\r\n0002.png,2026000104,2900,20260601\r\n");
        recognition.close();
        const auto batches = get("/imports/ocr/batches", m_viewer);        // chosen from the inbox
        QCOMPARE(batches.json()["batches"][0]["name"].toString(), QStringLiteral("20260601-1"));
        QCOMPARE(batches.json()["batches"][0]["files"].toArray(), QJsonArray({"ocr.csv"}));
        const QJsonObject body{{"batch", "20260601-1"}, {"recognitionFile", "ocr.csv"}, {"dryRun", false}};
        QCOMPARE(post("/imports/ocr", {{"batch", "../etc"}, {"recognitionFile", "ocr.csv"}}, m_treasurer).code(),
                 QStringLiteral("request.validation"));
        QCOMPARE(post("/imports/ocr", body, m_viewer).status, 403);  // the refusal is logged too
        const int imported = logRows(QStringLiteral("revenue.import"));
        // A broken recognition file: the job fails naming the line, every bad line in its result.
        QFile broken(folder + "/broken.csv");
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("0001.png,2026000103,3600,20260601\r\n0009.png,2026000109,100,20260601\r\n");
        broken.close();
        const QJsonObject failed = importOcr({{"batch", "20260601-1"}, {"recognitionFile", "broken.csv"}});
        QCOMPARE(failed["state"].toString(), QStringLiteral("failed"));
        QCOMPARE(failed["error"].toString(), QStringLiteral("2行目: 画像 0009.png がありません。"));
        QCOMPARE(failed["result"]["code"].toString(), QStringLiteral("revenue.import_invalid"));
        QCOMPARE(failed["result"]["lines"][0]["line"].toInt(), 2);
        QCOMPARE(ledger().findByNotice("2026000103")->outstanding().yen(), 3600); // nothing applied
        QVERIFY(broken.remove());
        const QJsonObject job = importOcr(body);
        QCOMPARE(job["state"].toString(), QStringLiteral("done"));
        QCOMPARE(job["kind"].toString(), QStringLiteral("revenue.ocr_import"));
        QCOMPARE(job["done"].toInteger(), 2);                              // 2 / 2 slips read
        QCOMPARE(job["total"].toInteger(), 2);
        const QJsonObject r = job["result"].toObject();
        QCOMPARE(r["counts"].toObject()["matched"].toInt(), 1);
        QCOMPARE(r["counts"].toObject()["mismatch"].toInt(), 1);
        const QJsonObject mismatch = r["receipts"][1].toObject();
        QVERIFY(mismatch["problem"].toString().contains(QStringLiteral("2,900円")));
        QCOMPARE(logRows(QStringLiteral("revenue.import")), imported + 1); // as the submitter
        QVERIFY(importOcr(body)["result"].toObject()["alreadyImported"].toBool());
        QCOMPARE(logRows(QStringLiteral("revenue.import")), imported + 1);
        // The slip image behind the mismatch, then matched by hand to 3004's 調定.
        const qint64 id = mismatch["id"].toInteger();
        const auto image = get(QStringLiteral("/receipts/%1/image").arg(id), m_viewer);
        QCOMPARE(image.status, 200);
        QCOMPARE(image.contentType, QByteArray("image/png"));
        QVERIFY(QImage::fromData(image.body).width() == 1240);
        const qint64 target = ledger().findByNotice("2026000104")->id;
        QCOMPARE(post(QStringLiteral("/receipts/%1/match").arg(id), {{"assessmentId", target}, {"reason", "x"}},
                      m_viewer).status, 403);
        const auto matched = post(QStringLiteral("/receipts/%1/match").arg(id),
                                  {{"noticeNo", "2026000104"}, {"reason", "画像で金額2,400円を確認"}}, m_treasurer);
        QCOMPARE(matched.status, 200);
        QCOMPARE(ledger().find(target)->outstanding().yen(), 0);
        // Undone again (a wrong match), its history kept.
        QCOMPARE(post(QStringLiteral("/receipts/%1/reverse").arg(id), {{"reason", "別の納付書"}}, m_treasurer).status, 200);
        const auto history = get(QStringLiteral("/receipts/%1/history").arg(id), m_viewer);
        QCOMPARE(history.json()["history"].toArray().size(), 2);
        QCOMPARE(history.json()["history"][0]["event"].toString(), QStringLiteral("revenue.match"));
        QCOMPARE(history.json()["history"][1]["event"].toString(), QStringLiteral("revenue.reverse"));
        QCOMPARE(ledger().find(target)->outstanding().yen(), 2400);
        const auto cancelled = post(QStringLiteral("/receipts/%1/cancel").arg(id), {{"reason", "二重読取り"}}, m_treasurer);
        QCOMPARE(cancelled.json()["outcome"].toString(), QStringLiteral("reversed"));
    }

    void cashAtTheCounterWithItsReceipt()
    {
        const auto r = post("/counter", {{"noticeNo", "2026000104"}, {"amount", 2400}}, m_treasurer);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()["receipt"].toObject()["outcome"].toString(), QStringLiteral("matched"));
        QVERIFY(QByteArray::fromBase64(r.json()["pdf"].toString().toLatin1()).startsWith("%PDF"));
        QCOMPARE(post("/counter", {{"noticeNo", "9999"}, {"amount", 100}}, m_treasurer).code(),
                 QStringLiteral("revenue.assessment_not_found"));
    }

    void theDailyTotalsReconcileWithTheFiles()
    {
        const auto day = get("/reports/daily?from=2026-05-27", m_viewer);
        QCOMPARE(day.status, 200);
        QCOMPARE(day.json()["channels"].toArray().size(), 1);
        QCOMPARE(day.json()["channels"][0]["label"].toString(), QStringLiteral("口座振替"));
        QCOMPARE(day.json()["total"].toObject()["amount"].toInteger(), 10800);
        QCOMPARE(day.json()["imports"][0]["fileTotal"].toInteger(), 10800);  // the trailer's 振替済金額
        QVERIFY(day.json()["imports"][0]["agrees"].toBool());
        const auto month = get("/reports/daily?from=2026-06-01&to=2026-06-30&format=csv", m_viewer);
        QCOMPARE(month.status, 200);
        const QString csv = QString::fromUtf8(month.body);
        QVERIFY2(csv.contains(QStringLiteral("収納月計表,2026-06-01,2026-06-30")), month.body.constData());
        QVERIFY(csv.contains(QStringLiteral("OCR納付書,1,3600,3600,0,0"))); // the cancelled slip left out
        QVERIFY(csv.contains(QStringLiteral("20260601-1/ocr.csv,OCR納付書,2,6500,2,6500,一致")));
        // The 会計管理者's PDF of the month: the same figures, and a print-log entry.
        const auto pdf = get("/reports/daily?from=2026-06-01&to=2026-06-30&format=pdf", m_viewer);
        QCOMPARE(pdf.status, 200);
        QCOMPARE(pdf.contentType, QByteArray("application/pdf"));
        const QString text = test::pdfText(test::writeTempPdf(pdf.body, QStringLiteral("monthly")));
        for (const QString &expected : {QStringLiteral("収納月計表"), QStringLiteral("令和8年6月1日"),
                                        QStringLiteral("令和8年6月30日"), QStringLiteral("OCR納付書"),
                                        QStringLiteral("3,600"), QStringLiteral("20260601-1/ocr.csv"),
                                        QStringLiteral("6,500"), QStringLiteral("一致"), QStringLiteral("会計管理者")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in\n") + text));
        QCOMPARE(logRows(QStringLiteral("revenue.daily_report")), 1);
        QCOMPARE(get("/reports/daily?from=x", m_viewer).code(), QStringLiteral("request.validation"));
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<TreasuryTest, QGuiApplication>(argc, argv);
}

#include "treasury_test.moc"
