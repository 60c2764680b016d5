// The seal register over HTTPS on SQLite and PostgreSQL (server/seal_registration/sealregister.h):
// 即日登録 with a photo ID and with a 保証人, each refusal rule answered with its code, the 照会書
// path completing within its deadline and expiring after it, the card and its re-issue, 廃止 on
// application, and 廃止 by itself when a 異動 posted to 住民記録 in the test says 転出 (on its
// date), 死亡 or a name change the impression no longer shows — without another call.
#include "sealtestkit.h"

#include "server/app/moduleset.h"
#include "shared/api/seal_registration/errors.h"

#include <QTest>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
QString code(const char *c) { return QString::fromLatin1(c); }
} // namespace

class SealRegisterTest : public test::SealServerTest
{
    Q_OBJECT
public:
    using SealServerTest::SealServerTest;

private:
    QString m_viewer;

    qint64 registered(const QString &family, const QString &given, const QString &text)
    {
        const qint64 party = m_api->moveIn(family, given, u"1980-04-01"_s);
        const test::HttpReply r = m_api->registerSeal(party, text);
        if (r.status != 201)
            qWarning("register refused: %s", r.body.constData());
        return r.json()[u"id"_s].toInteger();
    }
    void advanceDays(int days)
    {
        m_server->clock().advance(qint64(days) * 86400);
        const QString password = u"Resident-Pass-2026"_s; // staffWithRights' password
        m_api->setTokens(test::signIn(*m_server, u"registrar"_s, password),
                         test::signIn(*m_server, u"sealclerk"_s, password));
    }
    // The state of a registration in the list awaiting a 回答書 (empty: not listed).
    QString pendingState(qint64 id)
    {
        for (const QJsonValue &v : m_api->get(u"?state=pending"_s).json()[u"registrations"_s].toArray())
            if (v[u"id"_s].toInteger() == id)
                return v[u"state"_s].toString();
        return {};
    }
    int auditCount(const QString &event, const QString &subject)
    {
        return test::auditRows(*m_server, u"event = ? AND subject = ?"_s, {event, subject});
    }

private slots:
    void initTestCase()
    {
        startServer({"seal_registration:view", "seal_registration:update",
                     "seal_registration:administer"});
        m_viewer = test::staffWithRights(*m_server, u"sealviewer"_s, {"seal_registration:view"});
    }
    void cleanupTestCase() { m_server.reset(); }

    // First: the demo data is written only into an empty register.
    void demoDataWritesSealsOnce()
    {
        const qint64 adult = m_api->moveIn(s("見本"), s("一郎"), u"1970-01-01"_s);
        const qint64 other = m_api->moveIn(s("見本"), s("二郎"), u"1972-01-01"_s);
        const qint64 child = m_api->moveIn(s("見本"), s("三郎"), u"2015-01-01"_s);
        app::ModuleSet &modules = m_server->app().modules();
        const QStringList lines = modules.writeDemoData(m_server->app().context(), {.seed = 7});
        QVERIFY2(lines.contains(s("印鑑登録 2 件（印影画像つき）")), qPrintable(lines.join(u'|')));
        QVERIFY(!modules.writeDemoData(m_server->app().context(), {.seed = 7})
                     .join(u'|').contains(s("印鑑登録")));
        for (qint64 party : {adult, other}) {
            const QJsonArray found = m_api->get(u"?partyNo=%1"_s.arg(party)).json()[u"registrations"_s].toArray();
            QCOMPARE(found.size(), 1);
            const double mm = found[0][u"impression"_s][u"widthMm"_s].toDouble();
            QVERIFY2(mm > 10 && mm < 21.5, qPrintable(QString::number(mm)));
            QVERIFY(found[0][u"cardNo"_s].toInteger() > 0);
        }
        QCOMPARE(m_api->get(u"?partyNo=%1"_s.arg(child)).json()[u"registrations"_s].toArray().size(), 0);
        // The seals still hear the register's 異動 after it.
        const qint64 id = m_api->get(u"?partyNo=%1"_s.arg(adult)).json()[u"registrations"_s][0][u"id"_s].toInteger();
        QCOMPARE(m_api->change(u"death"_s, adult, {{"effectiveDate", "2025-06-01"},
                                                   {"notifiedDate", "2025-06-02"}}).status, 201);
        QCOMPARE(m_api->view(id)[u"endReason"_s].toString(), u"death"_s);
    }

