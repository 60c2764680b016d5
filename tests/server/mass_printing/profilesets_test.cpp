// Default printer profile sets per terminal group (server/mass_printing/profilesets.cpp) over
// HTTPS on SQLite and PostgreSQL: an administrator pushes a set exported from a terminal, any
// signed-in terminal fetches it (Japanese group names percent-encoded), a second push replaces it,
// a clerk cannot push, a broken set is refused whole, an unknown group is 404.
#include "tests/server/resident/residenttestkit.h"
#include "tests/support/bothstores.h"

#include <QtTest>

using namespace kikan;

namespace {
QJsonObject set(const QString &name)
{
    return {{QStringLiteral("format"), QStringLiteral("kikan-printer-profiles")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("profiles"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("counter")},
                                    {QStringLiteral("printerName"), QStringLiteral("XL-9382")}}}}};
}
} // namespace

class ProfileSetsTest : public QObject
{
    Q_OBJECT
public:
    explicit ProfileSetsTest(test::TestServer::Store store) : m_store(store) {}

private slots:
    void aGroupsSetIsPushedFetchedAndReplaced()
    {
        test::TestServer server(m_store);
        const QString admin = test::staffWithRights(server, QStringLiteral("printadmin"), {"admin:administer"});
        const QString clerk = test::staffWithRights(server, QStringLiteral("printclerk"), {"resident:view"});
        const QString path = QStringLiteral("/api/v1/printing/profile-sets/")
                             + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("本庁窓口")));
        auto put = [&](const QJsonObject &body, const QString &token) {
            return server.client().request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
        };
        QCOMPARE(server.client().get(path, clerk).code(), QStringLiteral("mass_printing.profile_set_not_found"));
        QCOMPARE(put(set(QStringLiteral("窓口1")), clerk).status, 403);
        const test::HttpReply pushed = put(set(QStringLiteral("窓口1")), admin);
        QVERIFY2(pushed.status == 200, pushed.body.constData());
        QCOMPARE(pushed.json().value(QStringLiteral("group")).toString(), QStringLiteral("本庁窓口"));
        QCOMPARE(server.client().get(path, clerk).json(), set(QStringLiteral("窓口1")));
        QCOMPARE(put(set(QStringLiteral("窓口2")), admin).status, 200);
        QCOMPARE(server.client().get(path, clerk).json(), set(QStringLiteral("窓口2")));

        QJsonObject broken = set(QStringLiteral("窓口3"));
        broken.insert(QStringLiteral("profiles"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                                         {QStringLiteral("kind"), QStringLiteral("laser")}}});
        const test::HttpReply refused = put(broken, admin);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), QStringLiteral("mass_printing.profile_set_invalid"));
        QCOMPARE(server.client().get(path, clerk).json(), set(QStringLiteral("窓口2"))); // nothing changed
        QCOMPARE(put(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}, admin).status, 422);
    }

private:
    test::TestServer::Store m_store;
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<ProfileSetsTest>(argc, argv);
}

#include "profilesets_test.moc"
