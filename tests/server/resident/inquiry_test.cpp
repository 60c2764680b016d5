// The rules of the 照会 (server/resident/inquiry.h): the status flags of a person as of a date
// (住民基本台帳法: 転出 is notified in advance, 第24条, so a 転出 can take effect after the date
// asked), which household members are listed when some are under a 支援措置 (住民基本台帳事務処理
// 要領 第5-10: left out unless the caller may see them, counted, the 世帯主's name kept) and the
// date of the 照会 read from ?date=.
#include "server/core/failure.h"
#include "server/resident/inquiry.h"
#include "shared/api/errorcode.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::resident;
using namespace Qt::Literals::StringLiterals;

using Record = std::optional<ResidentRecord>;
Q_DECLARE_METATYPE(Record)

namespace {
const QDate kDate(2025, 6, 1);

Record record(ResidentStatus status, QDate from, ResidentKind kind = ResidentKind::Japanese)
{
    ResidentRecord r;
    r.partyNo = 100;
    r.status = status;
    r.validFrom = from;
    r.kind = kind;
    return r;
}

ResidentRecord member(qint64 partyNo, const QString &family, bool householder = false)
{
    ResidentRecord r;
    r.partyNo = partyNo;
    r.familyName = family;
    r.givenName = u"太郎"_s;
    r.relationshipCode = householder ? u"02"_s : u"03"_s;
    return r;
}

QList<qint64> partyNos(const QList<ResidentRecord> &records)
{
    QList<qint64> out;
    for (const ResidentRecord &r : records)
        out << r.partyNo;
    return out;
}
} // namespace

class InquiryTest : public QObject
{
    Q_OBJECT
private slots:
    void flagsOfAPersonOnADate_data()
    {
        kikan::test::addColumns<Record, Record, bool, bool, QString, bool, bool>(
            {"onDate", "latest", "resident", "removed", "status", "existed", "plannedMoveOut"});
        const QDate before = kDate.addDays(-30);
        const QDate after = kDate.addDays(10);
        const Record resident = record(ResidentStatus::Resident, before);
        QTest::newRow("a resident") << resident << resident << true << false << u"resident"_s
                                    << true << false;
        QTest::newRow("転出 notified, in force after the date (第24条)")
            << resident << record(ResidentStatus::MovedOut, after) << true << true
            << u"moved_out"_s << true << true;
        QTest::newRow("転出 in force on the date")
            << record(ResidentStatus::MovedOut, kDate) << record(ResidentStatus::MovedOut, kDate)
            << false << true << u"moved_out"_s << true << false;
        QTest::newRow("moved out before the date")
            << record(ResidentStatus::MovedOut, before)
            << record(ResidentStatus::MovedOut, before) << false << true << u"moved_out"_s
            << true << false;
        QTest::newRow("dead") << record(ResidentStatus::Deceased, before)
                              << record(ResidentStatus::Deceased, before) << false << true
                              << u"deceased"_s << true << false;
        QTest::newRow("職権消除") << record(ResidentStatus::Removed, before)
                                  << record(ResidentStatus::Removed, before) << false << true
                                  << u"removed"_s << true << false;
        QTest::newRow("not yet a resident on the date (転入 later)")
            << Record() << record(ResidentStatus::Resident, after) << false << false
            << u"resident"_s << false << false;
    }
    void flagsOfAPersonOnADate()
    {
        QFETCH(Record, onDate);
        QFETCH(Record, latest);
        QFETCH(bool, resident);
        QFETCH(bool, removed);
        QFETCH(QString, status);
        QFETCH(bool, existed);
        QFETCH(bool, plannedMoveOut);
        const InquiryFlags f = inquiryFlags(onDate, latest, kDate, false);
        QCOMPARE(f.resident, resident);
        QCOMPARE(f.removed, removed);
        QCOMPARE(f.status, status);
        QCOMPARE(f.existedOnDate, existed);
        QCOMPARE(f.plannedMoveOut, plannedMoveOut);
        QVERIFY(!f.protectedNow);
        QVERIFY(!f.foreign);
    }

    void aForeignResidentIsFlaggedAsOnTheDate()
    {
        const QDate from = kDate.addDays(-1);
        const Record foreign = record(ResidentStatus::Resident, from, ResidentKind::Foreign);
        const Record japanese = record(ResidentStatus::Resident, from);
        QVERIFY(inquiryFlags(foreign, japanese, kDate, false).foreign);  // 帰化 after the date
        QVERIFY(!inquiryFlags(japanese, foreign, kDate, false).foreign);
        QVERIFY(inquiryFlags(Record(), foreign, kDate, false).foreign);  // not yet: as now
    }

