// Audit search and CSV export on SQLite and PostgreSQL: every filter, paging, validation (422
// naming the field), newest-first order, the CSV's BOM, headers and formula escaping, and that
// reading the log is itself logged. The routes are called through the server's router with a
// principal holding audit:view (the same over HTTPS with real sign-in: searchhttps_test.cpp);
// over HTTPS they refuse an anonymous caller.
#include "server/audit/auditlog.h"
#include "server/http/apierror.h"
#include "shared/api/endpoints.h"
#include "shared/api/errorcode.h"
#include "tests/support/bothstores.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace kikan;

namespace {
struct Outcome {
    http::Response response;
    QString errorCode;
    QString errorField;
    QJsonObject json() const { return QJsonDocument::fromJson(response.body).object(); }
};
} // namespace

class AuditSearchTest : public QObject
{
    Q_OBJECT
private:
    test::TestServer *m_server = nullptr;
    QDateTime m_base;

    Outcome call(const QString &path, const QString &query)
    {
        const http::Route *route = nullptr;
        for (const http::Route &r : m_server->app().router().routes()) {
            if (r.pattern == path && r.method == QLatin1String("GET"))
                route = &r;
        }
        Q_ASSERT(route);
        http::Request request;
        request.method = QStringLiteral("GET");
        request.path = path;
        request.query = QUrlQuery(query);
        request.requestId = QStringLiteral("test-request");
        request.principal = http::Principal{7, QStringLiteral("auditor"), QStringLiteral("監査"),
                                            QStringLiteral("s1"), QStringLiteral("password"),
                                            {QStringLiteral("audit:view")}};
        Outcome o;
        try {
            o.response = route->handler(request);
        } catch (const http::ApiError &e) {
            o.errorCode = e.code();
            o.errorField = e.extra().value("fields").toArray().at(0).toObject().value("field")
                               .toString();
        }
        return o;
    }
    QJsonObject search(const QString &query)
    {
        const Outcome o = call(QString::fromLatin1(api::path::AuditSearch), query);
        if (!o.errorCode.isEmpty())
            qWarning() << query << o.errorCode << o.errorField;
        return o.json();
    }
    void append(qint64 secondsAgo, audit::LogKind kind, const QString &event, bool success,
                const QString &loginId, const QString &subject)
    {
        core::ManualClock &clock = m_server->clock();
        clock.advance(-secondsAgo);
        audit::AuditEntry e;
        e.kind = kind;
        e.event = event;
        e.success = success;
        e.loginId = loginId;
        e.subject = subject;
        e.detail = QJsonObject{{QStringLiteral("note"), event}};
        m_server->app().context().audit.append(e);
        clock.advance(secondsAgo);
    }
    static QString jstDate(const QDateTime &at)
    {
        return at.toTimeZone(QTimeZone(9 * 3600)).date().toString(Qt::ISODate);
    }

private slots:
    void filtersPagingAndExport_data()
    {
        test::addStoreRows();
    }
    void filtersPagingAndExport()
    {
        test::TestServer server(test::fetchStore());
        m_server = &server;
        m_base = server.clock().now();
        constexpr qint64 day = 86400;
        using K = audit::LogKind;
        append(3 * day, K::Authentication, QStringLiteral("auth.sign_in"), true,
               QStringLiteral("alice"), QStringLiteral("user:1"));
        append(2 * day, K::Authentication, QStringLiteral("auth.sign_in"), false,
               QStringLiteral("bob"), QStringLiteral("user:2"));
        append(1 * day, K::Operation, QStringLiteral("user.create"), true,
               QStringLiteral("alice"), QStringLiteral("user:12"));
        append(0, K::Access, QStringLiteral("resident.view"), true, QStringLiteral("alice"),
               QStringLiteral("=HYPERLINK(\"http://x\")"));

        QJsonObject r = search({});
        QCOMPARE(r.value("total").toInt(), 4);
        QJsonArray entries = r.value("entries").toArray();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[0].toObject().value("event").toString(), QStringLiteral("resident.view"));
        QCOMPARE(entries[3].toObject().value("id").toInt(), 1);
        const QJsonObject first = entries[3].toObject();
        QCOMPARE(first.value("kind").toString(), QStringLiteral("auth"));
        QCOMPARE(first.value("loginId").toString(), QStringLiteral("alice"));
        QCOMPARE(first.value("success").toBool(), true);
        QCOMPARE(first.value("detail").toObject().value("note").toString(),
                 QStringLiteral("auth.sign_in"));

