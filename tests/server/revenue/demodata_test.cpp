// The demo town's 収納 (server/revenue/demodata.h, after `demotown generate` and 軽自動車税's 当初課税):
// written once, through the real reconciler — payments by every channel, some late with 延滞金,
// some 過誤納, some left unpaid — and the 日計表 of every demo file agrees with the file.
#include "server/app/moduleset.h"
#include "server/revenue/dailyreport.h"
#include "server/resident/demotown/generator.h"
#include "server/store/database.h"
#include "tests/server/resident/residenttestkit.h"

#include <QSqlQuery>
#include <QTest>

using namespace kikan;
using namespace Qt::Literals::StringLiterals;

class RevenueDemoDataTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestServer> m_server;

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q = store::exec(m_server->app().context().database.connection(), sql);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::TestServer>();
        test::setClock(*m_server, QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        store::Database &db = m_server->app().context().database;
        resident::demotown::markDemoDatabase(db);
        resident::demotown::GenerateOptions options;
        options.residents = 600;
        options.seed = 5;
        resident::demotown::generate(db, options);
    }

    void paidByEveryChannelOnce()
    {
        auto &modules = m_server->app().modules();
        const QStringList lines = modules.writeDemoData(m_server->app().context(), {5});
        QVERIFY2(lines.join(u'\n').contains(u"収納"_s), qPrintable(lines.join(u'\n')));
        const qint64 assessments = scalar(u"SELECT COUNT(*) FROM revenue_assessments WHERE fiscal_year = 2026"_s);
        QVERIFY(assessments >= 100);
        for (const char *channel : {"convenience", "direct_debit", "counter"})
            QVERIFY2(scalar(u"SELECT COUNT(*) FROM revenue_receipts WHERE channel = '%1'"_s.arg(QLatin1String(channel))) > 0,
                     channel);
        const qint64 receipts = scalar(u"SELECT COUNT(*) FROM revenue_receipts"_s);
        QVERIFY(receipts > assessments / 2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM revenue_receipts WHERE status IN ('unmatched', 'mismatch')"_s), 0);
        QVERIFY(scalar(u"SELECT COUNT(*) FROM revenue_overpayments"_s) > 0);   // 重複納付
        QVERIFY(scalar(u"SELECT COUNT(*) FROM revenue_late_charges"_s) >= 0);
        // Some 調定 left unpaid for the 督促 batch.
        QVERIFY(scalar(u"SELECT COUNT(*) FROM revenue_assessments a WHERE NOT EXISTS (SELECT 1 FROM "
                       "revenue_applications p WHERE p.assessment_id = a.id)"_s) > 0);
        // Every demo file agrees with its own total in the 月計表.
        const revenue::DailyReport month = revenue::dailyReport(m_server->app().context().database.connection(),
                                                                QDate(2026, 4, 1), QDate(2026, 12, 2));
        QVERIFY(!month.imports.isEmpty());
        for (const revenue::ImportTotal &t : month.imports)
            QVERIFY2(t.agrees(), qPrintable(t.fileName));
        QCOMPARE(month.total.count, int(receipts));

        const QStringList again = modules.writeDemoData(m_server->app().context(), {5});
        QVERIFY(!again.join(u'\n').contains(u"収納"_s));
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM revenue_receipts"_s), receipts);
    }
};

QTEST_GUILESS_MAIN(RevenueDemoDataTest)
#include "demodata_test.moc"
