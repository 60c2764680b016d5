// The 調定 ledger the tax areas use (server/assessment/assessmentledger.h, server/revenue/ledger.h)
// on SQLite and PostgreSQL, obtained as a tax area obtains it (the server's services): a 調定 made
// twice is one, made again with other facts is refused, 更正 are kept as rows with optimistic
// concurrency, a 年度's 調定 and arrears are listed, and calls join the caller's transaction.
#include "server/assessment/assessmentledger.h"
#include "server/core/actor.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/errorcode.h"
#include "shared/api/revenue/errors.h"
#include "tests/support/bothstores.h"

#include <QSqlQuery>

using namespace kikan;
using assessment::AssessmentInput;
using core::Money;

namespace {

AssessmentInput input(const QString &key, qint64 partyNo, qint64 yen, QDate due,
                      const QString &noticeNo = {})
{
    AssessmentInput in;
    in.revenueItem = QStringLiteral("light_vehicle_tax");
    in.fiscalYear = 2026;
    in.installment = 1;
    in.partyNo = partyNo;
    in.subject = QStringLiteral("vehicle:") + key;
    in.noticeNo = noticeNo;
    in.dueDate = due;
    in.amount = Money::ofYen(yen);
    in.sourceKey = QStringLiteral("lvt:2026:") + key;
    return in;
}

const core::Actor kClerk = [] {
    core::Actor a;
    a.userId = 7;
    a.loginId = QStringLiteral("zeimu01");
    return a;
}();

QString codeOf(const std::function<void()> &call)
{
    try {
        call();
    } catch (const core::Failure &f) {
        return f.code();
    }
    return {};
}

} // namespace

class LedgerTest : public QObject
{
    Q_OBJECT
public:
    explicit LedgerTest(test::TestServer::Store store) : m_store(store) {}

private:
    test::TestServer::Store m_store;
    std::unique_ptr<test::TestServer> m_server;

    assessment::AssessmentLedger &ledger()
    {
        return m_server->app().context().services.get<assessment::AssessmentLedger>();
    }
    store::Database &database() { return m_server->app().context().database; }
    // A 消込 row as the reconciliation writes it (the receipt ledger is its own test).
    void applyPayment(qint64 assessmentId, qint64 yen)
    {
        store::exec(database().connection(),
                    QStringLiteral("INSERT INTO revenue_applications (assessment_id, receipt_id, "
                                   "amount, applied_at, applied_by) VALUES (?, 1, ?, "
                                   "'2026-06-01T00:00:00.000Z', 7)"),
                    {assessmentId, yen});
    }

private slots:
    void initTestCase() { m_server = std::make_unique<test::TestServer>(m_store); }
    void cleanupTestCase() { m_server.reset(); }
    // Every test starts from an empty ledger (one server per store: a PostgreSQL cluster is slow
    // to start).
    void init()
    {
        for (const char *table : {"revenue_applications", "revenue_assessment_adjustments",
                                  "revenue_assessments"})
            store::exec(database().connection(), QStringLiteral("DELETE FROM ") + QLatin1String(table));
    }

    void aNewAssessmentIsKeptAsGiven()
    {
        const auto in = input("1", 1001, 10800, QDate(2026, 6, 1), QStringLiteral("000123"));
        const qint64 id = ledger().create(in, kClerk);
        QVERIFY(id > 0);
        const auto a = ledger().find(id);
        QVERIFY(a);
        QCOMPARE(a->input.revenueItem, in.revenueItem);
        QCOMPARE(a->input.fiscalYear, 2026);
        QCOMPARE(a->input.installment, 1);
        QCOMPARE(a->input.partyNo, qint64(1001));
        QCOMPARE(a->input.subject, QStringLiteral("vehicle:1"));
        QCOMPARE(a->input.noticeNo, QStringLiteral("000123"));
        QCOMPARE(a->input.dueDate, QDate(2026, 6, 1));
        QCOMPARE(a->input.amount, Money::ofYen(10800));
        QCOMPARE(a->received, Money());
        QCOMPARE(a->version, 0);
        QCOMPARE(a->outstanding(), Money::ofYen(10800));
        QCOMPARE(ledger().findBySource(in.sourceKey)->id, id);
        QVERIFY(!ledger().find(id + 1000));
        QVERIFY(!ledger().findBySource(QStringLiteral("lvt:none")));
    }

    void theSameFactsTwiceAreOneAssessment()
    {
        const auto in = input("1", 1001, 10800, QDate(2026, 6, 1), QStringLiteral("123"));
        const qint64 id = ledger().create(in, kClerk);
        QCOMPARE(ledger().create(in, kClerk), id);
        QCOMPARE(ledger().ofYear(in.revenueItem, 2026).size(), 1);
    }

