// The 選挙人名簿 over HTTPS on SQLite and PostgreSQL, every fact posted to 住民記録 in the test: the
// three-month rule across a 転入 (counted from the 転入届's date, not the 異動日), the 18th birthday
// on the 基準日 and the day after, a 定時登録 dry run listing exactly the additions (and writing
// nothing), 選挙時登録 for a later 基準日, 表示 then 抹消 four months after a 転出, a death, the
// 投票区 table edited by staff, the 抄本 as PDF (pdftotext) and CSV, a 閲覧 logged as access.
#include "rolltestkit.h"
#include "tests/shared/forms/formtestkit.h"

#include <QGuiApplication>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

class RollTest : public QObject
{
    Q_OBJECT
public:
    explicit RollTest(test::TestServer::Store store) : m_store(store) {}

private:
    void moveClockTo(QDate day)
    {
        test::setClock(*m_server, QDateTime(day, QTime(1, 0), Qt::UTC));
        m_api->signInAll();
    }
    int auditCount(const QString &event, const QString &kind)
    {
        return test::auditRows(*m_server, u"event = ? AND kind = ?"_s, {event, kind});
    }

    test::TestServer::Store m_store;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RollApi> m_api;
    // 転入 on 2025-02-28: the 届出 on 1 March (counts for 基準日 1 June) and on 2 March (does not).
    qint64 m_notifiedInTime = 0, m_notifiedLate = 0;
    // 18th birthday on the 基準日 (1 June), the day after, two days after; a foreign resident.
    qint64 m_birthdayOnBase = 0, m_birthdayAfter = 0, m_birthdayTwoAfter = 0, m_foreign = 0;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>(m_store);
        test::setClock(*m_server, QDateTime(QDate(2025, 3, 2), QTime(1, 0), Qt::UTC));
        m_api = std::make_unique<test::RollApi>(*m_server);
        m_api->createStaff();
        m_notifiedInTime = m_api->moveIn(u"期限"_s, u"内"_s, u"キゲン"_s, u"1980-04-01"_s,
                                         u"2025-02-28"_s, u"2025-03-01"_s, u"10"_s);
        m_notifiedLate = m_api->moveIn(u"期限"_s, u"後"_s, u"キゲン"_s, u"1980-04-02"_s,
                                       u"2025-02-28"_s, u"2025-03-02"_s, u"2"_s);
        m_birthdayOnBase = m_api->moveIn(u"誕生"_s, u"当日"_s, u"タンジョウ"_s, u"2007-06-01"_s,
                                         u"2025-02-20"_s, u"2025-02-20"_s, u"3"_s);
        m_birthdayAfter = m_api->moveIn(u"誕生"_s, u"翌日"_s, u"タンジョウ"_s, u"2007-06-02"_s,
                                        u"2025-02-20"_s, u"2025-02-20"_s, u"3"_s);
        m_birthdayTwoAfter = m_api->moveIn(u"誕生"_s, u"翌々日"_s, u"タンジョウ"_s,
                                           u"2007-06-03"_s, u"2025-02-20"_s, u"2025-02-20"_s, u"3"_s);
        m_foreign = m_api->moveIn(u"SMITH"_s, u"JOHN"_s, u"スミス"_s, u"1970-01-01"_s,
                                  u"2025-02-20"_s, u"2025-02-20"_s, u"4"_s, true);
        for (qint64 p : {m_notifiedInTime, m_notifiedLate, m_birthdayOnBase, m_birthdayAfter,
                         m_birthdayTwoAfter, m_foreign})
            QVERIFY(p > 0);
        moveClockTo(QDate(2025, 6, 2));
    }
    void cleanupTestCase() { m_server.reset(); }

    void periodicDryRunListsExactlyTheAdditions()
    {
        const QJsonObject run{{"kind", "periodic"}, {"registrationDate", "2025-06-02"}};
        test::HttpReply r = m_api->post(u"/registration-runs"_s, run);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"baseDate"_s].toString(), u"2025-06-01"_s);
        const QList<qint64> expected{m_notifiedInTime, m_birthdayOnBase, m_birthdayAfter};
        QCOMPARE(test::RollApi::partyNos(r), expected);
        QCOMPARE(m_api->get(u"/electors/%1"_s.arg(m_notifiedInTime)).status, 404); // nothing written
        QJsonObject apply = run;
        apply.insert("dryRun", false);
        r = m_api->post(u"/registration-runs"_s, apply);
        QCOMPARE(r.status, 201);
        QCOMPARE(test::RollApi::partyNos(r), expected);
        const QJsonObject e = m_api->elector(m_notifiedInTime);
        QCOMPARE(e[u"state"_s].toString(), u"registered"_s);
        QCOMPARE(e[u"districtNo"_s].toInt(), 1); // 町字 0003
        QCOMPARE(e[u"registeredOn"_s].toString(), u"2025-06-02"_s);
        QCOMPARE(e[u"events"_s][0][u"article"_s].toString(), u"公職選挙法第22条第1項"_s);
        QCOMPARE(test::RollApi::partyNos(m_api->post(u"/registration-runs"_s, run)), QList<qint64>());
        QCOMPARE(m_api->post(u"/registration-runs"_s, {{"kind", "periodic"}, {"registrationDate", "2025-06-03"}})
                     .code(), u"electoral.not_registration_day"_s);
    }

    void electionRegistrationOnALaterBaseDate()
    {
        // 基準日 3 June: the 転入届 of 2 March has three months, the birthday of 3 June is reached.
        const test::HttpReply r = m_api->post(
            u"/registration-runs"_s, {{"kind", "election"}, {"baseDate", "2025-06-03"},
                                      {"electionName", u"琴浦町長選挙"_s}, {"dryRun", false}});
        QCOMPARE(r.status, 201);
        QCOMPARE(test::RollApi::partyNos(r), QList<qint64>({m_notifiedLate, m_birthdayTwoAfter}));
        QCOMPARE(m_api->elector(m_notifiedLate)[u"reason"_s].toString(), u"election"_s);
        QCOMPARE(m_api->get(u"/electors/%1"_s.arg(m_foreign)).status, 404);
    }

    void extractAsPdfAndCsvSortedByAddress()
    {
        test::HttpReply csv = m_api->get(u"/extracts/1?format=csv&asOf=2025-06-05"_s);
        QCOMPARE(csv.status, 200);
        const QStringList lines = QString::fromUtf8(csv.body).remove(QChar(0xFEFF)).split(u"\r\n"_s,
                                                                           Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // header + five electors
        QVERIFY(lines[0].startsWith(u"投票区,番号,町字コード,住所,氏名"_s));
        QVERIFY2(lines[1].contains(u"期限　後"_s), qPrintable(lines[1])); // 2番地 before 3 and 10
        QVERIFY2(lines[5].contains(u"期限　内"_s), qPrintable(lines[5]));
        test::HttpReply pdf = m_api->get(u"/extracts/1?asOf=2025-06-05"_s);
        QCOMPARE(pdf.status, 200);
        const QString text = test::pdfText(test::writeTempPdf(pdf.body, u"extract.pdf"_s), 1);
        QVERIFY2(text.contains(u"選挙人名簿抄本"_s), qPrintable(text));
        QVERIFY(text.contains(u"第1投票区"_s));
        QVERIFY(text.contains(u"翌日"_s));
        QVERIFY(text.contains(u"期限"_s));
        QCOMPARE(auditCount(u"electoral.extract_print"_s, u"print"_s), 2);
        QCOMPARE(m_api->get(u"/extracts/1"_s, m_api->viewer).status, 403);
    }

    void inspectionIsLoggedAsAccess()
    {
        const test::HttpReply r = m_api->post(
            u"/inspections"_s, {{"requester", u"山田　花子"_s}, {"requesterKind", "person"},
                                {"purpose", u"本人の登録の確認"_s}, {"districtNo", 1},
                                {"partyNos", QJsonArray{m_birthdayAfter}}}, m_api->viewer);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()[u"shown"_s].toArray().size(), 1);
        QCOMPARE(auditCount(u"electoral.inspection"_s, u"access"_s), 1);
        const QJsonArray log = m_api->get(u"/inspections"_s).json()[u"inspections"_s].toArray();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0][u"purpose"_s].toString(), u"本人の登録の確認"_s);
        QCOMPARE(log[0][u"shown"_s][0].toInteger(), m_birthdayAfter);
        QCOMPARE(m_api->get(u"/inspections"_s, m_api->viewer).status, 403);
    }

    void pollingDistrictsAreEditedByStaff()
    {
        const QJsonArray all = m_api->get(u"/districts"_s).json()[u"districts"_s].toArray();
        QCOMPARE(all.size(), 8);
        QJsonObject first = all[0].toObject();
        QJsonArray areas = first[u"areas"_s].toArray();
        areas.append(u"0006"_s); // already in 第2投票区
        first.insert(u"areas"_s, areas);
        QCOMPARE(m_api->put(u"/districts/1"_s, first).code(), u"electoral.area_twice"_s);
        first = all[0].toObject();
        first.insert(u"pollingPlace"_s, u"琴浦町役場"_s);
        QCOMPARE(m_api->put(u"/districts/1"_s, first, m_api->viewer).status, 403);
        test::HttpReply r = m_api->put(u"/districts/1"_s, first);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"version"_s].toInt(), 2);
        QCOMPARE(m_api->put(u"/districts/1"_s, first).code(), u"electoral.conflict"_s); // stale
    }

    void moveOutIsMarkedThenRemovedFourMonthsAfter()
    {
        const test::HttpReply moved = m_api->change(
            u"move-out"_s, m_notifiedInTime,
            {{"effectiveDate", "2025-06-10"}, {"notifiedDate", "2025-06-02"},
             {"destinationAddress", u"大阪府大阪市北区1-1"_s}});
        QCOMPARE(moved.status, 201);
        QJsonObject e = m_api->elector(m_notifiedInTime); // no other call: the 異動 marked it
        QCOMPARE(e[u"markedOn"_s].toString(), u"2025-06-10"_s);
        QCOMPARE(e[u"removalDueOn"_s].toString(), u"2025-10-11"_s);
        const QJsonObject marked = e[u"events"_s].toArray().last().toObject();
        QCOMPARE(marked[u"kind"_s].toString(), u"marked"_s);
        QCOMPARE(marked[u"article"_s].toString(), u"公職選挙法第27条第1項"_s);
        QCOMPARE(marked[u"changeId"_s].toInteger(), moved.json()[u"changeId"_s].toInteger());
        QCOMPARE(marked[u"recordedBy"_s].toString(), u"system"_s);
        moveClockTo(QDate(2025, 10, 10));
        QCOMPARE(test::RollApi::partyNos(m_api->post(u"/removal-runs"_s, {}), "removals"),
                 QList<qint64>());
        moveClockTo(QDate(2025, 10, 11));
        QCOMPARE(test::RollApi::partyNos(m_api->post(u"/removal-runs"_s, {}), "removals"),
                 QList<qint64>({m_notifiedInTime})); // a dry run first
        QCOMPARE(m_api->elector(m_notifiedInTime)[u"state"_s].toString(), u"marked"_s);
        const test::HttpReply r = m_api->post(u"/removal-runs"_s, {{"dryRun", false}});
        QCOMPARE(r.status, 201);
        e = m_api->elector(m_notifiedInTime);
        QCOMPARE(e[u"state"_s].toString(), u"removed"_s);
        QCOMPARE(e[u"removedOn"_s].toString(), u"2025-10-11"_s);
        QCOMPARE(e[u"removalReason"_s].toString(), u"moved_out"_s);
        QCOMPARE(e[u"events"_s].toArray().last()[u"article"_s].toString(), u"公職選挙法第28条第2号"_s);
    }

    void deathRemovesAtOnce()
    {
        const test::HttpReply r = m_api->change(u"death"_s, m_birthdayOnBase,
                                                {{"effectiveDate", "2025-10-09"},
                                                 {"notifiedDate", "2025-10-11"}});
        QCOMPARE(r.status, 201);
        const QJsonObject e = m_api->elector(m_birthdayOnBase);
        QCOMPARE(e[u"state"_s].toString(), u"removed"_s);
        QCOMPARE(e[u"removedOn"_s].toString(), u"2025-10-09"_s);
        QCOMPARE(e[u"removalReason"_s].toString(), u"death"_s);
        QCOMPARE(e[u"events"_s].toArray().last()[u"article"_s].toString(), u"公職選挙法第28条第1号"_s);
        QCOMPARE(auditCount(u"electoral.remove"_s, u"operation"_s), 2);
    }
};

int main(int argc, char *argv[])
{
    // The 抄本 is rendered by the server: a QGuiApplication (fonts), offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return test::execOnBothStores<RollTest, QGuiApplication>(argc, argv);
}

#include "roll_test.moc"
