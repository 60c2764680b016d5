// 証明書の発行 over real HTTPS on SQLite and PostgreSQL (server/resident/certificateroutes.h;
// docs/resident.md "証明書の発行"): a 世帯連記式 of a household written by a 転入 comes back as a
// PDF whose text holds the 和暦 証明日 and the 発行番号 and whose Code 128 decodes to it, with a
// certificate_issues row (SHA-256 of the PDF) and a 印刷ログ entry; 個人番号 only with the right
// and a reason (法第12条第5項); 支援措置 persons never to a 第三者 (logged); a preview (見本)
// records nothing; a demo-town database prints the one town. 処理日 = 2025-06-02 (ManualClock).
#include "residenttestkit.h"
#include "server/store/database.h"

#include "server/resident/demotown/generator.h"
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"
#include "tests/shared/forms/formtestkit.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QRegularExpression>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
const QString kPath = QStringLiteral("/api/v1/resident/certificates");
} // namespace

class CertificateIssueTest : public QObject
{
    Q_OBJECT
public:
    explicit CertificateIssueTest(test::TestServer::Store store) : m_store(store) {}

private:
    test::TestServer::Store m_store;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::ResidentApi> m_api;
    QString m_clerk, m_numbers, m_guard, m_viewer;
    qint64 m_household = 0;
    QList<qint64> m_parties;

