// The rules of 支援措置 (server/resident/protection.h; 住民基本台帳事務処理要領 第5-10): when a
// measure is in force, the period it may be registered for, who may see or certify a protected
// person, and that a 第三者's certificate request (住民基本台帳法 第12条の3) for one is refused.
#include "server/resident/protection.h"

#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::resident;

Q_DECLARE_METATYPE(kikan::resident::Disclosure)

namespace {

ProtectionMeasure measure(QDate startsOn, QDate endsOn, const QString &liftedAt = {})
{
    ProtectionMeasure m;
    m.partyNo = 1001;
    m.startsOn = startsOn;
    m.endsOn = endsOn;
    m.reason = QStringLiteral("dv");
    m.liftedAt = liftedAt;
    return m;
}

core::Actor actorWith(const QStringList &rights)
{
    core::Actor a;
    for (const QString &r : rights)
        a.rights.insert(r);
    return a;
}

} // namespace

class ProtectionTest : public QObject
{
    Q_OBJECT
private slots:
    void aMeasureIsInForceFromItsStartToItsEndUnlessLifted_data()
    {
        kikan::test::addColumns<QDate, QDate, QString, QDate, bool>(
            {"startsOn", "endsOn", "liftedAt", "date", "inForce"});
        const QDate start(2025, 6, 1), end(2026, 5, 31); // one year, renewed (要領 第5-10)
        QTest::newRow("the day before") << start << end << QString() << start.addDays(-1) << false;
        QTest::newRow("the first day") << start << end << QString() << start << true;
        QTest::newRow("the last day") << start << end << QString() << end << true;
        QTest::newRow("the day after") << start << end << QString() << end.addDays(1) << false;
        QTest::newRow("open-ended, years on") << start << QDate() << QString()
                                              << start.addYears(5) << true;
        QTest::newRow("lifted") << start << end << QStringLiteral("2025-07-01T00:00:00Z")
                                << QDate(2025, 6, 15) << false;
    }
    void aMeasureIsInForceFromItsStartToItsEndUnlessLifted()
    {
        QFETCH(QDate, startsOn);
        QFETCH(QDate, endsOn);
        QFETCH(QString, liftedAt);
        QFETCH(QDate, date);
        QFETCH(bool, inForce);
        QCOMPARE(resident::inForce(measure(startsOn, endsOn, liftedAt), date), inForce);
    }

    void aPeriodEndsNoEarlierThanItStarts()
    {
        const QDate start(2025, 6, 1);
        QVERIFY(!periodRefusal(start, QDate()));
        QVERIFY(!periodRefusal(start, start));
        QVERIFY(!periodRefusal(start, start.addYears(1)));
        const auto refusal = periodRefusal(start, start.addDays(-1));
        QVERIFY(refusal);
        QCOMPARE(refusal->code(), QString::fromLatin1(api::err::Validation));
        QCOMPARE(refusal->field(), QStringLiteral("endsOn"));
    }

    void theReasonIsFromTheCodeTable()
    {
        const QHash<QString, QString> reasons{{QStringLiteral("dv"), QStringLiteral("DV")}};
        QVERIFY(!reasonRefusal(QStringLiteral("dv"), reasons));
        const auto refusal = reasonRefusal(QStringLiteral("grudge"), reasons);
        QVERIFY(refusal);
        QCOMPARE(refusal->field(), QStringLiteral("reason"));
        QVERIFY(refusal->detail().contains(u"grudge"));
    }

    void whoMaySeeOrCertifyAProtectedPerson_data()
    {
        kikan::test::addColumns<bool, bool, bool, Disclosure>(
            {"protectedNow", "specialRight", "thirdParty", "disclosure"});
        // Not protected: open to anyone with the area's rights, nothing logged.
        QTest::newRow("not protected") << false << false << false << Disclosure::Open;
        QTest::newRow("not protected, 第三者") << false << false << true << Disclosure::Open;
        // Protected: only staff with resident:protected (要領 第5-10), every access logged.
        QTest::newRow("protected, no right") << true << false << false << Disclosure::Refused;
        QTest::newRow("protected, right") << true << true << false << Disclosure::Allowed;
        // 法第12条の3 + 要領 第5-10: a 第三者's request for a protected person is refused even
        // when the clerk holds the right.
        QTest::newRow("protected, 第三者, right") << true << true << true << Disclosure::Refused;
        QTest::newRow("protected, 第三者") << true << false << true << Disclosure::Refused;
    }
    void whoMaySeeOrCertifyAProtectedPerson()
    {
        QFETCH(bool, protectedNow);
        QFETCH(bool, specialRight);
        QFETCH(bool, thirdParty);
        QFETCH(Disclosure, disclosure);
        const core::Actor actor = actorWith(specialRight ? QStringList{"resident:view",
                                                                       "resident:protected"}
                                                         : QStringList{"resident:view"});
        QCOMPARE(resident::disclosure(protectedNow, actor, thirdParty), disclosure);
    }

    void refusalsSayResidentProtected()
    {
        const core::Failure seen = protectedRefusal(1001);
        QCOMPARE(seen.code(), QString::fromLatin1(api::err::ResidentProtected));
        QVERIFY(seen.detail().contains(u"1001"));
        const core::Failure third = thirdPartyRefusal();
        QCOMPARE(third.code(), QString::fromLatin1(api::err::ResidentProtected));
        QVERIFY(third.detail().contains(QString::fromUtf8("第三者")));
    }
};

QTEST_GUILESS_MAIN(ProtectionTest)
#include "protection_test.moc"