        QCOMPARE(search("user=alice").value("total").toInt(), 3);
        QCOMPARE(search("kind=auth").value("total").toInt(), 2);
        r = search("kind=auth&success=false");
        QCOMPARE(r.value("total").toInt(), 1);
        QCOMPARE(r.value("entries").toArray()[0].toObject().value("loginId").toString(),
                 QStringLiteral("bob"));
        QCOMPARE(search("subject=user:12").value("total").toInt(), 1);
        QCOMPARE(search("event=auth.sign_in").value("total").toInt(), 2);

        // Periods: an instant with an offset, and bare dates meaning whole days in Japan time.
        const QString since = m_base.addSecs(-2 * day - 3600).toString(Qt::ISODate);
        QCOMPARE(search("user=alice&from=" + since).value("total").toInt(), 2);
        QCOMPARE(search("kind=auth&to=" + jstDate(m_base.addSecs(-3 * day)))
                     .value("total").toInt(), 1);
        r = search("kind=auth&from=" + jstDate(m_base.addSecs(-2 * day)));
        QCOMPARE(r.value("total").toInt(), 1);
        QCOMPARE(r.value("entries").toArray()[0].toObject().value("loginId").toString(),
                 QStringLiteral("bob"));
        const QString jstInstant = m_base.addSecs(-1 * day - 60).toTimeZone(QTimeZone(9 * 3600))
                                       .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        QCOMPARE(search("user=alice&from=" + jstInstant).value("total").toInt(), 2);

        // Paging.
        r = search("user=alice&limit=2");
        QCOMPARE(r.value("total").toInt(), 3);
        QCOMPARE(r.value("entries").toArray().size(), 2);
        r = search("user=alice&limit=2&offset=2");
        QCOMPARE(r.value("entries").toArray().size(), 1);
        QCOMPARE(r.value("entries").toArray()[0].toObject().value("id").toInt(), 1);

        // Bad filters: 422 naming the field.
        const QStringList bad{"from=yesterday", "to=2024-13-01", "kind=nope", "success=maybe",
                              "limit=5000", "limit=0", "offset=-1"};
        for (const QString &query : bad) {
            const Outcome o = call(QString::fromLatin1(api::path::AuditSearch), query);
            QCOMPARE(o.errorCode, QString::fromLatin1(api::err::Validation));
            QCOMPARE(o.errorField, query.section(QLatin1Char('='), 0, 0));
        }

        // CSV: BOM, Japanese headers, newest first, formula cells escaped.
        const Outcome csv = call(QString::fromLatin1(api::path::AuditExport), "user=alice");
        QVERIFY(csv.errorCode.isEmpty());
        QVERIFY(csv.response.contentType.startsWith("text/csv"));
        QVERIFY(csv.response.body.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.response.body.mid(3))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("番号,日時,種別,イベント,結果,職員ID")));
        QVERIFY(lines[1].startsWith(QStringLiteral("4,")));
        QVERIFY(lines[1].contains(QStringLiteral("\"アクセス\"")));
        QVERIFY(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
        QVERIFY(lines[3].contains(QStringLiteral(",成功,")));
        bool hasTotal = false;
        for (const auto &h : csv.response.headers)
            hasTotal |= h.first == "X-Kikan-Total-Rows" && h.second == "3";
        QVERIFY(hasTotal);

        // Reading the log was logged, with who and which filters.
        r = search("kind=access&event=audit.export");
        QCOMPARE(r.value("total").toInt(), 1);
        const QJsonObject access = r.value("entries").toArray()[0].toObject();
        QCOMPARE(access.value("loginId").toString(), QStringLiteral("auditor"));
        QCOMPARE(access.value("detail").toObject().value("rows").toInt(), 3);
        QVERIFY(search("event=audit.search").value("total").toInt() > 10);

        // Over HTTPS the routes exist and refuse a caller without a session.
        test::HttpsClient client = server.client();
        QCOMPARE(client.get(QString::fromLatin1(api::path::AuditSearch)).status, 401);
        QCOMPARE(client.get(QString::fromLatin1(api::path::AuditExport)).status, 401);
        m_server = nullptr;
    }
};

QTEST_GUILESS_MAIN(AuditSearchTest)
#include "search_test.moc"
