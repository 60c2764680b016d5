// kikan-test-host: starts real kikan-servers for test programs that cannot hold one in process —
// the client's tests built for Windows and run under wine (remotetestserver.h). It listens on
// 127.0.0.1 only; each connection speaks one JSON object a line each way:
//   {"op":"start","store":"sqlite","settings":{…}}  → {"ok":true,"id":1,"port":…,"caFile":…,"dataDir":…}
//   {"op":"stop"|"now"|"advanceClock"|"addStaff"|"addGroup"|"demoTown"|"query"|"http","id":1,…}
//   {"op":"fixture","id":1,"name":…}                 → area test data (testhostfixtures.h)
//   {"op":"makeTls","host":…}                       → {"ok":true,"dir":…} (scripts/make-tls.sh)
//   {"op":"makeTempDir"}                            → {"ok":true,"dir":…}
//   {"op":"runTool","program":"pdftotext","args":[…]} → {"ok":true,"out":base64,"exitCode":…}
// A failure answers {"ok":false,"error":"…"}. The servers of a connection stop when it closes.
//   kikan-test-host [port]   (prints "kikan-test-host listening on 127.0.0.1:<port>")
#include "servercontrol.h"
#include "testhostfixtures.h"
#include "testserver.h"
#include "tools.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <memory>

using namespace kikan;
using namespace kikan::test;

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

// The servers and scratch folders of one connection.
class Session
{
public:
    QJsonObject handle(const QJsonObject &in)
    {
        const QString op = str(in, "op");
        if (op == QLatin1String("start"))
            return start(in);
        if (op == QLatin1String("makeTls")) {
            const QString dir = newDir();
            makeTlsMaterial(dir, str(in, "host"));
            return {{"dir", dir}};
        }
        if (op == QLatin1String("makeTempDir"))
            return {{"dir", newDir()}};
        if (op == QLatin1String("runTool"))
            return tool(in);
        const auto it = m_servers.find(in.value(QStringLiteral("id")).toInt());
        if (it == m_servers.end())
            throw std::runtime_error("no such server");
        TestServer &server = *it->second;
        if (op == QLatin1String("stop")) {
            m_servers.erase(it);
            return {};
        }
        if (op == QLatin1String("now"))
            return {{"utc", server.clock().now().toString(Qt::ISODateWithMs)}};
        if (op == QLatin1String("advanceClock")) {
            server.clock().advance(in.value(QStringLiteral("seconds")).toInteger());
            return {};
        }
        if (op == QLatin1String("addStaff"))
            return {{"userId", addStaff(server, str(in, "login"), str(in, "password"),
                                        strings(in.value(QStringLiteral("groups"))),
                                        in.value(QStringLiteral("temporary")).toBool())}};
        if (op == QLatin1String("addGroup"))
            return {{"groupId", addGroup(server, str(in, "name"),
                                         strings(in.value(QStringLiteral("rights"))))}};
        if (op == QLatin1String("demoTown")) {
            generateDemoTown(server, in.value(QStringLiteral("residents")).toInt(),
                             in.value(QStringLiteral("seed")).toInteger());
            return {};
        }
        if (op == QLatin1String("query")) {
            QJsonArray rows;
            for (const QVariantList &row : queryRows(server, str(in, "sql"),
                                                     in.value(QStringLiteral("values"))
                                                         .toArray().toVariantList()))
                rows.append(QJsonArray::fromVariantList(row));
            return {{"rows", rows}};
        }
        if (op == QLatin1String("http"))
            return http(server, in);
        if (op == QLatin1String("fixture"))
            return runFixture(server, in);
        throw std::runtime_error("unknown op " + op.toStdString());
    }

private:
    // A scratch folder kept until the connection closes.
    QString newDir()
    {
        m_dirs.push_back(std::make_unique<QTemporaryDir>());
        return m_dirs.back()->path();
    }

    QJsonObject start(const QJsonObject &in)
    {
        QHash<QString, QVariant> settings;
        const QJsonObject s = in.value(QStringLiteral("settings")).toObject();
        for (auto it = s.begin(); it != s.end(); ++it)
            settings.insert(it.key(), it.value().toVariant());
        const auto store = str(in, "store") == QLatin1String("postgresql")
                               ? TestServer::Store::Postgres
                               : TestServer::Store::Sqlite;
        const int id = ++m_lastId;
        auto server = std::make_unique<TestServer>(store, settings);
        const QJsonObject out{{"id", id}, {"port", server->port()}, {"caFile", server->caFile()},
                              {"dataDir", server->dataDir()}};
        m_servers.emplace(id, std::move(server));
        return out;
    }

    // Only the checking tools of tools.h, nothing else, even on loopback.
    static QJsonObject tool(const QJsonObject &in)
    {
        static const QStringList allowed{"pdftoppm", "pdftotext", "pdfinfo", "pdffonts",
                                         "zbarimg", "qpdf"};
        const QString program = str(in, "program");
        if (!allowed.contains(program))
            throw std::runtime_error("tool not allowed: " + program.toStdString());
        QStringList args;
        for (const QJsonValue &a : in.value(QStringLiteral("args")).toArray())
            args << a.toString();
        const ToolRun r = runTool(program, args);
        return {{"out", QString::fromLatin1(r.out.toBase64())}, {"exitCode", r.exitCode},
                {"crashed", r.crashed}};
    }

    static QJsonObject http(TestServer &server, const QJsonObject &in)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const QJsonValue &h : in.value(QStringLiteral("headers")).toArray())
            headers.append({h[0].toString().toLatin1(), h[1].toString().toLatin1()});
        const HttpReply r = server.client().request(
            str(in, "method").toLatin1(), str(in, "path"),
            QByteArray::fromBase64(str(in, "body").toLatin1()), str(in, "token"),
            str(in, "contentType").toLatin1(),
            in.value(QStringLiteral("declaredLength")).toInteger(-1), headers);
        QJsonObject h;
        for (auto it = r.headers.begin(); it != r.headers.end(); ++it)
            h.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
        return {{"status", r.status}, {"contentType", QString::fromLatin1(r.contentType)},
                {"body", QString::fromLatin1(r.body.toBase64())}, {"headers", h}};
    }

    int m_lastId = 0;
    std::map<int, std::unique_ptr<TestServer>> m_servers;
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

void serve(QTcpSocket *socket)
{
    auto session = std::make_shared<Session>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, session] {
        while (socket->canReadLine()) {
            const QJsonObject in = QJsonDocument::fromJson(socket->readLine()).object();
            QJsonObject out;
            try {
                out = session->handle(in);
                out.insert(QStringLiteral("ok"), true);
            } catch (const std::exception &e) {
                out = {{"ok", false}, {"error", QString::fromUtf8(e.what())}};
            }
            socket->write(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n');
        }
    });
    // The session (and its servers) goes with the socket.
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

int main(int argc, char **argv)
{
    // As kikan-server: Qt Gui (offscreen) because the servers render certificates and rolls.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTcpServer listener;
    const quint16 port = argc > 1 ? quint16(QByteArray(argv[1]).toUInt()) : 0;
    if (!listener.listen(QHostAddress::LocalHost, port)) {
        std::fprintf(stderr, "kikan-test-host: %s\n", qPrintable(listener.errorString()));
        return 1;
    }
    QObject::connect(&listener, &QTcpServer::newConnection, &listener, [&listener] {
        while (QTcpSocket *socket = listener.nextPendingConnection())
            serve(socket);
    });
    std::printf("kikan-test-host listening on 127.0.0.1:%d\n", int(listener.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
