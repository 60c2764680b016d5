// The verify screen (client/verification/verificationdialog.h) against a real TestServer: the code
// read from an issued 住民票の写し is a genuine certificate (signature checked on the terminal,
// record on the server); an altered code is not; a typed 発行番号 alone asks the record only; with
// the server unreachable the terminal still checks the signature with the keys it kept. The
// dialog fits 1024×768; its screenshot goes to $KIKAN_SCREENSHOT_DIR (docs/screenshots) as
// verification-dialog.png.
#include "client/app/clientsettings.h"
#include "client/net/apiclient.h"
#include "client/verification/keycache.h"
#include "client/verification/verificationdialog.h"
#include "tests/client/resident/residentclientkit.h"
#include "tests/shared/forms/formtestkit.h"

#include <QLabel>
#include <QSettings>
#include <QTcpServer>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
} // namespace

class VerificationDialogTest : public QObject
{
    Q_OBJECT
    test::ResidentClientKit m_kit;
    QString m_code;

    bool checked(client::VerificationDialog &dialog, const QString &text)
    {
        QSignalSpy done(&dialog, &client::VerificationDialog::checked);
        dialog.check(text);
        return done.wait(20000);
    }
    QString signatureText(client::VerificationDialog &dialog)
    {
        // The form's fourth value: 署名（この端末で確認）.
        const auto labels = dialog.findChildren<QLabel *>();
        for (QLabel *l : labels) {
            if (l->text().contains(s("署名")) && l->objectName() != u"verdict"_s
                && !l->text().startsWith(s("署名（")))
                return l->text();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"kikan-test"_s);
        QCoreApplication::setApplicationName(u"verificationdialog-test"_s);
        QSettings().remove(u"verification"_s);
        QVERIFY(m_kit.start(u"clerk"_s, s("窓口　一郎")));
        const test::HttpReply moved = m_kit.resident->change(
            u"move-in"_s,
            {{"effectiveDate", "2025-05-20"}, {"notifiedDate", "2025-05-20"},
             {"address", test::address("0001", s("１丁目２番地"))},
             {"previousAddress", s("東京都千代田区霞が関二丁目1番2号")},
             {"persons", QJsonArray{test::person(s("検証"), s("花子"), s("ケンショウ"), s("ハナコ"),
                                                 "1985-03-03", "2", "02")}}},
            m_kit.token);
        QCOMPARE(moved.status, 201);
        const test::HttpReply r = m_kit.server->client().post(
            u"/api/v1/resident/certificates"_s,
            {{"kind", "household"},
             {"householdNo", moved.json()[u"households"_s][0][u"householdNo"_s].toInteger()},
             {"requester", QJsonObject{{"relation", "self"}}}},
            m_kit.token);
        QCOMPARE(r.status, 200);
        const QString pdf = test::writeTempPdf(r.body, u"to-verify.pdf"_s);
        for (const QString &code : test::decodeBarcodes(test::rasterise(pdf, 1, 300))) {
            if (code.startsWith(u"QR-Code:"_s))
                m_code = code.mid(8);
        }
        QVERIFY(m_code.startsWith(u"KV1."_s));
    }

    void aScannedCodeIsAGenuineCertificate()
    {
        client::VerificationDialog dialog(&m_kit.api);
        dialog.show();
        QVERIFY(test::fitsScreen(&dialog));
        QVERIFY(checked(dialog, m_code + u"\n"_s));
        QCOMPARE(dialog.verdictText(), s("本物の証明書です"));
        QCOMPARE(client::VerificationDialog::kindLabel(u"household_copy"_s),
                 s("住民票の写し（世帯連記式）"));
        QVERIFY2(signatureText(dialog).startsWith(s("町の署名です")), qPrintable(signatureText(dialog)));
        QVERIFY(!loadCachedKeysForTest().isEmpty());
        QDir().mkpath(test::screenshotDir());
        QVERIFY(dialog.grab().save(test::screenshotDir() + u"/verification-dialog.png"_s));
    }

    void anAlteredCodeIsNot()
    {
        client::VerificationDialog dialog(&m_kit.api);
        QString altered = m_code;
        const qsizetype i = altered.size() - 10;
        altered[i] = altered[i] == u'A' ? u'B' : u'A';
        QVERIFY(checked(dialog, altered));
        QCOMPARE(dialog.verdictText(), s("有効な証明書ではありません"));
        QVERIFY2(signatureText(dialog).contains(s("改ざん")), qPrintable(signatureText(dialog)));
    }

    void aTypedSerialAsksTheRecordOnly()
    {
        client::VerificationDialog dialog(&m_kit.api);
        QVERIFY(checked(dialog, m_code.section(u'.', 1, 1)));
        QCOMPARE(dialog.verdictText(), s("町が発行した証明書です（コードは確認していません）"));
        QVERIFY(checked(dialog, u"99999999"_s));
        QCOMPARE(dialog.verdictText(), s("有効な証明書ではありません"));
    }

    void withoutTheServerTheKeptKeysStillCheck()
    {
        QTcpServer closed; // a port nobody answers on once closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        client::ApiClient offline;
        QVERIFY(offline.setServer(QUrl(u"https://localhost:%1"_s.arg(port)),
                                  m_kit.server->caFile()).isEmpty());
        client::VerificationDialog dialog(&offline);
        QVERIFY(checked(dialog, m_code));
        QCOMPARE(dialog.verdictText(), s("町の署名です（町の記録は照会できませんでした）"));
    }

private:
    static QList<client::CachedKey> loadCachedKeysForTest() { return client::loadCachedKeys(); }
};

QTEST_MAIN(VerificationDialogTest)
#include "verificationdialog_test.moc"