    void aMeasureInForceIsFlagged()
    {
        const Record r = record(ResidentStatus::Resident, kDate);
        QVERIFY(inquiryFlags(r, r, kDate, true).protectedNow);
    }

    void householdMembersUnderAMeasureAreLeftOut_data()
    {
        kikan::test::addColumns<qint64, QList<qint64>, QList<qint64>, int>(
            {"inquired", "visible", "listed", "restricted"});
        // Members 1 (世帯主), 2, 3 in 記載順位; `visible` is what the 支援措置 check let through.
        QTest::newRow("everyone visible") << qint64(0) << QList<qint64>{1, 2, 3}
                                          << QList<qint64>{1, 2, 3} << 0;
        QTest::newRow("one protected member")
            << qint64(0) << QList<qint64>{1, 3} << QList<qint64>{1, 3} << 1;
        QTest::newRow("the inquired person is always listed")
            << qint64(2) << QList<qint64>{1, 3} << QList<qint64>{1, 2, 3} << 0;
        QTest::newRow("the 世帯主 protected")
            << qint64(3) << QList<qint64>{2} << QList<qint64>{2, 3} << 1;
        QTest::newRow("nobody else visible")
            << qint64(0) << QList<qint64>() << QList<qint64>() << 3;
    }
    void householdMembersUnderAMeasureAreLeftOut()
    {
        QFETCH(qint64, inquired);
        QFETCH(QList<qint64>, visible);
        QFETCH(QList<qint64>, listed);
        QFETCH(int, restricted);
        const QList<ResidentRecord> members{member(1, u"山田"_s, true), member(2, u"山田"_s),
                                            member(3, u"山田"_s)};
        const HouseholdView view = listMembers(members, inquired, visible);
        QCOMPARE(partyNos(view.members), listed);
        QCOMPARE(view.restrictedMembers, restricted);
        // The 世帯主's name is on the 照会 whether or not the 世帯主 is listed.
        QCOMPARE(view.householderName, member(1, u"山田"_s).fullName());
    }

    void aHouseholdWithoutAHouseholderHasNoName()
    {
        const HouseholdView view = listMembers({member(4, u"佐藤"_s)}, 4, {});
        QCOMPARE(view.householderName, QString());
        QCOMPARE(partyNos(view.members), QList<qint64>{4});
    }

    void theDateIsRead_data()
    {
        kikan::test::addColumns<QString, QDate>({"query", "date"});
        QTest::newRow("none: the 処理日") << QString() << QDate();
        QTest::newRow("empty: the 処理日") << u"date="_s << QDate();
        QTest::newRow("iso") << u"date=2024-04-01"_s << QDate(2024, 4, 1);
        QTest::newRow("wareki") << u"date=令和6年4月1日"_s << QDate(2024, 4, 1);
        QTest::newRow("encoded wareki")
            << u"date=%E4%BB%A4%E5%92%8C6%E5%B9%B44%E6%9C%881%E6%97%A5"_s << QDate(2024, 4, 1);
    }
    void theDateIsRead()
    {
        QFETCH(QString, query);
        QFETCH(QDate, date);
        QCOMPARE(parseInquiryDate(QUrlQuery(query)), date);
    }

    void anUnreadableDateIsRefused_data()
    {
        kikan::test::addColumns<QString, QString>({"query", "message"});
        QTest::newRow("blank") << u"date=%20"_s << u"日付を入力してください。"_s;
        QTest::newRow("no such day") << u"date=2024-02-30"_s << QString();
        QTest::newRow("not a date") << u"date=abc"_s << QString();
    }
    void anUnreadableDateIsRefused()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        try {
            parseInquiryDate(QUrlQuery(query));
            QFAIL("accepted");
        } catch (const core::Failure &e) {
            QCOMPARE(e.code(), QString::fromLatin1(api::err::Validation));
            QCOMPARE(e.field(), u"date"_s);
            QVERIFY(!e.detail().isEmpty());
            if (!message.isEmpty())
                QCOMPARE(e.detail(), message);
        }
    }
};

QTEST_GUILESS_MAIN(InquiryTest)
#include "inquiry_test.moc"
