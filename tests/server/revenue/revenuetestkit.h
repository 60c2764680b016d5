// What the 収納管理 server tests share: a 調定 input, the clerk who acts, the code of a refused
// call, and a ledger emptied between tests (one server per store: a PostgreSQL cluster is slow to
// start).
#pragma once

#include "server/assessment/assessmentledger.h"
#include "server/core/actor.h"
#include "server/core/failure.h"
#include "server/revenue/ledger.h"
#include "server/revenue/reconciler.h"
#include "server/store/database.h"
#include "tests/support/testserver.h"

#include <QSqlQuery>

#include <functional>

namespace kikan::test {

inline assessment::AssessmentInput assessmentInput(const QString &key, qint64 partyNo, qint64 yen,
                                                   QDate due, const QString &noticeNo = {})
{
    assessment::AssessmentInput in;
    in.revenueItem = QStringLiteral("light_vehicle_tax");
    in.fiscalYear = 2026;
    in.installment = 1;
    in.partyNo = partyNo;
    in.subject = QStringLiteral("vehicle:") + key;
    in.noticeNo = noticeNo;
    in.dueDate = due;
    in.amount = core::Money::ofYen(yen);
    in.sourceKey = QStringLiteral("lvt:2026:") + key;
    return in;
}

inline core::Actor revenueClerk()
{
    core::Actor a;
    a.userId = 7;
    a.loginId = QStringLiteral("suitou01");
    a.rights = {QStringLiteral("revenue:view"), QStringLiteral("revenue:update")};
    return a;
}

// The code of the core::Failure a call throws, or "" when it does not.
inline QString failureCode(const std::function<void()> &call)
{
    try {
        call();
    } catch (const core::Failure &f) {
        return f.code();
    }
    return {};
}

// Empties 収納管理's tables, the latest first.
inline void clearRevenueTables(store::Database &database)
{
    for (const char *table : {"revenue_refunds", "revenue_appropriations", "revenue_dunning_notices", "revenue_late_charges", "revenue_debit_failures", "revenue_receipt_history", "revenue_overpayments",
                              "revenue_applications", "revenue_receipts", "revenue_imports",
                              "revenue_assessment_adjustments", "revenue_assessments"})
        store::exec(database.connection(), QStringLiteral("DELETE FROM ") + QLatin1String(table));
}

// The number of rows of a table matching a condition.
inline int countRows(store::Database &database, const QString &table,
                     const QString &where = QStringLiteral("1 = 1"), const QVariantList &values = {})
{
    QSqlQuery q = store::exec(database.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where),
                              values);
    q.next();
    return q.value(0).toInt();
}

} // namespace kikan::test

namespace kikan::test {

// A server on one store with 収納管理's parts at hand, its ledger emptied by clear().
class RevenueServer
{
public:
    explicit RevenueServer(TestServer::Store store) : m_server(store) {}

    core::ServerContext &context() { return m_server.app().context(); }
    revenue::RevenueLedger &ledger() { return context().services.get<revenue::RevenueLedger>(); }
    revenue::Reconciler &reconciler() { return context().services.get<revenue::Reconciler>(); }
    core::Money owed(qint64 assessmentId) { return ledger().find(assessmentId)->outstanding(); }
    int rows(const QString &table, const QString &where = QStringLiteral("1 = 1"))
    {
        return countRows(context().database, table, where);
    }
    void clear() { clearRevenueTables(context().database); }

private:
    TestServer m_server;
};

} // namespace kikan::test

namespace kikan::test {

// The base of a 収納管理 test object run on one store (execOnBothStores): its server, started in
// the test's initTestCase() with startServer().
class RevenueTestCase : public QObject
{
public:
    explicit RevenueTestCase(TestServer::Store store) : m_store(store) {}

protected:
    void startServer() { m_server = std::make_unique<RevenueServer>(m_store); }
    void stopServer() { m_server.reset(); }

    TestServer::Store m_store;
    std::unique_ptr<RevenueServer> m_server;
};

} // namespace kikan::test