    test::HttpReply post(const QJsonObject &body, const QString &token)
    {
        return m_server->client().post(kPath, body, token);
    }
    static QJsonObject self() { return {{"relation", "self"}}; }
    QJsonObject householdCopy(const QJsonObject &options = {}) const
    {
        return {{"kind", "household"}, {"householdNo", m_household}, {"options", options},
                {"requester", self()}};
    }
    int scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = store::exec(m_server->app().context().database.connection(), sql, values);
        q.next();
        return q.value(0).toInt();
    }
    int printLogCount(const QString &subject, int success)
    {
        return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'print' AND "
                                     "event = 'certificate.issue' AND subject = ? AND "
                                     "success = ?"), {subject, success});
    }
    int issueRows() { return scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues")); }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>(m_store);
        test::setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        m_api = std::make_unique<test::ResidentApi>(*m_server);
        const QString pass = QStringLiteral("Clerk-Pass-2026");
        test::addStaff(*m_server, QStringLiteral("clerk"), pass, {s("窓口職員")});
        m_clerk = test::signIn(*m_server, QStringLiteral("clerk"), pass);
        m_numbers = test::staffWithRights(*m_server, QStringLiteral("numbers"),
                                          {"resident:view", "resident:issue",
                                           "resident:my_number"});
        m_guard = test::staffWithRights(*m_server, QStringLiteral("guard"),
                                        {"resident:view", "resident:issue",
                                         "resident:administer", "resident:protected"});
        m_viewer = test::staffWithRights(*m_server, QStringLiteral("viewer"), {"resident:view"});
        QVERIFY(!m_clerk.isEmpty() && !m_numbers.isEmpty() && !m_guard.isEmpty());
        QJsonObject head = test::person(s("葛西"), s("太郎"), s("カサイ"), s("タロウ"),
                                        s("昭和50年6月3日"), "1", "02");
        head.insert("myNumber", "123456789018");
        const test::HttpReply r = m_api->change(
            "move-in",
            {{"effectiveDate", "2025-05-20"}, {"notifiedDate", "2025-05-20"},
             {"address", test::address("0001", s("１丁目２番地"))},
             {"previousAddress", s("東京都千代田区霞が関二丁目1番2号")},
             {"persons", QJsonArray{head, test::person(s("葛西"), s("花子"), s("カサイ"),
                                                       s("ハナコ"), "1978-02-14", "2", "12")}}},
            m_clerk);
        QCOMPARE(r.status, 201);
        for (const QJsonValue &p : r.json()[u"partyNos"_s].toArray())
            m_parties << p.toInteger();
        m_household = r.json()[u"households"_s][0][u"householdNo"_s].toInteger();
    }
    void cleanupTestCase() { m_server.reset(); }

    void householdCopyIsAPdfWithSerialBarcodeRowAndPrintLog()
    {
        const int before = printLogCount(QStringLiteral("party:%1").arg(m_parties[0]), 1);
        const test::HttpReply r = post(householdCopy({{"relationship", true}}), m_clerk);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/pdf"));
        const QString serial = QString::fromLatin1(r.headers.value("x-kikan-certificate-serial"));
        QVERIFY(!serial.isEmpty());
        QCOMPARE(r.headers.value("x-kikan-page-count"), QByteArray("1"));
        const QString pdf = test::writeTempPdf(r.body, QStringLiteral("household.pdf"));
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(s("令和7年6月2日")), qPrintable(text));
        QVERIFY(text.contains(serial));
        // The one town (resources/town/town.json + the registry's 町字 table).
        QVERIFY2(text.contains(s("鳥取県東伯郡琴浦町大字八橋")), qPrintable(text));
        QVERIFY(text.contains(s("琴浦町長")));
        QVERIFY(text.contains(s("花子")));
        // The serial's Code 128 and the verification code's QR (tests/server/verification).
        QStringList codes = test::decodeBarcodes(test::rasterise(pdf, 1, 200));
        codes.sort();
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes[0], QStringLiteral("CODE-128:") + serial);
        QVERIFY2(codes[1].startsWith(u"QR-Code:KV1."_s + serial + u".household_copy.20250602."_s),
                 qPrintable(codes[1]));
        QCOMPARE(printLogCount(QStringLiteral("party:%1").arg(m_parties[0]), 1), before + 1);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex());
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues WHERE serial = ? "
                                       "AND pdf_sha256 = ? AND kind = 'household_copy' AND "
                                       "page_count = 1"), {serial, sha}), 1);
        const test::HttpReply record = m_server->client().get(kPath + u'/' + serial, m_clerk);
        QCOMPARE(record.status, 200);
        QCOMPARE(record.json()[u"sha256"_s].toString(), sha);
        QCOMPARE(record.json()[u"partyNos"_s].toArray().size(), 2);
        QCOMPARE(record.json()[u"issuedBy"_s][u"loginId"_s].toString(), u"clerk"_s);
        QCOMPARE(m_server->client().get(kPath + u"/99999999"_s, m_clerk).code(),
                 QString::fromLatin1(api::err::CertificateNotFound));
        // The next certificate takes the next number.
        const test::HttpReply second = post(householdCopy(), m_clerk);
        QCOMPARE(second.status, 200);
        QVERIFY(second.headers.value("x-kikan-certificate-serial").toLongLong()
                == serial.toLongLong() + 1);
    }

    void myNumberNeedsTheRightAndAReason()
    {
        const int rows = issueRows();
        const QJsonObject withReason{{"myNumber", true}, {"myNumberReason", s("年金の手続")}};
        test::HttpReply r = post(householdCopy(withReason), m_clerk);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::ResidentMyNumberForbidden));
        r = post(householdCopy({{"myNumber", true}}), m_numbers);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::CertificateMyNumberReason));
        QCOMPARE(issueRows(), rows);
        r = post(householdCopy(withReason), m_numbers);
        QCOMPARE(r.status, 200);
        // Printed in groups of four (1234 5678 9018).
        QString text = test::pdfText(test::writeTempPdf(r.body, "mn.pdf"));
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(text.contains("123456789018"), qPrintable(text));
        // The record and the log say that it was printed, never the number.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM certificate_issues WHERE options "
                                       "LIKE '%123456789018%'")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail "
                                       "LIKE '%123456789018%'")), 0);
    }

    void thirdPartyRequestForAProtectedPersonIsRefusedAndLogged()
    {
        const qint64 wife = m_parties[1];
        const QString subject = QStringLiteral("party:%1").arg(wife);
        QCOMPARE(m_server->client().post("/api/v1/resident/protection",
                                         {{"partyNo", wife}, {"startsOn", "2025-06-01"},
                                          {"reason", "dv"}}, m_guard).status, 201);
        const int rows = issueRows();
        const int refusals = test::residentLogCount(*m_server, "resident.protected_access",
                                                    subject, 0);
        QJsonObject third{{"kind", "individual"}, {"partyNo", wife},
                          {"requester", QJsonObject{{"relation", "third_party"},
                                                    {"name", s("債権者株式会社")},
                                                    {"reason", s("債権回収")}}}};
        test::HttpReply r = post(third, m_guard); // even with resident:protected
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::ResidentProtected));
        QCOMPARE(test::residentLogCount(*m_server, "resident.protected_access", subject, 0),
                 refusals + 1);
        // A 世帯連記式 prints her too: refused for the clerk without resident:protected.
        r = post(householdCopy(), m_clerk);
        QCOMPARE(r.status, 403);
        QCOMPARE(issueRows(), rows);
        QCOMPARE(printLogCount(subject, 0), 1);
        // 本人 at the counter, served by staff with the special right.
        third[u"requester"_s] = self();
        QCOMPARE(post(third, m_guard).status, 200);
        QCOMPARE(test::residentLogCount(*m_server, "resident.protected_access", subject, 1), 1);
        // A third party must say why.
        third[u"requester"_s] = QJsonObject{{"relation", "third_party"}};
        third[u"partyNo"_s] = m_parties[0];
        QCOMPARE(post(third, m_clerk).code(), QString::fromLatin1(api::err::Validation));
    }

    void previewRecordsNothing()
    {
        const int rows = issueRows();
        const int serialNext = scalar(QStringLiteral("SELECT next_value FROM number_sequences "
                                                     "WHERE name = 'certificate_serial'"));
        const int prints = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                 "kind = 'print'"));
        QJsonObject body{{"kind", "individual"}, {"partyNo", m_parties[0]},
                         {"requester", self()}, {"preview", true}};
        const test::HttpReply r = post(body, m_clerk);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/pdf"));
        QVERIFY(!r.headers.contains("x-kikan-certificate-serial"));
        const QString pdf = test::writeTempPdf(r.body, "preview.pdf");
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains("SAMPLE"));
        QVERIFY(text.contains(s("見本"))); // the mark a preview carries
        // No verification code: a preview is not a certificate (only the serial's Code 128).
        QCOMPARE(test::decodeBarcodes(test::rasterise(pdf, 1, 200)),
                 QStringList{QStringLiteral("CODE-128:SAMPLE")});
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM signed_documents WHERE serial = "
                                       "'SAMPLE'")), 0);
        QCOMPARE(issueRows(), rows);
        QCOMPARE(scalar(QStringLiteral("SELECT next_value FROM number_sequences WHERE name = "
                                       "'certificate_serial'")), serialNext);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE kind = 'print'")),
                 prints);
        QCOMPARE(test::residentLogCount(*m_server, "certificate.preview",
                                        QStringLiteral("party:%1").arg(m_parties[0]), 1), 1);
    }

    void lackingTheIssueRightIsForbidden()
    {
        const test::HttpReply r = post(householdCopy(), m_viewer);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::Forbidden));
        QCOMPARE(post({{"kind", "poster"}, {"partyNo", m_parties[0]}, {"requester", self()}},
                      m_clerk).status, 422);
    }

    // A database the demo-town generator marked prints the same town as any other: there is no
    // second town source for demo data.
    void demoTownDatabasePrintsTheOneTown()
    {
        store::Database &db = m_server->app().context().database;
        resident::demotown::markDemoDatabase(db);
        const test::HttpReply r = post({{"kind", "individual"}, {"partyNo", m_parties[0]},
                                        {"requester", self()}}, m_clerk);
        store::exec(db.connection(), QStringLiteral("DELETE FROM server_settings WHERE name = ?"),
                    {QLatin1String(resident::demotown::kDemoSetting)});
        QCOMPARE(r.status, 200);
        const QString text = test::pdfText(test::writeTempPdf(r.body, "demo.pdf"));
        QVERIFY2(text.contains(s("鳥取県東伯郡琴浦町大字八橋")), qPrintable(text));
        QVERIFY(text.contains(s("琴浦町長")));
        QVERIFY(!text.contains(s("希望町")));
    }
};

int main(int argc, char *argv[])
{
    // The renderer needs fonts: a QGuiApplication, offscreen as on the server (server/main.cpp).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int failures = 0;
    {
        CertificateIssueTest sqlite(test::TestServer::Store::Sqlite);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    {
        CertificateIssueTest postgres(test::TestServer::Store::Postgres);
        failures += QTest::qExec(&postgres, argc, argv);
    }
    return failures;
}

#include "certificateissue_test.moc"
