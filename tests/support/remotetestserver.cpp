#include "remotetestserver.h"

#include "servercontrol.h"
#include "tools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace kikan::test {

namespace {

// The one connection of this test program to kikan-test-host: a JSON object a line each way.
// The host stops the servers of a connection when it closes, so a crashed test leaves none.
QJsonObject hostCall(const QJsonObject &request)
{
    static QTcpSocket *socket = nullptr;
    if (!socket) {
        const QString where = qEnvironmentVariable("KIKAN_TEST_HOST");
        const int colon = where.lastIndexOf(QLatin1Char(':'));
        if (colon < 0)
            qFatal("KIKAN_TEST_HOST (host:port of kikan-test-host) is not set");
        socket = new QTcpSocket;
        socket->connectToHost(where.left(colon), quint16(where.mid(colon + 1).toUInt()));
        if (!socket->waitForConnected(30000))
            qFatal("kikan-test-host at %s: %s", qPrintable(where),
                   qPrintable(socket->errorString()));
    }
    socket->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
    QByteArray line;
    while (!line.endsWith('\n')) {
        if (!socket->bytesAvailable() && !socket->waitForReadyRead(300000))
            qFatal("kikan-test-host did not answer %s",
                   qPrintable(request.value(QStringLiteral("op")).toString()));
        line += socket->readLine();
    }
    const QJsonObject answer = QJsonDocument::fromJson(line).object();
    if (!answer.value(QStringLiteral("ok")).toBool())
        qFatal("kikan-test-host refused %s: %s",
               qPrintable(request.value(QStringLiteral("op")).toString()),
               qPrintable(answer.value(QStringLiteral("error")).toString()));
    return answer;
}

QJsonArray toJson(const QVariantList &values)
{
    QJsonArray out;
    for (const QVariant &v : values)
        out.append(QJsonValue::fromVariant(v));
    return out;
}

QJsonArray toJson(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace

QString hostPath(const QString &linuxPath)
{
    return QStringLiteral("Z:") + linuxPath;
}

void makeTlsMaterial(const QString &dir, const QString &extraHost)
{
    const QString made = hostCall({{"op", "makeTls"}, {"host", extraHost}})
                             .value(QStringLiteral("dir")).toString();
    QDir().mkpath(dir);
    for (const QString &name : QDir(hostPath(made)).entryList(QDir::Files)) {
        QFile::remove(dir + QLatin1Char('/') + name);
        QFile::copy(hostPath(made) + QLatin1Char('/') + name, dir + QLatin1Char('/') + name);
    }
}

TestServer::TestServer(Store store, QHash<QString, QVariant> settings)
{
    QJsonObject s;
    for (auto it = settings.begin(); it != settings.end(); ++it)
        s.insert(it.key(), QJsonValue::fromVariant(it.value()));
    const QJsonObject a = hostCall(
        {{"op", "start"},
         {"store", store == Store::Postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
         {"settings", s}});
    m_id = a.value(QStringLiteral("id")).toInt();
    m_port = a.value(QStringLiteral("port")).toInt();
    m_caFile = hostPath(a.value(QStringLiteral("caFile")).toString());
    m_dataDir = hostPath(a.value(QStringLiteral("dataDir")).toString());
}

TestServer::~TestServer()
{
    call(QStringLiteral("stop"));
}

QJsonObject TestServer::call(const QString &op, QJsonObject args) const
{
    args.insert(QStringLiteral("op"), op);
    args.insert(QStringLiteral("id"), m_id);
    return hostCall(args);
}

QDateTime RemoteClock::now() const
{
    return QDateTime::fromString(m_server.call(QStringLiteral("now")).value("utc").toString(),
                                 Qt::ISODateWithMs);
}

void RemoteClock::advance(qint64 seconds)
{
    m_server.call(QStringLiteral("advanceClock"), {{"seconds", seconds}});
}

HttpReply HttpsClient::request(const QByteArray &method, const QString &pathAndQuery,
                               const QByteArray &body, const QString &token,
                               const QByteArray &contentType, qint64 declaredLength,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray h;
    for (const auto &[name, value] : headers)
        h.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    const QJsonObject a = m_server.call(
        QStringLiteral("http"),
        {{"method", QString::fromLatin1(method)}, {"path", pathAndQuery},
         {"body", QString::fromLatin1(body.toBase64())}, {"token", token},
         {"contentType", QString::fromLatin1(contentType)}, {"declaredLength", declaredLength},
         {"headers", h}});
    HttpReply reply;
    reply.status = a.value(QStringLiteral("status")).toInt();
    reply.contentType = a.value(QStringLiteral("contentType")).toString().toLatin1();
    reply.body = QByteArray::fromBase64(a.value(QStringLiteral("body")).toString().toLatin1());
    const QJsonObject rh = a.value(QStringLiteral("headers")).toObject();
    for (auto it = rh.begin(); it != rh.end(); ++it)
        reply.headers.insert(it.key().toLatin1(), it.value().toString().toLatin1());
    return reply;
}

HttpReply HttpsClient::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

// servercontrol.h through the host.
qint64 addStaff(TestServer &server, const QString &login, const QString &password,
                const QStringList &groupNames, bool temporary)
{
    return server.call(QStringLiteral("addStaff"),
                       {{"login", login}, {"password", password}, {"groups", toJson(groupNames)},
                        {"temporary", temporary}})
        .value(QStringLiteral("userId")).toInteger();
}

qint64 addGroup(TestServer &server, const QString &name, const QStringList &rights)
{
    return server.call(QStringLiteral("addGroup"), {{"name", name}, {"rights", toJson(rights)}})
        .value(QStringLiteral("groupId")).toInteger();
}

void generateDemoTown(TestServer &server, int residents, qint64 seed)
{
    server.call(QStringLiteral("demoTown"), {{"residents", residents}, {"seed", seed}});
}

QList<QVariantList> queryRows(TestServer &server, const QString &sql, const QVariantList &values)
{
    QList<QVariantList> rows;
    const QJsonArray a = server.call(QStringLiteral("query"), {{"sql", sql}, {"values", toJson(values)}})
                             .value(QStringLiteral("rows")).toArray();
    for (const QJsonValue &row : a)
        rows << row.toArray().toVariantList();
    return rows;
}

// tools.h through the host: the tool runs on Linux; a file named in the arguments that is not
// on the Z: drive is copied into the shared folder first and named by its Linux path.
QString toolDir()
{
    static const QString dir =
        hostPath(hostCall({{"op", "makeTempDir"}}).value(QStringLiteral("dir")).toString());
    return dir;
}

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    static int copies = 0;
    QJsonArray args;
    for (QString a : arguments) {
        if (!a.startsWith(QLatin1String("Z:"), Qt::CaseInsensitive) && a.contains(QLatin1Char(':'))
            && QFile::exists(a)) {
            const QString copy = toolDir() + QStringLiteral("/input-%1-").arg(++copies)
                                 + QFileInfo(a).fileName();
            QFile::copy(a, copy);
            a = copy;
        }
        if (a.startsWith(QLatin1String("Z:"), Qt::CaseInsensitive))
            a = QDir::fromNativeSeparators(a.mid(2));
        args.append(a);
    }
    const QJsonObject r = hostCall({{"op", "runTool"}, {"program", program}, {"args", args}});
    return {QByteArray::fromBase64(r.value(QStringLiteral("out")).toString().toLatin1()),
            r.value(QStringLiteral("exitCode")).toInt(), r.value(QStringLiteral("crashed")).toBool()};
}

} // namespace kikan::test