    void otherFactsUnderTheSameKeyAreRefused_data()
    {
        QTest::addColumn<int>("what");
        QTest::newRow("amount") << 0;
        QTest::newRow("due date") << 1;
        QTest::newRow("party") << 2;
        QTest::newRow("installment") << 3;
    }
    void otherFactsUnderTheSameKeyAreRefused()
    {
        QFETCH(int, what);
        const auto in = input("1", 1001, 10800, QDate(2026, 6, 1));
        const qint64 id = ledger().create(in, kClerk);
        auto other = in;
        switch (what) {
        case 0: other.amount = Money::ofYen(7200); break;
        case 1: other.dueDate = QDate(2026, 6, 30); break;
        case 2: other.partyNo = 1002; break;
        default: other.installment = 2; break;
        }
        QCOMPARE(codeOf([&] { ledger().create(other, kClerk); }),
                 QString::fromLatin1(api::err::RevenueAssessmentConflict));
        QCOMPARE(ledger().find(id)->input.amount, Money::ofYen(10800));
    }

    void aNoticeNumberBelongsToOneAssessment()
    {
        ledger().create(input("1", 1001, 10800, QDate(2026, 6, 1), QStringLiteral("123")), kClerk);
        // The barcode zero-fills: 000123 is the same 通知書番号.
        QCOMPARE(codeOf([&] {
                     ledger().create(input("2", 1002, 7200, QDate(2026, 6, 1),
                                           QStringLiteral("000123")), kClerk);
                 }),
                 QString::fromLatin1(api::err::RevenueNoticeNoTaken));
        QVERIFY(!ledger().findBySource(QStringLiteral("lvt:2026:2")));
        // Without a 通知書番号 there is nothing to share.
        ledger().create(input("3", 1003, 3600, QDate(2026, 6, 1)), kClerk);
        ledger().create(input("4", 1004, 3600, QDate(2026, 6, 1)), kClerk);
        QCOMPARE(ledger().ofYear(QStringLiteral("light_vehicle_tax"), 2026).size(), 3);
    }

