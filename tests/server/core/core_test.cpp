// server/core: the 処理日 in 日本標準時 at the day's edges, the one timestamp format, the error value,
// events between areas (order, failures, no subscriber) and services by interface.
#include "server/core/dates.h"
#include "server/core/eventbus.h"
#include "server/core/failure.h"
#include "server/core/services.h"
#include "shared/api/errorcode.h"
#include "tests/shared/tabletest.h"

#include <QTest>
#include <QTimeZone>

using namespace kikan;

namespace {
struct Ping {
    int n = 0;
};
struct Other {
};
class Greeter
{
public:
    virtual ~Greeter() = default;
    virtual QString hello() const = 0;
};
class JapaneseGreeter : public Greeter
{
public:
    QString hello() const override { return QStringLiteral("こんにちは"); }
};
} // namespace

class CoreTest : public QObject
{
    Q_OBJECT
private slots:
    void processingDateIsTheDateInJapan_data()
    {
        kikan::test::addColumns<QDateTime, QDate>({"utc", "expected"});
        // JST = UTC+9: the date turns at 15:00 UTC.
        QTest::newRow("14:59:59Z is still the same day in Japan")
            << QDateTime(QDate(2026, 12, 1), QTime(14, 59, 59), Qt::UTC) << QDate(2026, 12, 1);
        QTest::newRow("15:00Z is the next day in Japan")
            << QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC) << QDate(2026, 12, 2);
        QTest::newRow("年度末 31 March 15:00Z is 1 April (new 年度)")
            << QDateTime(QDate(2027, 3, 31), QTime(15, 0), Qt::UTC) << QDate(2027, 4, 1);
        QTest::newRow("大晦日 31 December 15:00Z is 元日")
            << QDateTime(QDate(2026, 12, 31), QTime(15, 0), Qt::UTC) << QDate(2027, 1, 1);
        QTest::newRow("a local time is read as the instant it is")
            << QDateTime(QDate(2026, 12, 2), QTime(8, 30), QTimeZone(9 * 3600))
            << QDate(2026, 12, 2);
    }
    void processingDateIsTheDateInJapan()
    {
        QFETCH(QDateTime, utc);
        QFETCH(QDate, expected);
        core::ManualClock clock(utc);
        QCOMPARE(core::processingDate(clock), expected);
        QCOMPARE(core::japanDate(utc), expected);
    }

    void oneTimestampFormat()
    {
        const QDateTime t(QDate(2026, 12, 2), QTime(4, 13, 41, 123), Qt::UTC);
        QCOMPARE(core::timestamp(t), QStringLiteral("2026-12-02T04:13:41.123Z"));
        // Fixed width: stored texts compare in time order.
        QCOMPARE(core::timestamp(t.addMSecs(-123)), QStringLiteral("2026-12-02T04:13:41.000Z"));
        QCOMPARE(core::timestamp(QDateTime(QDate(2026, 12, 2), QTime(13, 0), QTimeZone(9 * 3600))),
                 QStringLiteral("2026-12-02T04:00:00.000Z"));
        QCOMPARE(core::parseTimestamp(QStringLiteral("2026-12-02T04:13:41.123Z")), t);
        QCOMPARE(core::parseTimestamp(QStringLiteral("2026-12-02T04:13:41Z")), t.addMSecs(-123));
        QVERIFY(!core::parseTimestamp(QStringLiteral("2026-13-02")).isValid());
        QCOMPARE(core::isoDate(QDate(2027, 4, 1)), QStringLiteral("2027-04-01"));
        QCOMPARE(core::isoDate(QDate()), QString());
    }

    void failureCarriesCodeFieldAndStatus()
    {
        const core::Failure f = core::Failure::invalidField(QStringLiteral("effectiveDate"),
                                                            QStringLiteral("日付が正しくありません。"));
        QCOMPARE(f.code(), QString::fromLatin1(api::err::Validation));
        QCOMPARE(f.field(), QStringLiteral("effectiveDate"));
        QCOMPARE(f.httpStatus(), 422);
        QCOMPARE(core::Failure(api::err::Conflict).httpStatus(), 409);
        QCOMPARE(core::Failure(api::err::Conflict).field(), QString());
        const core::Failure fromValue(core::Error{QStringLiteral("store.unavailable"),
                                                  QStringLiteral("接続できません。")});
        QCOMPARE(fromValue.httpStatus(), 503);
        QCOMPARE(fromValue.detail(), QStringLiteral("接続できません。"));
    }

    void eventsReachSubscribersInOrderAndFailuresAreContained()
    {
        core::EventBus bus;
        QStringList calls, failures;
        bus.setErrorSink([&](const QString &who, const QString &) { failures << who; });
        bus.subscribe<Ping>(QStringLiteral("a"), [&](const Ping &p) { calls << QStringLiteral("a%1").arg(p.n); });
        bus.subscribe<Ping>(QStringLiteral("broken"), [](const Ping &) { throw std::runtime_error("x"); });
        bus.subscribe<Ping>(QStringLiteral("b"), [&](const Ping &p) { calls << QStringLiteral("b%1").arg(p.n); });
        QCOMPARE(bus.publish(Ping{7}), 2);
        QCOMPARE(calls, (QStringList{QStringLiteral("a7"), QStringLiteral("b7")}));
        QCOMPARE(failures, QStringList{QStringLiteral("broken")});
        QCOMPARE(bus.publish(Other{}), 0); // nobody listens: nothing happens
        QCOMPARE(bus.subscriberCount(std::type_index(typeid(Ping))), 3);
    }

    void costlyEventsAreBuiltOnlyForListenersAndNeverThrow()
    {
        core::EventBus bus;
        int built = 0;
        QStringList failures;
        bus.setErrorSink([&](const QString &who, const QString &) { failures << who; });
        const auto build = [&] { ++built; return Ping{1}; };
        QCOMPARE(bus.publishWith<Ping>(build), 0);
        QCOMPARE(built, 0); // nobody listens: nothing read back
        int heard = 0;
        bus.subscribe<Ping>(QStringLiteral("a"), [&](const Ping &) { ++heard; });
        QCOMPARE(bus.publishWith<Ping>(build), 1);
        QCOMPARE(built, 1);
        QCOMPARE(heard, 1);
        QCOMPARE(bus.publishWith<Ping>([]() -> Ping { throw std::runtime_error("store"); }), 0);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(heard, 1);
    }

    void servicesByInterface()
    {
        core::Services services;
        QVERIFY(!services.find<Greeter>());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, services.get<Greeter>());
        JapaneseGreeter greeter;
        services.provide<Greeter>(&greeter);
        QCOMPARE(services.get<Greeter>().hello(), QStringLiteral("こんにちは"));
    }
};

QTEST_GUILESS_MAIN(CoreTest)
#include "core_test.moc"
