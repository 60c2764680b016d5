// The fixture the 住民記録 registry tests share (registry_test.cpp, registry_households_test.cpp):
// a server on SQLite or PostgreSQL with 処理日 2025-06-02 (ManualClock), counter staff, and
// helpers to 転入 a family, 照会 a person and search, all over HTTPS.
#pragma once

#include "residenttestkit.h"

#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"
#include "server/store/database.h"

using namespace Qt::Literals::StringLiterals;

namespace kikan::test {

inline const QString kPreviousAddress = QStringLiteral("東京都千代田区霞が関二丁目1番2号");
inline QString s(const char *utf8) { return QString::fromUtf8(utf8); }

class RegistryFixture : public QObject
{
public:
    explicit RegistryFixture(TestServer::Store store) : m_store(store) {}

protected:
    TestServer::Store m_store;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ResidentApi> m_api;
    QString m_clerk, m_clerk2, m_numbers, m_guard;

    struct Family {
        qint64 householdNo = 0;
        int version = 0;
        QList<qint64> parties;
    };

    void start()
    {
        m_server = std::make_unique<TestServer>(m_store);
        setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        m_api = std::make_unique<ResidentApi>(*m_server);
        const QString pass = QStringLiteral("Clerk-Pass-2026");
        addStaff(*m_server, QStringLiteral("clerk"), pass, {s("窓口職員")});
        addStaff(*m_server, QStringLiteral("clerk2"), pass, {s("窓口職員")});
        m_clerk = signIn(*m_server, QStringLiteral("clerk"), pass);
        m_clerk2 = signIn(*m_server, QStringLiteral("clerk2"), pass);
        m_numbers = staffWithRights(*m_server, QStringLiteral("numbers"),
                                    {"resident:view", "resident:my_number"});
        m_guard = staffWithRights(*m_server, QStringLiteral("guard"),
                                  {"resident:view", "resident:administer", "resident:protected"});
    }

    // A 転入 of `persons` into a new household (kind: the route path).
    Family moveIn(const QJsonArray &persons, const QString &area, const QString &number,
                  const QString &date = QStringLiteral("2025-05-20"),
                  const QString &kind = QStringLiteral("move-in"))
    {
        const HttpReply r = m_api->change(
            kind, {{QStringLiteral("effectiveDate"), date}, {QStringLiteral("notifiedDate"), date},
                   {QStringLiteral("address"), address(area, number)},
                   {QStringLiteral("previousAddress"), kPreviousAddress},
                   {QStringLiteral("persons"), persons}},
            m_clerk);
        Family f;
        if (r.status != 201) {
            qWarning("move-in refused: %s", r.body.constData());
            return f;
        }
        for (const QJsonValue &p : r.json().value(QStringLiteral("partyNos")).toArray())
            f.parties << p.toInteger();
        f.householdNo = r.json()[u"households"_s][0][u"householdNo"_s].toInteger();
        f.version = ResidentApi::versionOf(r, f.householdNo);
        return f;
    }
    QJsonObject view(qint64 partyNo, const QString &date = {}, const QString &token = {})
    {
        const HttpReply r = m_api->get(
            QStringLiteral("/persons/%1%2").arg(partyNo)
                .arg(date.isEmpty() ? QString() : QStringLiteral("?date=") + date),
            token.isEmpty() ? m_clerk : token);
        if (r.status != 200)
            qWarning("view refused: %s", r.body.constData());
        return r.json();
    }
    QList<qint64> found(const QString &q, const QString &token = {})
    {
        QList<qint64> out;
        const HttpReply r = m_api->search(q, token.isEmpty() ? m_clerk : token);
        for (const QJsonValue &i : r.json().value(QStringLiteral("items")).toArray())
            out << i[u"partyNo"_s].toInteger();
        return out;
    }
    // The person's version as 照会 shows it (the personVersion of one-person changes).
    int personVersion(qint64 partyNo) { return view(partyNo)[u"version"_s].toInt(); }
    int scalar(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q = store::exec(m_server->app().context().database.connection(), sql, values);
        return q.next() ? q.value(0).toInt() : -1;
    }
    static QJsonObject base(const Family &f, const QString &date)
    {
        return {{QStringLiteral("effectiveDate"), date}, {QStringLiteral("notifiedDate"), date},
                {QStringLiteral("householdNo"), f.householdNo},
                {QStringLiteral("householdVersion"), f.version}};
    }
    static QJsonArray ids(std::initializer_list<qint64> list)
    {
        QJsonArray a;
        for (qint64 v : list)
            a.append(v);
        return a;
    }
};

// Runs a registry test class once on SQLite and once on PostgreSQL.
template <class Test>
int runOnBothStores(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        Test sqlite(TestServer::Store::Sqlite);
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    {
        Test postgres(TestServer::Store::Postgres);
        failures += QTest::qExec(&postgres, argc, argv);
    }
    return failures;
}

} // namespace kikan::test
