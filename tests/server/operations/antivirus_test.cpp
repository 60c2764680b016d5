// Antivirus (issue 15, 7; docs/operations.md "Antivirus") with a real clamd and the real HTTPS
// server on SQLite: the EICAR test file sent as an upload is refused before its handler runs,
// quarantined byte for byte and logged; a clean file passes; with clamd gone, files are refused
// (fail closed) while ordinary JSON requests go on.
#include "clamdprocess.h"

#include "server/core/context.h"
#include "server/module/declaredmodule.h"
#include "server/operations/antivirus.h"
#include "server/store/database.h"
#include "shared/api/operations/errors.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace kikan;

namespace {

std::atomic<int> g_handled{0};

// A test area with one public route that takes a file.
std::unique_ptr<module::Module> uploadModule()
{
    return module::declare({
        .name = QStringLiteral("upload_test"),
        .routes = [](core::ServerContext &, http::Router &router) {
            router.add({QStringLiteral("POST"), QStringLiteral("/api/v1/upload-test"),
                        http::Access::publicRoute(), QStringLiteral("upload_test.take"),
                        [](http::Request &) {
                            ++g_handled;
                            return http::Response::json(QJsonObject{{"taken", true}});
                        }});
        },
    });
}

} // namespace

class AntivirusTest : public QObject
{
    Q_OBJECT
private:
    test::HttpReply upload(const QByteArray &body, const QByteArray &type = "text/csv")
    {
        return m_server->client().request("POST", QStringLiteral("/api/v1/upload-test"), body, {},
                                          type);
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q = store::exec(m_server->app().context().database.connection(), sql);
        q.next();
        return q.value(0).toLongLong();
    }

    std::unique_ptr<test::ClamdProcess> m_clamd;
    std::unique_ptr<test::TestServer> m_server;

private slots:
    void initTestCase()
    {
        m_clamd = std::make_unique<test::ClamdProcess>();
        QVERIFY2(m_clamd->waitUntilReady(), qPrintable(m_clamd->log()));
        std::vector<std::unique_ptr<module::Module>> extra;
        extra.push_back(uploadModule());
        m_server = std::make_unique<test::TestServer>(
            test::TestServer::Store::Sqlite,
            QHash<QString, QVariant>{{QStringLiteral("antivirus/clamd_socket"), m_clamd->socketPath()}},
            std::move(extra));
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_clamd.reset();
    }

    void clamdFindsEicarThroughItsSocket()
    {
        const operations::Clamd clamd(m_clamd->socketPath());
        const operations::ScanVerdict hit = clamd.scan(QByteArray("id,name\n") + test::eicar());
        QCOMPARE(int(hit.kind), int(operations::ScanVerdict::Kind::Clean)); // hash: whole file only
        const operations::ScanVerdict exact = clamd.scan(test::eicar());
        QCOMPARE(int(exact.kind), int(operations::ScanVerdict::Kind::Infected));
        QVERIFY2(exact.signature.contains(QStringLiteral("Kikan.Test.EICAR")),
                 qPrintable(exact.signature));
    }

    void eicarIsRefusedQuarantinedAndLogged()
    {
        g_handled = 0;
        const test::HttpReply r = upload(test::eicar());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::AntivirusInfected));
        QCOMPARE(g_handled.load(), 0); // the handler never saw it
        const QDir quarantine(m_server->dataDir() + QStringLiteral("/quarantine"));
        const QStringList kept = quarantine.entryList(QDir::Files);
        QCOMPARE(kept.size(), 1);
        QFile file(quarantine.absoluteFilePath(kept.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), test::eicar());
        QCOMPARE(int(file.permissions() & (QFile::ReadOther | QFile::ReadGroup)), 0);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE event = 'operations.virus_found' "
                       "AND success = 0 AND subject = 'quarantine:" + kept.first() + "'"),
                 1);
    }

    void aCleanFilePasses()
    {
        g_handled = 0;
        const test::HttpReply r = upload("id,name\n1,山田 太郎\n");
        QCOMPARE(r.status, 200);
        QCOMPARE(g_handled.load(), 1);
    }

    void withoutClamdFilesAreRefusedAndJsonGoesOn()
    {
        m_clamd->stop();
        g_handled = 0;
        const test::HttpReply file = upload("id,name\n1,山田 太郎\n");
        QCOMPARE(file.status, 503);
        QCOMPARE(file.code(), QString::fromLatin1(api::err::AntivirusUnavailable));
        QCOMPARE(g_handled.load(), 0);
        const test::HttpReply json = upload(R"({"small":"request"})", "application/json");
        QCOMPARE(json.status, 200);
        QCOMPARE(g_handled.load(), 1);
    }
};

QTEST_GUILESS_MAIN(AntivirusTest)
#include "antivirus_test.moc"
