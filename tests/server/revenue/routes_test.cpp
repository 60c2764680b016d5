// 収納管理 over HTTPS on SQLite and PostgreSQL (server/revenue/routes.h): a convenience-store file
// tried (dry run) and imported, a broken one refused with its lines named, a person's 納付状況,
// the queue, a match undone; the rights of the revenue area.
#include "dskfile.h"
#include "revenuetestkit.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/support/bothstores.h"

#include <QJsonArray>

using namespace kikan;
using namespace kikan::revenue;

class RoutesTest : public test::RevenueTestCase
{
    Q_OBJECT
public:
    using RevenueTestCase::RevenueTestCase;

private:
    std::unique_ptr<test::TestServer> m_http;
    QString m_treasurer, m_viewer;

    test::HttpReply post(const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_http->client().post(QStringLiteral("/api/v1/revenue") + path, body, token);
    }
    test::HttpReply get(const QString &path, const QString &token)
    {
        return m_http->client().get(QStringLiteral("/api/v1/revenue") + path, token);
    }
    QJsonObject upload(const QByteArray &file, bool dryRun, const QString &name = QStringLiteral("cvs.csv"))
    {
        return {{"fileName", name}, {"agent", "dsk"}, {"dryRun", dryRun},
                {"content", QString::fromLatin1(file.toBase64())}};
    }
    RevenueLedger &ledger() { return m_http->app().context().services.get<RevenueLedger>(); }

private slots:
    void initTestCase()
    {
        m_http = std::make_unique<test::TestServer>(m_store);
        m_treasurer = test::staffWithRights(*m_http, "suitou01", {"revenue:view", "revenue:update"});
        m_viewer = test::staffWithRights(*m_http, "suitou02", {"revenue:view"});
        const QDate due(2026, 6, 1);
        ledger().create(test::assessmentInput("a", 1001, 10800, due, "101"), test::revenueClerk());
        ledger().create(test::assessmentInput("b", 1001, 7200, due.addMonths(1), "102"), test::revenueClerk());
    }
    void cleanupTestCase() { m_http.reset(); }

    void aFileIsTriedThenImportedAndThePersonsStatusShowsIt()
    {
        const QByteArray file = test::dskFile({test::dskRow("01", test::slipBarcodeFor("101", 10800), 10800),
                                               test::dskRow("01", test::slipBarcodeFor("999", 500), 500, "0900")});
        const auto dry = post("/imports/convenience", upload(file, true), m_treasurer);
        QCOMPARE(dry.status, 200);
        QVERIFY(dry.json()["dryRun"].toBool());
        QCOMPARE(dry.json()["receipts"].toArray().size(), 2);
        QCOMPARE(get("/parties/1001/status", m_viewer).json()["assessments"][0]["received"].toInteger(), 0);
        // Only staff with revenue:update import.
        QCOMPARE(post("/imports/convenience", upload(file, false), m_viewer).status, 403);
        const auto done = post("/imports/convenience", upload(file, false), m_treasurer);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json()["receipts"][0]["outcome"].toString(), QStringLiteral("matched"));
        QCOMPARE(done.json()["receipts"][1]["outcome"].toString(), QStringLiteral("unmatched"));
        QVERIFY(post("/imports/convenience", upload(file, false), m_treasurer).json()["alreadyImported"].toBool());
        const auto status = get("/parties/1001/status", m_viewer);
        QCOMPARE(status.status, 200);
        const QJsonArray items = status.json()["assessments"].toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0]["revenueItemName"].toString(), QStringLiteral("軽自動車税（種別割）"));
        QCOMPARE(items[0]["outstanding"].toInteger(), 0);
        QCOMPARE(items[0]["receipts"][0]["channel"].toString(), QStringLiteral("convenience"));
        QCOMPARE(items[1]["outstanding"].toInteger(), 7200);
        // The queue holds the payment without a 調定; undoing the match puts A's back in it.
        QCOMPARE(get("/queue", m_viewer).json()["items"].toArray().size(), 1);
        const qint64 receiptId = items[0]["receipts"][0]["id"].toInteger();
        const auto undone = post(QStringLiteral("/receipts/%1/reverse").arg(receiptId),
                                 {{"reason", "別人の納付書"}}, m_treasurer);
        QCOMPARE(undone.status, 200);
        QCOMPARE(undone.json()["outcome"].toString(), QStringLiteral("unmatched"));
        QCOMPARE(get("/queue", m_viewer).json()["items"].toArray().size(), 2);
        QCOMPARE(post(QStringLiteral("/receipts/%1/reverse").arg(receiptId), {{"reason", "x"}}, m_treasurer).code(),
                 QStringLiteral("revenue.receipt_state"));
    }

    void aBrokenFileIsRefusedWithItsLines()
    {
        QString bad = test::slipBarcodeFor("102", 7200);
        bad[43] = QChar(u'0' + (bad.at(43).digitValue() + 1) % 10);
        const auto r = post("/imports/convenience",
                            upload(test::dskFile({test::dskRow("01", bad, 7200)}), false, "bad.csv"), m_treasurer);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QStringLiteral("revenue.import_invalid"));
        QCOMPARE(r.json()["lines"][0]["line"].toInt(), 2);
        QCOMPARE(r.json()["lines"][0]["message"].toString(), QStringLiteral("2行目: バーコードのチェックデジットが合いません。"));
        QCOMPARE(post("/imports/convenience", {{"fileName", "x.csv"}, {"content", "%%%"}}, m_treasurer).code(),
                 QStringLiteral("request.validation"));
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<RoutesTest>(argc, argv);
}

#include "routes_test.moc"