    void anInputWithoutItsFactsIsRefused_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("field");
        QTest::newRow("科目") << 0 << "revenueItem";
        QTest::newRow("年度") << 1 << "fiscalYear";
        QTest::newRow("期別") << 2 << "installment";
        QTest::newRow("納義務者") << 3 << "partyNo";
        QTest::newRow("納期限") << 4 << "dueDate";
        QTest::newRow("negative amount") << 5 << "amount";
        QTest::newRow("source key") << 6 << "sourceKey";
    }
    void anInputWithoutItsFactsIsRefused()
    {
        QFETCH(int, what);
        QFETCH(QString, field);
        auto in = input("1", 1001, 10800, QDate(2026, 6, 1));
        switch (what) {
        case 0: in.revenueItem.clear(); break;
        case 1: in.fiscalYear = 0; break;
        case 2: in.installment = 0; break;
        case 3: in.partyNo = 0; break;
        case 4: in.dueDate = QDate(); break;
        case 5: in.amount = Money::ofYen(-1); break;
        default: in.sourceKey.clear(); break;
        }
        try {
            ledger().create(in, kClerk);
            QFAIL("accepted");
        } catch (const core::Failure &f) {
            QCOMPARE(f.code(), QString::fromLatin1(api::err::Validation));
            QCOMPARE(f.field(), field);
        }
    }

    void anAdjustmentIsARowAndTheAmountFollowsIt()
    {
        const auto in = input("1", 1001, 10800, QDate(2026, 6, 1));
        const qint64 id = ledger().create(in, kClerk);
        ledger().adjust(id, 0, Money::ofYen(7200), QStringLiteral("税率区分の訂正"), kClerk);
        ledger().adjust(id, 1, Money(), QStringLiteral("廃車（賦課期日前）"), kClerk);
        const auto a = ledger().find(id);
        QCOMPARE(a->input.amount, Money());
        QCOMPARE(a->version, 2);
        QSqlQuery q = store::exec(database().connection(),
                                  QStringLiteral("SELECT seq, amount_before, amount_after, reason, "
                                                 "adjusted_by_login FROM "
                                                 "revenue_assessment_adjustments WHERE "
                                                 "assessment_id = ? ORDER BY seq"), {id});
        QStringList rows;
        while (q.next()) {
            store::RowReader r(q);
            const int seq = r.integer();
            const qint64 before = r.id(), after = r.id();
            const QString reason = r.text(), login = r.text();
            rows << QStringLiteral("%1 %2→%3 %4 %5").arg(seq).arg(before).arg(after)
                        .arg(reason, login);
        }
        QCOMPARE(rows, QStringList({QStringLiteral("1 10800→7200 税率区分の訂正 zeimu01"),
                                    QStringLiteral("2 7200→0 廃車（賦課期日前） zeimu01")}));
        // The 当初 facts re-run by the tax area's batch are still the same 調定.
        QCOMPARE(ledger().create(in, kClerk), id);
    }

    void aStaleVersionIsRefusedAndWritesNothing()
    {
        const qint64 id = ledger().create(input("1", 1001, 10800, QDate(2026, 6, 1)), kClerk);
        ledger().adjust(id, 0, Money::ofYen(7200), QStringLiteral("更正"), kClerk);
        QCOMPARE(codeOf([&] { ledger().adjust(id, 0, Money::ofYen(5000), QStringLiteral("更正"), kClerk); }),
                 QString::fromLatin1(api::err::Conflict));
        QCOMPARE(codeOf([&] { ledger().adjust(id, 5, Money::ofYen(5000), QStringLiteral("更正"), kClerk); }),
                 QString::fromLatin1(api::err::Conflict));
        QCOMPARE(codeOf([&] { ledger().adjust(id + 99, 0, Money(), QStringLiteral("更正"), kClerk); }),
                 QString::fromLatin1(api::err::RevenueAssessmentNotFound));
        QCOMPARE(codeOf([&] { ledger().adjust(id, 1, Money::ofYen(-5), QStringLiteral("更正"), kClerk); }),
                 QString::fromLatin1(api::err::Validation));
        QCOMPARE(codeOf([&] { ledger().adjust(id, 1, Money(), QString(), kClerk); }),
                 QString::fromLatin1(api::err::Validation));
        QCOMPARE(ledger().find(id)->input.amount, Money::ofYen(7200));
        QCOMPARE(ledger().find(id)->version, 1);
    }

    void aYearListsItsAssessmentsInIdOrder()
    {
        const qint64 a = ledger().create(input("1", 1001, 10800, QDate(2026, 6, 1)), kClerk);
        const qint64 b = ledger().create(input("2", 1002, 3600, QDate(2026, 6, 1)), kClerk);
        auto other = input("3", 1001, 7200, QDate(2027, 5, 31));
        other.fiscalYear = 2027;
        ledger().create(other, kClerk);
        const auto year = ledger().ofYear(QStringLiteral("light_vehicle_tax"), 2026);
        QCOMPARE(year.size(), 2);
        QCOMPARE(year.at(0).id, a);
        QCOMPARE(year.at(1).id, b);
        QVERIFY(ledger().ofYear(QStringLiteral("fixed_asset_tax"), 2026).isEmpty());
    }

    void arrearsAreWhatIsUnpaidAfterItsDueDate()
    {
        const qint64 older = ledger().create(input("1", 1001, 10800, QDate(2025, 6, 2)), kClerk);
        const qint64 due = ledger().create(input("2", 1001, 3600, QDate(2026, 6, 1)), kClerk);
        const qint64 paid = ledger().create(input("3", 1001, 2000, QDate(2026, 6, 1)), kClerk);
        const qint64 partly = ledger().create(input("4", 1002, 7200, QDate(2026, 6, 1)), kClerk);
        ledger().create(input("5", 1001, 5000, QDate(2026, 7, 31)), kClerk); // not yet due
        applyPayment(paid, 2000);
        applyPayment(partly, 5000);
        const QDate asOf(2026, 6, 2);
        auto ids = [](const QList<assessment::Assessment> &list) {
            QList<qint64> out;
            for (const auto &a : list)
                out << a.id;
            return out;
        };
        QCOMPARE(ids(ledger().arrears({1001, {}, {}, asOf})), QList<qint64>({older, due}));
        QCOMPARE(ids(ledger().arrears({0, {}, {}, asOf})), QList<qint64>({older, due, partly}));
        QCOMPARE(ids(ledger().arrears({0, QStringLiteral("vehicle:4"), {}, asOf})),
                 QList<qint64>({partly}));
        QCOMPARE(ledger().find(partly)->outstanding(), Money::ofYen(2200));
        QVERIFY(ledger().arrears({1001, {}, QStringLiteral("fixed_asset_tax"), asOf}).isEmpty());
        // On its 納期限 a 調定 is not yet in arrears.
        QCOMPARE(ids(ledger().arrears({1001, {}, {}, QDate(2026, 6, 1)})), QList<qint64>({older}));
        // Reduced to what was paid by a 更正, it is no longer in arrears.
        ledger().adjust(partly, 0, Money::ofYen(5000), QStringLiteral("減額更正"), kClerk);
        QVERIFY(ledger().arrears({1002, {}, {}, asOf}).isEmpty());
    }

    void callsJoinTheCallersTransaction()
    {
        {
            store::Transaction tx(database());
            ledger().create(input("1", 1001, 10800, QDate(2026, 6, 1)), kClerk);
            // rolled back: the batch failed after handing over its 調定
        }
        QVERIFY(!ledger().findBySource(QStringLiteral("lvt:2026:1")));
        store::Transaction tx(database());
        const qint64 id = ledger().create(input("1", 1001, 10800, QDate(2026, 6, 1)), kClerk);
        ledger().adjust(id, 0, Money::ofYen(7200), QStringLiteral("更正"), kClerk);
        tx.commit();
        QCOMPARE(ledger().find(id)->input.amount, Money::ofYen(7200));
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<LedgerTest>(argc, argv);
}

#include "ledger_test.moc"
