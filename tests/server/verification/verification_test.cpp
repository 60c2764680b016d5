// Certificates anyone can verify (server/verification, docs/verification.md), over real HTTPS on
// SQLite and PostgreSQL: the QR read back from an issued 住民票の写し (rasterised at 300 dpi) verifies
// offline with the public key the server publishes and online without sign-in, answering nothing
// personal; a changed byte, an unknown serial or a revoked key does not; a rotated key keeps its
// old certificates valid; the check is rate-limited per address and every check is logged.
#include "server/verification/keystore.h"
#include "server/store/database.h"
#include "shared/api/verification/errors.h"
#include "shared/forms/pagedigest.h"
#include "shared/forms/pageimage.h"
#include "shared/forms/pagejson.h"
#include "shared/verification/signingkey.h"
#include "shared/verification/verificationcode.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/shared/forms/formtestkit.h"
#include "tests/support/bothstores.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
const QString kDocuments = u"/api/v1/verification/documents/"_s;
} // namespace

class VerificationTest : public QObject
{
    Q_OBJECT
public:
    explicit VerificationTest(test::TestServer::Store store) : m_store(store) {}

private:
    test::TestServer::Store m_store;
    std::unique_ptr<test::TestServer> m_server;
    QString m_clerk;
    qint64 m_household = 0;
    qint64 m_party = 0;

    // Issues a 世帯連記式 and returns the code printed on it (read from the PDF's QR).
    QString issueAndReadCode()
    {
        const test::HttpReply r = m_server->client().post(
            u"/api/v1/resident/certificates"_s,
            {{"kind", "household"}, {"householdNo", m_household},
             {"requester", QJsonObject{{"relation", "self"}}}}, m_clerk);
        if (r.status != 200)
            return {};
        const QString pdf = test::writeTempPdf(r.body, u"verified.pdf"_s);
        for (const QString &code : test::decodeBarcodes(test::rasterise(pdf, 1, 300))) {
            if (code.startsWith(u"QR-Code:"_s))
                return code.mid(8);
        }
        return {};
    }
    test::HttpReply check(const QString &serial, const QString &code = {})
    {
        QString path = kDocuments + serial;
        if (!code.isEmpty())
            path += u"?code="_s + QString::fromLatin1(QUrl::toPercentEncoding(code));
        return m_server->client().get(path); // no token: the route is public
    }
    QByteArray publicKey(const QString &keyId)
    {
        const test::HttpReply r = m_server->client().get(u"/api/v1/verification/keys"_s);
        for (const QJsonValue &k : r.json()[u"keys"_s].toArray()) {
            if (k[u"keyId"_s].toString() == keyId)
                return k[u"publicKey"_s].toString().toLatin1();
        }
        return {};
    }
    int keyCommand(const QStringList &args)
    {
        QString out;
        QTextStream stream(&out);
        return m_server->app().modules().command(u"signing-key"_s)->run(
            m_server->app().context(), args, stream, stream);
    }
    // Checks in the access log, made by nobody signed in.
    int anonymousChecksLogged()
    {
        QSqlQuery q = store::exec(m_server->app().context().database.connection(),
                                  u"SELECT COUNT(*) FROM audit_log WHERE event = "
                                  "'verification.check' AND kind = 'access' AND user_id = 0"_s);
        return q.next() ? q.value(0).toInt() : -1;
    }
    void laterBy(int seconds) // past the rate limit's minute
    {
        m_server->clock().advance(seconds);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>(m_store);
        test::setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        m_clerk = test::staffWithRights(*m_server, u"clerk"_s,
                                        {"resident:view", "resident:update", "resident:issue"});
        test::ResidentApi api(*m_server);
        const test::HttpReply r = api.change(
            u"move-in"_s,
            {{"effectiveDate", "2025-05-20"}, {"notifiedDate", "2025-05-20"},
             {"address", test::address("0001", s("１丁目２番地"))},
             {"previousAddress", s("東京都千代田区霞が関二丁目1番2号")},
             {"persons", QJsonArray{test::person(s("真正"), s("一郎"), s("シンセイ"), s("イチロウ"),
                                                 "1980-01-01", "1", "02")}}},
            m_clerk);
        QCOMPARE(r.status, 201);
        m_household = r.json()[u"households"_s][0][u"householdNo"_s].toInteger();
        m_party = r.json()[u"partyNos"_s][0].toInteger();
    }
    void cleanupTestCase() { m_server.reset(); }

