// The audit writers: concurrent appends keep the chain valid (SQLite and PostgreSQL), no My Number
// is stored in clear in any column, the request observer writes the communication / error /
// operation logs and spills what it cannot write, and docs/audit.md lists the event catalogue.
#include "server/audit/auditlog.h"
#include "server/audit/events.h"
#include "server/audit/requestobserver.h"
#include "server/audit/verify.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"
#include "shared/identity/mynumber.h"
#include "tests/support/testenv.h"
#include "tests/support/bothstores.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace kikan;

namespace {
QString validMyNumber(const QString &base11)
{
    return base11 + QString::number(identity::MyNumber::checkDigit(base11));
}

QString fullWidth(const QString &ascii)
{
    QString s;
    for (QChar c : ascii)
        s += c.isDigit() ? QChar(0xFF10 + c.digitValue()) : c;
    return s;
}

// Every column of every row as text.
QStringList allCells(store::Database &database)
{
    QStringList cells;
    QSqlQuery q = store::exec(database.connection(), QStringLiteral("SELECT * FROM audit_log"));
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
    }
    return cells;
}

audit::AuditEntry testEntry(const QString &event, int n)
{
    audit::AuditEntry e;
    e.kind = audit::LogKind::Event;
    e.event = event;
    e.detail = QJsonObject{{QStringLiteral("n"), n}};
    return e;
}
} // namespace

// A log whose SQLite file cannot be created: every write fails.
store::StoreConfig missingFolder(const QString &dir)
{
    store::StoreConfig config;
    config.sqlitePath = dir + QStringLiteral("/no/such/folder/kikan.db");
    return config;
}

struct UnwritableLog {
    QTemporaryDir dir;
    store::Database database{missingFolder(dir.path())};
    core::ManualClock clock;
    audit::AuditLog log{database, clock};
};

