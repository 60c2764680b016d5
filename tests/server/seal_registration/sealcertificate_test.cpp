// 印鑑登録証明書 over HTTPS on SQLite and PostgreSQL (server/seal_registration/sealcertificate.h):
// asked for by card number, a PDF through the forms engine whose impression, rasterised by
// pdftoppm at 600 dpi, measures what the registration measured; the text (name, 認証文, 町長,
// serial) and the serial's Code 128; refused for a card no longer in use, an ended registration
// and a 支援措置 subject asked for by an agent; every issue a row and a print-log entry.
#include "sealtestkit.h"
#include "server/store/database.h"

#include "server/seal_registration/sealrules.h"
#include "shared/api/seal_registration/errors.h"
#include "shared/forms/formlayout.h"
#include "tests/shared/forms/formtestkit.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QSqlQuery>
#include <QTest>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
QString code(const char *c) { return QString::fromLatin1(c); }
constexpr int kDpi = 600;
} // namespace

class SealCertificateTest : public test::SealServerTest
{
    Q_OBJECT
public:
    using SealServerTest::SealServerTest;

private:
    QString m_guard;

    // A registered seal of `mm`: its view.
    QJsonObject registered(const QString &family, const QString &given, double mm)
    {
        const qint64 party = m_api->moveIn(family, given, u"1975-06-03"_s);
        const test::HttpReply r = m_api->registerSeal(party, family + given, mm);
        if (r.status != 201)
            qWarning("register refused: %s", r.body.constData());
        return r.json();
    }
    test::HttpReply certificate(qint64 cardNo, const QString &requester = u"self"_s)
    {
        return m_api->post(u"/certificates"_s,
                           {{"cardNo", cardNo}, {"requester", requester},
                            {"requesterName", requester == "agent"_L1 ? s("代理　人") : QString()}});
    }
    int scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = store::exec(m_server->app().context().database.connection(), sql, values);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        startServer({"seal_registration:view", "seal_registration:update",
                     "seal_registration:issue", "seal_registration:print"});
        m_guard = test::staffWithRights(*m_server, u"guard"_s, {"resident:administer"});
    }
    void cleanupTestCase() { m_server.reset(); }

    void impressionPrintsAtItsMeasuredSize_data()
    {
        QTest::addColumn<double>("mm");
        QTest::newRow("15 mm") << 15.0;
        QTest::newRow("24 mm") << 24.0;
    }
    void impressionPrintsAtItsMeasuredSize()
    {
        QFETCH(double, mm);
        const QJsonObject seal = registered(s("証明"), mm > 20 ? s("大輔") : s("小太郎"), mm);
        const test::HttpReply r = certificate(seal[u"cardNo"_s].toInteger());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/pdf"));
        const QString serial = QString::fromLatin1(r.headers.value("x-kikan-certificate-serial"));
        QVERIFY(serial.startsWith(u"S2025-"_s));
        const QString pdf = test::writeTempPdf(r.body, u"seal-%1.pdf"_s.arg(mm));
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(s("印鑑登録証明書")), qPrintable(text));
        QVERIFY(text.contains(seal[u"impressionText"_s].toString().left(2)));
        QVERIFY(text.contains(s("登録されている印影と相違ないことを証明する")));
        QVERIFY(text.contains(s("令和7年6月2日")));
        QVERIFY(text.contains(s("昭和50年6月3日")));
        QVERIFY(text.contains(s("鳥取県琴浦町長")));
        QVERIFY(!text.contains(s("男女の別"))); // the town's data leaves it out

        const QImage page = test::rasterise(pdf, 1, kDpi);
        QVERIFY(!page.isNull());
        const auto layout = forms::FormLayout::load(
            seal_registration::rulesOn(QDate(2025, 6, 2)).certificateLayout);
        QVERIFY(layout.ok());
        const QRectF box = *layout->elementRect(u"impression"_s);
        const QRect ink = test::inkBounds(test::cropMm(page, box, kDpi));
        const double measuredW = seal[u"impression"_s][u"widthMm"_s].toDouble();
        const double measuredH = seal[u"impression"_s][u"heightMm"_s].toDouble();
        const double printedW = ink.width() * 25.4 / kDpi, printedH = ink.height() * 25.4 / kDpi;
        QVERIFY2(std::abs(printedW - measuredW) < 0.15 && std::abs(printedH - measuredH) < 0.15,
                 qPrintable(u"printed %1×%2 mm, measured %3×%4 mm"_s.arg(printedW).arg(printedH)
                                .arg(measuredW).arg(measuredH)));
        qInfo("printed %.3f x %.3f mm, measured at registration %.3f x %.3f mm", printedW,
              printedH, measuredW, measuredH);
        QVERIFY(test::decodeBarcodes(page).contains(u"CODE-128:"_s + serial));

        QCOMPARE(scalar(u"SELECT COUNT(*) FROM seal_certificate_issues WHERE serial = ?"_s, {serial}), 1);
        QCOMPARE(test::auditRows(*m_server, u"kind = 'print' AND event = ? AND subject = ?"_s,
                                 {u"seal.certificate_issue"_s,
                                  u"seal:%1"_s.arg(seal[u"registrationNo"_s].toInteger())}, 1),
                 1);
    }

    void onlyACardInUseProvesTheRequest()
    {
        const QJsonObject seal = registered(s("証明"), s("二郎"), 15);
        const qint64 id = seal[u"id"_s].toInteger();
        const qint64 lost = seal[u"cardNo"_s].toInteger();
        QCOMPARE(certificate(987654).code(), code(api::err::SealCardUnknown));
        test::HttpReply r = m_api->post(u"/%1/card-reissue"_s.arg(id), {{"version", seal[u"version"_s]}});
        QCOMPARE(r.status, 200);
        QCOMPARE(certificate(lost).code(), code(api::err::SealCardUnknown));
        const qint64 card = r.json()[u"cardNo"_s].toInteger();
        QCOMPARE(certificate(card).status, 200);
        r = m_api->post(u"/%1/end"_s.arg(id), {{"version", r.json()[u"version"_s]},
                                                {"reason", "application"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(certificate(card).code(), code(api::err::SealCardUnknown)); // its card ended
        QCOMPARE(m_api->post(u"/certificates"_s, {{"cardNo", card}, {"requester", "agent"}}).code(),
                 u"request.validation"_s);
    }

    void inquiryLetterGoesToTheRegisteredAddress()
    {
        const qint64 party = m_api->moveIn(s("照会"), s("三郎"), u"1980-04-01"_s);
        test::HttpReply r = m_api->post({}, m_api->request(party, s("照会三郎"), 15, u"inquiry"_s));
        QCOMPARE(r.status, 201);
        const qint64 id = r.json()[u"id"_s].toInteger();
        const qint64 no = r.json()[u"registrationNo"_s].toInteger();
        r = m_api->get(u"/%1/inquiry-letter"_s.arg(id));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.contentType, QByteArray("application/pdf"));
        const QString pdf = test::writeTempPdf(r.body, u"inquiry.pdf"_s);
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(s("印鑑登録照会書")) && text.contains(s("印鑑登録回答書")), qPrintable(text));
        QVERIFY2(text.contains(s("三郎")) && text.contains(s("様")), qPrintable(text));
        QVERIFY(text.contains(s("鳥取県東伯郡琴浦町大字")));
        QVERIFY(text.contains(s("回答期限")) && text.contains(s("令和7年7月2日")));
        QVERIFY(test::decodeBarcodes(test::rasterise(pdf, 1, 300)).contains(u"CODE-128:SQ%1"_s.arg(no)));
        QCOMPARE(test::auditRows(*m_server, u"kind = 'print' AND event = 'seal.inquiry_letter' AND subject = ?"_s,
                                 {u"seal:%1"_s.arg(no)}), 1);
        // A registration not waiting for its answer has no letter.
        const QJsonObject done = registered(s("照会"), s("四郎"), 15);
        QCOMPARE(m_api->get(u"/%1/inquiry-letter"_s.arg(done[u"id"_s].toInteger())).code(),
                 code(api::err::SealState));
    }

    void protectedPersonOnlyInPerson()
    {
        const QJsonObject seal = registered(s("支援"), s("花子"), 15);
        const qint64 party = seal[u"partyNo"_s].toInteger();
        QCOMPARE(m_server->client().post("/api/v1/resident/protection",
                                         {{"partyNo", party}, {"startsOn", "2025-06-01"},
                                          {"reason", "dv"}}, m_guard).status, 201);
        const qint64 card = seal[u"cardNo"_s].toInteger();
        const QString subject = u"seal:%1"_s.arg(seal[u"registrationNo"_s].toInteger());
        const test::HttpReply r = certificate(card, u"agent"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), code(api::err::SealProtected));
        QCOMPARE(test::auditRows(*m_server, u"kind = 'print' AND subject = ?"_s, {subject}, 0), 1);
        QCOMPARE(certificate(card).status, 200); // 本人 with the card
    }
};

int main(int argc, char *argv[])
{
    // The forms engine needs fonts: a QGuiApplication, offscreen as on the server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QImageReader::setAllocationLimit(512); // an A4 page at 600 dpi
    return test::execOnBothStores<SealCertificateTest, QGuiApplication>(argc, argv);
}

#include "sealcertificate_test.moc"