    void theKeyWasMadeAtStartAndStaysInTheDataFolder()
    {
        const QList<verification::PublicKey> keys = verification::KeyStore(
            m_server->app().context()).publicKeys();
        QCOMPARE(keys.size(), 1);
        const QFileInfo file(m_server->dataDir() + u"/keys/signing-"_s + keys[0].keyId + u".pem"_s);
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // The published key is only the public half.
        const QByteArray published = publicKey(keys[0].keyId);
        QVERIFY(published.contains("BEGIN PUBLIC KEY"));
        QVERIFY(!published.contains("PRIVATE"));
    }

    void genuineCertificateVerifiesOfflineAndOnline()
    {
        const QString text = issueAndReadCode();
        const auto code = verification::VerificationCode::fromText(text);
        QVERIFY2(code.ok(), qPrintable(text));
        QCOMPARE(code->facts.kind, u"household_copy"_s);
        QCOMPARE(code->facts.issueDate, QDate(2025, 6, 2));
        // Offline: the signature checks with the published public key alone.
        QVERIFY(verification::verifySignature(publicKey(code->facts.keyId), code->facts.message(),
                                              code->signature));
        // Online, by serial alone and with the printed code.
        for (const QString &withCode : {QString(), text}) {
            const test::HttpReply r = check(code->facts.serial, withCode);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json()[u"valid"_s].toBool(), true);
            QCOMPARE(r.json()[u"kind"_s].toString(), u"household_copy"_s);
            QCOMPARE(r.json()[u"issueDate"_s].toString(), u"2025-06-02"_s);
            QCOMPARE(r.json()[u"revoked"_s].toBool(), false);
            QCOMPARE(r.json().keys(), (QStringList{u"issueDate"_s, u"kind"_s, u"revoked"_s,
                                                   u"serial"_s, u"valid"_s}));
            QVERIFY(!r.body.contains("真正"));
        }
    }

    void aChangedByteDoesNotVerify()
    {
        const QString text = issueAndReadCode();
        const auto code = verification::VerificationCode::fromText(text);
        QVERIFY(code.ok());
        const QByteArray key = publicKey(code->facts.keyId);
        verification::SignedFacts changed = code->facts;
        changed.contentHash[5] = char(changed.contentHash[5] ^ 0x01);
        QVERIFY(!verification::verifySignature(key, changed.message(), code->signature));
        // Online: another hash is not what was issued; another signature is not the town's.
        verification::VerificationCode forged = *code;
        forged.facts = changed;
        test::HttpReply r = check(code->facts.serial, forged.toText());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"valid"_s].toBool(), false);
        QCOMPARE(r.json()[u"reason"_s].toString(), u"mismatch"_s);
        forged = *code;
        forged.signature[3] = char(forged.signature[3] ^ 0x10);
        r = check(code->facts.serial, forged.toText());
        QCOMPARE(r.json()[u"valid"_s].toBool(), false);
        QCOMPARE(r.json()[u"reason"_s].toString(), u"signature"_s);
        r = check(code->facts.serial, text.left(text.size() - 5));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::VerificationCodeMalformed));
    }

    void anUnknownSerialIsNotFound()
    {
        const test::HttpReply r = check(u"99999999"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::VerificationUnknownSerial));
    }

    void rotationKeepsOldCertificatesAndRevocationEndsThem()
    {
        laterBy(120);
        const auto before = verification::VerificationCode::fromText(issueAndReadCode());
        QVERIFY(before.ok());
        QCOMPARE(keyCommand({u"rotate"_s}), 0);
        const auto after = verification::VerificationCode::fromText(issueAndReadCode());
        QVERIFY(after.ok());
        QVERIFY(after->facts.keyId != before->facts.keyId);
        QCOMPARE(check(before->facts.serial, before->toText()).json()[u"valid"_s].toBool(), true);
        QCOMPARE(keyCommand({u"revoke"_s, before->facts.keyId, u"--reason"_s, s("鍵の漏えい")}), 0);
        test::HttpReply r = check(before->facts.serial, before->toText());
        QCOMPARE(r.json()[u"valid"_s].toBool(), false);
        QCOMPARE(r.json()[u"revoked"_s].toBool(), true);
        QCOMPARE(check(after->facts.serial, after->toText()).json()[u"valid"_s].toBool(), true);
        QCOMPARE(keyCommand({u"revoke"_s, u"0000000000000000"_s, u"--reason"_s, u"x"_s}), 1);
        QCOMPARE(keyCommand({u"revoke"_s}), 2);
    }

    // 再印刷: the same 発行番号 and content, a code that verifies, a reason in the print log; none
    // without a reason; none once a 訂正 has changed what the certificate would say.
    void aReprintIsTheSameCertificateWithItsReasonLogged()
    {
        laterBy(120);
        const auto code = verification::VerificationCode::fromText(issueAndReadCode());
        QVERIFY(code.ok());
        const QString path = u"/api/v1/resident/certificates/"_s + code->facts.serial
                             + u"/reprint"_s;
        test::HttpReply r = m_server->client().post(path, {}, m_clerk);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[u"fields"_s][0][u"field"_s].toString(), u"reason"_s);
        r = m_server->client().post(path, {{"reason", s("用紙詰まり")}}, m_clerk);
        QCOMPARE(r.status, 200);
        QCOMPARE(QString::fromLatin1(r.headers.value("x-kikan-certificate-serial")),
                 code->facts.serial);
        QString reprinted;
        const QString pdf = test::writeTempPdf(r.body, u"reprint.pdf"_s);
        for (const QString &c : test::decodeBarcodes(test::rasterise(pdf, 1, 300))) {
            if (c.startsWith(u"QR-Code:"_s))
                reprinted = c.mid(8);
        }
        const auto again = verification::VerificationCode::fromText(reprinted);
        QVERIFY2(again.ok(), qPrintable(reprinted));
        QCOMPARE(again->facts.message(), code->facts.message());
        QCOMPARE(check(code->facts.serial, reprinted).json()[u"valid"_s].toBool(), true);
        QSqlQuery q = store::exec(m_server->app().context().database.connection(),
                                  u"SELECT detail FROM audit_log WHERE event = 'certificate.reprint' "
                                  "AND kind = 'print' AND success = 1"_s);
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(s("用紙詰まり")));
        q.finish();
        // A 訂正 of the name as from the start: the certificate would say something else now.
        test::ResidentApi api(*m_server);
        const QJsonObject view = api.get(u"/persons/%1"_s.arg(m_party), m_clerk).json();
        const test::HttpReply corrected = api.change(
            u"correction"_s,
            {{"householdNo", m_household},
             {"householdVersion", view[u"household"_s][u"version"_s].toInt()},
             {"partyNo", m_party}, {"personVersion", view[u"version"_s].toInt()},
             {"historyNo", 1}, {"reasonNote", s("入力誤り")},
             {"fields", QJsonObject{{"givenName", s("市郎")}}}},
            m_clerk);
        QCOMPARE(corrected.status, 201);
        r = m_server->client().post(path, {{"reason", s("用紙詰まり")}}, m_clerk);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::VerificationContentChanged));
    }

    // The pages a client draws itself (format=pages, shared/forms/pagejson.h) carry the code the
    // server signed over exactly those pages: the same facts as the QR on the server's PDF, the
    // same content digest, and the engine draws a QR that reads back as that code.
    void thePagesForTheClientCarryTheSignedCodeAndDigest()
    {
        laterBy(120);
        const auto code = verification::VerificationCode::fromText(issueAndReadCode());
        QVERIFY(code.ok());
        const test::HttpReply r = m_server->client().post(
            u"/api/v1/resident/certificates/"_s + code->facts.serial + u"/reprint?format=pages"_s,
            {{"reason", s("印字不良")}}, m_clerk);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray(forms::PagesMediaType));
        QCOMPARE(QString::fromLatin1(r.headers.value("x-kikan-certificate-serial")),
                 code->facts.serial);
        const auto set = forms::pageSetFromJson(r.json());
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        QCOMPARE(set->layout, u"resident-household.json"_s);
        const QString printed = set->pages.first().values.value(u"verification"_s);
        const auto again = verification::VerificationCode::fromText(printed);
        QVERIFY2(again.ok(), qPrintable(printed));
        QCOMPARE(again->facts.message(), code->facts.message());
        QCOMPARE(forms::pagesDigest(set->pages, {u"verification"_s}), code->facts.contentHash);
        const auto layout = forms::layoutOf(
            *set, qEnvironmentVariable("KIKAN_SOURCE_DIR") + u"/resources/forms/"_s);
        QVERIFY2(layout.ok(), layout.ok() ? "" : qPrintable(layout.error().message));
        const auto page = forms::renderPageImage(forms::FormRenderer(*layout), set->pages.first(), 300);
        QVERIFY(page.ok());
        QVERIFY(test::decodeBarcodes(*page).contains(u"QR-Code:"_s + printed));
    }

    void checksAreRateLimitedPerAddressAndLogged()
    {
        laterBy(120);
        const int logged = anonymousChecksLogged();
        for (int i = 0; i < 30; ++i)
            QCOMPARE(check(u"99999999"_s).status, 404);
        const test::HttpReply refused = check(u"99999999"_s);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.code(), QString::fromLatin1(api::err::VerificationRateLimited));
        laterBy(61);
        QCOMPARE(check(u"99999999"_s).status, 404);
        QCOMPARE(anonymousChecksLogged(), logged + 32);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<VerificationTest, QGuiApplication>(argc, argv);
}

#include "verification_test.moc"