    void photoIdRegistrationIssuesACard()
    {
        const qint64 party = m_api->moveIn(s("印鑑"), s("太郎"), u"1980-04-01"_s);
        test::HttpReply r = m_api->registerSeal(party, s("印鑑　太郎"), 15);
        QCOMPARE(r.status, 201);
        const QJsonObject v = r.json();
        QCOMPARE(v[u"state"_s].toString(), u"registered"_s);
        QCOMPARE(v[u"registeredOn"_s].toString(), u"2025-06-02"_s);
        QVERIFY(v[u"cardNo"_s].toInteger() > 0);
        QVERIFY(std::abs(v[u"impression"_s][u"widthMm"_s].toDouble() - 15) < 0.15);
        const QJsonArray events = v[u"events"_s].toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0][u"kind"_s].toString(), u"registered"_s);
        QCOMPARE(events[1][u"kind"_s].toString(), u"card_issued"_s);
        const QString subject = u"seal:%1"_s.arg(v[u"registrationNo"_s].toInteger());
        QCOMPARE(auditCount(u"seal.register"_s, subject), 1);

        r = m_api->get(u"/%1/impression"_s.arg(v[u"id"_s].toInteger()), m_viewer);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("image/png"));
        const QImage png = QImage::fromData(r.body, "PNG");
        QVERIFY(std::abs(png.width() / 600.0 * 25.4 - 15) < 0.15);

        r = m_api->get(u"?partyNo=%1"_s.arg(party), m_viewer);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"registrations"_s].toArray().size(), 1);
        // A viewer may look but not register.
        QCOMPARE(m_api->post({}, m_api->request(party, s("印鑑")), m_viewer).status, 403);
    }

    void refusals()
    {
        const qint64 adult = m_api->moveIn(s("拒否"), s("一郎"), u"1980-04-01"_s);
        const qint64 young = m_api->moveIn(s("拒否"), s("次郎"), u"2010-06-04"_s);
        const qint64 ward = m_api->moveIn(s("拒否"), s("三郎"), u"1940-01-01"_s);
        QCOMPARE(m_api->post(u"/adult-wards"_s, {{"partyNo", ward}, {"source", s("登記事項証明書")}})
                     .status, 201);
        const QList<std::tuple<const char *, QJsonObject, QString>> rows{
            {"under 15", m_api->request(young, s("拒否次郎")), code(api::err::SealUnderAge)},
            {"adult ward", m_api->request(ward, s("拒否三郎")), code(api::err::SealAdultWard)},
            {"another name", m_api->request(adult, s("田中")), code(api::err::SealNameMismatch)},
            {"7 mm", m_api->request(adult, s("拒否"), 7), code(api::err::SealTooSmall)},
            {"27 mm", m_api->request(adult, s("拒否"), 27), code(api::err::SealTooLarge)},
            {"unknown person", m_api->request(999999, s("拒否")), code(api::err::SealNotResident)},
        };
        for (const auto &[name, body, expected] : rows) {
            const test::HttpReply r = m_api->post({}, body);
            QVERIFY2(r.code() == expected, qPrintable(QString::fromUtf8(name) + u' ' + r.code()));
        }
        QJsonObject rubber = m_api->request(adult, s("拒否"));
        rubber.insert("inspection", QJsonObject{{"deformable", true}});
        QCOMPARE(m_api->post({}, rubber).code(), code(api::err::SealUnsuitable));
        QJsonObject noDocument = m_api->request(adult, s("拒否"));
        noDocument.remove("identityDocument");
        QCOMPARE(m_api->post({}, noDocument).code(), u"request.validation"_s);
        QJsonObject badGuarantor = m_api->request(adult, s("拒否"), 15, u"guarantor"_s);
        badGuarantor.insert("guarantorCardNo", 987654);
        QCOMPARE(m_api->post({}, badGuarantor).code(), code(api::err::SealGuarantor));

        QCOMPARE(m_api->registerSeal(adult, s("拒否一郎")).status, 201);
        const test::HttpReply twice = m_api->registerSeal(adult, s("拒否"));
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.code(), code(api::err::SealAlreadyRegistered));
    }

    void guarantorPath()
    {
        const qint64 guarantorSeal = registered(s("保証"), s("人"), s("保証人"));
        const qint64 card = m_api->view(guarantorSeal)[u"cardNo"_s].toInteger();
        const qint64 party = m_api->moveIn(s("被保"), s("証人"), u"1990-01-01"_s);
        QJsonObject body = m_api->request(party, s("被保証人"), 15, u"guarantor"_s);
        body.insert("guarantorCardNo", card);
        const test::HttpReply r = m_api->post({}, body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[u"state"_s].toString(), u"registered"_s);
        QCOMPARE(r.json()[u"identityPath"_s].toString(), u"guarantor"_s);
    }

    void cardReissueAndEndOnApplication()
    {
        const qint64 id = registered(s("亡失"), s("花子"), s("亡失花子"));
        QJsonObject v = m_api->view(id);
        const qint64 lost = v[u"cardNo"_s].toInteger();
        test::HttpReply r = m_api->post(u"/%1/card-reissue"_s.arg(id), {{"version", v[u"version"_s]}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[u"cardNo"_s].toInteger() > lost);
        // The lost card vouches for nobody any more.
        const qint64 other = m_api->moveIn(s("亡失"), s("次郎"), u"1990-01-01"_s);
        QJsonObject body = m_api->request(other, s("亡失次郎"), 15, u"guarantor"_s);
        body.insert("guarantorCardNo", lost);
        QCOMPARE(m_api->post({}, body).code(), code(api::err::SealGuarantor));
        // A stale version is a conflict.
        QCOMPARE(m_api->post(u"/%1/end"_s.arg(id), {{"version", v[u"version"_s]}, {"reason", "application"}})
                     .code(), code(api::err::SealConflict));
        r = m_api->post(u"/%1/end"_s.arg(id), {{"version", r.json()[u"version"_s]}, {"reason", "application"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"state"_s].toString(), u"ended"_s);
        QCOMPARE(r.json()[u"endReason"_s].toString(), u"application"_s);
        QVERIFY(r.json()[u"cardNo"_s].isNull());
        QCOMPARE(m_api->post(u"/%1/end"_s.arg(id), {{"version", r.json()[u"version"_s]}, {"reason", "card_lost"}})
                     .code(), code(api::err::SealState));
    }

    void moveOutEndsTheSealOnTheMoveOutDate()
    {
        const qint64 id = registered(s("転出"), s("予定"), s("転出予定"));
        const qint64 party = m_api->view(id)[u"partyNo"_s].toInteger();
        const test::HttpReply r = m_api->change(
            u"move-out"_s, party, {{"effectiveDate", "2025-06-10"}, {"notifiedDate", "2025-06-02"},
                                   {"destinationAddress", s("大阪府大阪市北区1-1")}});
        QCOMPARE(r.status, 201);
        const QJsonObject v = m_api->view(id); // no other call: the 異動 ended it
        QCOMPARE(v[u"endReason"_s].toString(), u"move_out"_s);
        QCOMPARE(v[u"endsOn"_s].toString(), u"2025-06-10"_s);
        QCOMPARE(v[u"state"_s].toString(), u"registered"_s); // until the 転出 date
        const QJsonObject ended = v[u"events"_s].toArray().last().toObject();
        QCOMPARE(ended[u"kind"_s].toString(), u"ended"_s);
        QCOMPARE(ended[u"partyChangeId"_s].toInteger(), r.json()[u"changeId"_s].toInteger());
        QCOMPARE(ended[u"recordedBy"_s].toString(), u"system"_s);
        QCOMPARE(auditCount(u"seal.abolish"_s, u"seal:%1"_s.arg(v[u"registrationNo"_s].toInteger())), 1);
    }

    void deathEndsTheSeal()
    {
        const qint64 id = registered(s("死亡"), s("太郎"), s("死亡太郎"));
        const qint64 party = m_api->view(id)[u"partyNo"_s].toInteger();
        QCOMPARE(m_api->change(u"death"_s, party, {{"effectiveDate", "2025-06-01"},
                                                   {"notifiedDate", "2025-06-02"}}).status, 201);
        const QJsonObject v = m_api->view(id);
        QCOMPARE(v[u"state"_s].toString(), u"ended"_s);
        QCOMPARE(v[u"endReason"_s].toString(), u"death"_s);
        QCOMPARE(v[u"endsOn"_s].toString(), u"2025-06-01"_s);
    }

    void nameChangeEndsOnlyASealThatNoLongerMatches()
    {
        const qint64 full = registered(s("改姓"), s("花子"), s("改姓花子"));
        const qint64 given = registered(s("改姓"), s("春子"), s("春子"));
        for (qint64 id : {full, given}) {
            const qint64 party = m_api->view(id)[u"partyNo"_s].toInteger();
            const test::HttpReply r = m_api->change(
                u"official-correction"_s, party,
                {{"effectiveDate", "2025-06-02"}, {"reasonNote", s("婚姻による氏の変更")},
                 {"fields", QJsonObject{{"familyName", s("新姓")}, {"familyNameKana", s("シンセイ")}}}});
            QCOMPARE(r.status, 201);
        }
        QCOMPARE(m_api->view(full)[u"state"_s].toString(), u"ended"_s);
        QCOMPARE(m_api->view(full)[u"endReason"_s].toString(), u"name_change"_s);
        QCOMPARE(m_api->view(given)[u"state"_s].toString(), u"registered"_s); // 名 still shown
        QVERIFY(m_api->view(given)[u"endReason"_s].isNull());
    }

    // Last: these move the clock on.
    void inquiryCompletesWithinTheDeadline()
    {
        const qint64 party = m_api->moveIn(s("照会"), s("一郎"), u"1980-04-01"_s);
        test::HttpReply r = m_api->post({}, m_api->request(party, s("照会一郎"), 15, u"inquiry"_s));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[u"state"_s].toString(), u"pending"_s);
        QVERIFY(r.json()[u"cardNo"_s].isNull());
        const QDate due = QDate::fromString(r.json()[u"inquiryDueOn"_s].toString(), Qt::ISODate);
        QCOMPARE(due, QDate(2025, 6, 2).addDays(30));
        QCOMPARE(pendingState(r.json()[u"id"_s].toInteger()), u"pending"_s);
        advanceDays(30); // the last day to answer
        r = m_api->post(u"/%1/inquiry-answer"_s.arg(r.json()[u"id"_s].toInteger()),
                        {{"version", r.json()[u"version"_s]}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"state"_s].toString(), u"registered"_s);
        QVERIFY(r.json()[u"cardNo"_s].toInteger() > 0);
    }

    void inquiryExpiresAfterTheDeadline()
    {
        const qint64 party = m_api->moveIn(s("照会"), s("二郎"), u"1980-04-01"_s);
        test::HttpReply r = m_api->post({}, m_api->request(party, s("照会二郎"), 15, u"inquiry"_s));
        QCOMPARE(r.status, 201);
        const qint64 id = r.json()[u"id"_s].toInteger();
        advanceDays(31);
        QCOMPARE(m_api->view(id)[u"state"_s].toString(), u"expired"_s); // visible before the answer
        QCOMPARE(pendingState(id), u"expired"_s); // and in the list of letters awaiting an answer
        r = m_api->post(u"/%1/inquiry-answer"_s.arg(id), {{"version", m_api->view(id)[u"version"_s]}});
        QCOMPARE(r.code(), code(api::err::SealInquiryExpired));
        const QJsonObject v = m_api->view(id);
        QCOMPARE(v[u"endReason"_s].toString(), u"inquiry_expired"_s);
        QVERIFY(v[u"cardNo"_s].isNull());
        QCOMPARE(pendingState(id), QString()); // ended: no longer waiting
        // The person may apply again.
        QCOMPARE(m_api->registerSeal(party, s("照会二郎")).status, 201);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<SealRegisterTest>(argc, argv);
}

#include "sealregister_test.moc"