class AuditLogTest : public QObject
{
    Q_OBJECT
private slots:
    void concurrentAppendsKeepTheChainValid_data()
    {
        test::addStoreRows();
    }
    void concurrentAppendsKeepTheChainValid()
    {
        test::TestServer server(test::fetchStore());
        core::ServerContext &context = server.app().context();
        constexpr int kThreads = 4;
        constexpr int kEach = 20;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&context, t] {
                for (int i = 0; i < kEach; ++i)
                    context.audit.append(testEntry(QStringLiteral("test.thread%1").arg(t), i));
                context.database.releaseThreadConnection();
            });
        }
        // Meanwhile requests over HTTPS: each writes its communication entry from a server thread.
        for (int t = 0; t < 2; ++t) {
            threads.emplace_back([&server] {
                for (int i = 0; i < kEach; ++i)
                    server.client().get(QStringLiteral("/api/v1/health"));
            });
        }
        for (std::thread &t : threads)
            t.join();
        const audit::VerifyResult result = audit::verifyChain(context.database);
        QVERIFY2(result.intact(), qPrintable(audit::verifyReport(result)));
        QCOMPARE(result.checked, qint64(kThreads * kEach + 2 * kEach));
        QCOMPARE(result.lastId, result.checked);
    }

    void noMyNumberIsStoredInClearInAnyColumn()
    {
        test::TestServer server;
        const QString plain = validMyNumber(QStringLiteral("12345678901"));
        const QString other = validMyNumber(QStringLiteral("98765432109"));
        const QString mistyped = plain.left(11) + QString::number((plain.back().digitValue() + 1)
                                                                  % 10);
        const QStringList forms{
            plain,
            fullWidth(other),
            plain.left(4) + QLatin1Char('-') + plain.mid(4, 4) + QLatin1Char('-') + plain.mid(8),
            other.left(4) + QLatin1Char(' ') + other.mid(4, 4) + QLatin1Char(' ') + other.mid(8),
            mistyped,
        };
        for (const QString &form : forms) {
            audit::AuditEntry e;
            e.kind = audit::LogKind::Access;
            e.event = QStringLiteral("resident.view ") + form;
            e.loginId = form;
            e.authMethod = form;
            e.sessionRef = form;
            e.requestId = form;
            e.clientAddress = form;
            e.subject = QStringLiteral("person:") + form;
            e.detail = QJsonObject{{QStringLiteral("myNumber"), form},
                                   {QStringLiteral("note"), QStringLiteral("番号は%1です").arg(form)}};
            server.app().context().audit.append(e);
        }
        // In a request path: the communication log records the path.
        server.client().get(QStringLiteral("/api/v1/residents/") + plain);

        const QStringList cells = allCells(server.app().context().database);
        QVERIFY(cells.size() > 0);
        for (QString cell : cells) {
            for (QChar &c : cell) {
                if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
                    c = QChar(u'0' + (c.unicode() - 0xFF10));
            }
            cell.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
            for (const QString &number : {plain, other, mistyped})
                QVERIFY2(!cell.contains(number), qPrintable(QStringLiteral("in clear: ") + cell));
        }
        // Masked as MyNumber::masked(): the last four digits stay to tell numbers apart.
        QVERIFY(cells.join(QLatin1Char('|')).contains(QStringLiteral("********9018")));
        QVERIFY(audit::verifyChain(server.app().context().database).intact());
    }

    void observerWritesCommunicationErrorAndOperationLogs()
    {
        http::Request request;
        request.method = QStringLiteral("POST");
        request.path = QStringLiteral("/api/v1/admin/users");
        request.requestId = QStringLiteral("req-1");
        request.clientAddress = QStringLiteral("10.0.0.5");
        request.headers.insert("authorization", "Bearer secret-token");
        request.body = R"({"password":"hunter2"})";
        http::Route route{QStringLiteral("POST"), request.path, http::Access::signedIn(),
                          QStringLiteral("user.create"), {}};
        http::Response created;
        created.status = 201;

        auto entries = audit::AuditRequestObserver::entriesFor(request, &route, created, nullptr,
                                                               {}, 12);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].kind, audit::LogKind::Communication);
        QCOMPARE(entries[0].detail.value("status").toInt(), 201);
        QCOMPARE(entries[0].detail.value("elapsedMs").toInt(), 12);
        QCOMPARE(entries[1].kind, audit::LogKind::Operation);
        QCOMPARE(entries[1].event, QStringLiteral("user.create"));
        QVERIFY(entries[1].success);
        for (const audit::AuditEntry &e : entries) {
            const QByteArray text = QJsonDocument(e.detail).toJson();
            QVERIFY(!text.contains("secret-token") && !text.contains("hunter2"));
        }

        // A failure: the operation is logged under the same event with success = false, and the
        // internal message goes to the error log.
        const http::ApiError internal(api::err::Internal);
        http::Response failed;
        failed.status = 500;
        entries = audit::AuditRequestObserver::entriesFor(request, &route, failed, &internal,
                                                          QStringLiteral("disk full"), 3);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[1].kind, audit::LogKind::Error);
        QCOMPARE(entries[1].detail.value("message").toString(), QStringLiteral("disk full"));
        QCOMPARE(entries[2].event, QStringLiteral("user.create"));
        QVERIFY(!entries[2].success);

        // A route whose handler writes its own entry: no second, generic operation entry once
        // the handler ran; but a request refused before the handler still gets one.
        http::Route selfAudited = route;
        selfAudited.auditsItself = true;
        request.handlerRan = true;
        entries = audit::AuditRequestObserver::entriesFor(request, &selfAudited, created, nullptr,
                                                          {}, 1);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].kind, audit::LogKind::Communication);
        request.handlerRan = false;
        const http::ApiError forbidden(api::err::Forbidden);
        http::Response refusedByRights;
        refusedByRights.status = 403;
        entries = audit::AuditRequestObserver::entriesFor(request, &selfAudited, refusedByRights,
                                                          &forbidden, {}, 1);
        QCOMPARE(entries.last().kind, audit::LogKind::Operation);
        QVERIFY(!entries.last().success);

        // Misuse refused before routing: communication + error, no operation.
        const http::ApiError tooLarge(api::err::BodyTooLarge);
        http::Response refused;
        refused.status = 413;
        entries = audit::AuditRequestObserver::entriesFor(request, nullptr, refused, &tooLarge,
                                                          {}, 0);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].kind, audit::LogKind::Error);

        // A staff mistake (404 on a GET) is communication only.
        request.method = QStringLiteral("GET");
        const http::ApiError notFound(api::err::NotFound);
        http::Response missing;
        missing.status = 404;
        QCOMPARE(audit::AuditRequestObserver::entriesFor(request, nullptr, missing, &notFound, {},
                                                         1).size(), 1);
    }

    void requestsOverHttpsAreLoggedWithoutTheToken()
    {
        test::TestServer server;
        const test::HttpReply r = server.client().request(
            "GET", QStringLiteral("/api/v1/health?name=secret-query"), {},
            QStringLiteral("secret-token-123"));
        QCOMPARE(r.status, 200);
        const QStringList cells = allCells(server.app().context().database);
        const QString all = cells.join(QLatin1Char('|'));
        QVERIFY(all.contains(QStringLiteral("http.request")));
        QVERIFY(all.contains(QStringLiteral("\"path\":\"/api/v1/health\"")));
        QVERIFY(all.contains(QString::fromUtf8(r.headers.value("x-request-id"))));
        QVERIFY(!all.contains(QStringLiteral("secret-token-123")));
        QVERIFY(!all.contains(QStringLiteral("secret-query")));
    }

    void everyWaitingWriterHearsOfAFailedBatch()
    {
        // Group commit: concurrent appends are written in batches by one of the callers. When a
        // batch cannot be written, every caller whose entry was in it gets the error (none hangs,
        // none is told its entry is logged).
        UnwritableLog u;
        audit::AuditLog &log = u.log;
        constexpr int kThreads = 8;
        std::atomic<int> refused{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                try {
                    log.append(testEntry(QStringLiteral("test.unwritable"), t));
                } catch (const http::ApiError &e) {
                    if (e.code() == QLatin1String(api::err::StoreUnavailable))
                        ++refused;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(refused.load(), kThreads);
    }

    void unwritableLogIsSpilledNotLost()
    {
        UnwritableLog u;
        audit::AuditLog &log = u.log;
        const QString spill = audit::spillFilePath(u.dir.path());
        audit::AuditRequestObserver observer(log, spill);
        http::Request request;
        request.method = QStringLiteral("DELETE");
        request.path = QStringLiteral("/api/v1/residents/") + validMyNumber("12345678901");
        http::Route route{QStringLiteral("DELETE"), QStringLiteral("/api/v1/residents/{id}"),
                          http::Access::signedIn(), QStringLiteral("resident.delete"), {}};
        http::Response done;
        done.status = 204;
        observer.requestFinished(request, &route, done, nullptr, {}, 5); // must not throw
        QCOMPARE(observer.unwrittenCount(), 2);
        QFile file(spill);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject op = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(op.value("event").toString(), QStringLiteral("resident.delete"));
        QCOMPARE(op.value("kind").toString(), QStringLiteral("operation"));
        QVERIFY(!lines[0].contains("123456789018") && !lines[1].contains("123456789018"));
    }

    void eventCatalogueIsDocumented()
    {
        QFile doc(test::sourceDir() + QStringLiteral("/docs/audit.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const audit::event::CatalogueEntry &e : audit::event::catalogue()) {
            const QString row = QStringLiteral("| `%1` | %2 |")
                                    .arg(QLatin1String(e.name), audit::kindName(e.kind));
            QVERIFY2(text.contains(row), qPrintable(row));
        }
    }
};

QTEST_GUILESS_MAIN(AuditLogTest)
#include "auditlog_test.moc"
