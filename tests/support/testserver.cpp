#include "testserver.h"

#include "server/app/modules.h"
#include "server/auth/adminlog.h"
#include "server/auth/groupadmin.h"
#include "server/auth/useradmin.h"
#include "server/resident/demotown/generator.h"
#include "server/store/database.h"
#include "servercontrol.h"

#include "pgcluster.h"
#include "testenv.h"

#include <Poco/Net/AcceptCertificateHandler.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <QFile>
#include <QSqlRecord>
#include <QProcess>

#include <sstream>

namespace kikan::test {

void makeTlsMaterial(const QString &dir, const QString &extraHost)
{
    QStringList args{dir};
    if (!extraHost.isEmpty())
        args << extraHost;
    const int rc = QProcess::execute(sourceDir() + QStringLiteral("/scripts/make-tls.sh"), args);
    if (rc != 0)
        qFatal("scripts/make-tls.sh failed (%d)", rc);
}

HttpsClient::HttpsClient(int port, const QString &caFile) : m_port(port), m_caFile(caFile)
{
}

HttpReply HttpsClient::request(const QByteArray &method, const QString &pathAndQuery,
                               const QByteArray &body, const QString &token,
                               const QByteArray &contentType, qint64 declaredLength,
                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Poco::Net::Context::Params params;
    params.caLocation = m_caFile.toStdString();
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = false;
    Poco::Net::Context::Ptr context =
        new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
    Poco::Net::HTTPSClientSession session("localhost", Poco::UInt16(m_port), context);
    session.setTimeout(Poco::Timespan(60, 0));
    Poco::Net::HTTPRequest req(method.toStdString(), pathAndQuery.toStdString(),
                               Poco::Net::HTTPMessage::HTTP_1_1);
    if (!token.isEmpty())
        req.set("Authorization", "Bearer " + token.toStdString());
    for (const auto &[name, value] : headers)
        req.set(name.toStdString(), value.toStdString());
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        req.setContentType(contentType.toStdString());
        req.setContentLength64(declaredLength >= 0 ? declaredLength : body.size());
    }
    std::ostream &out = session.sendRequest(req);
    out.write(body.constData(), body.size());
    Poco::Net::HTTPResponse resp;
    std::istream &in = session.receiveResponse(resp);
    std::ostringstream buffer;
    Poco::StreamCopier::copyStream(in, buffer);
    HttpReply reply;
    reply.status = int(resp.getStatus());
    reply.contentType = QByteArray::fromStdString(resp.getContentType());
    reply.body = QByteArray::fromStdString(buffer.str());
    for (const auto &[name, value] : resp)
        reply.headers.insert(QByteArray::fromStdString(Poco::toLower(name)),
                             QByteArray::fromStdString(value));
    return reply;
}

TestServer::TestServer(Store store, QHash<QString, QVariant> settings)
    : TestServer(store, std::move(settings), {})
{
}

TestServer::TestServer(Store store, QHash<QString, QVariant> settings,
                       std::vector<std::unique_ptr<module::Module>> extraModules)
    : m_clock(std::make_shared<core::ManualClock>())
{
    core::ServerConfig config = core::ServerConfig::defaults(dataDir());
    makeTlsMaterial(dataDir() + QStringLiteral("/tls"));
    config.listen.port = 0;
    config.listen.threads = 8;
    config.listen.trustedProxies =
        settings.value(QStringLiteral("server/trusted_proxies")).toString().split(
            QLatin1Char(','), Qt::SkipEmptyParts);
    QString storeSection = QStringLiteral("driver=sqlite\npath=%1\n").arg(config.store.sqlitePath);
    if (store == Store::Postgres) {
        m_pg = std::make_unique<PgCluster>();
        config.store = m_pg->storeConfig();
        storeSection = QStringLiteral("driver=postgresql\nhost=%1\nport=%2\ndatabase=%3\n")
                           .arg(config.store.host).arg(config.store.port)
                           .arg(config.store.database);
    }
    QMap<QString, QString> sections; // "auth" → "max_failed_attempts=3\n…"
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        config.set(it.key(), it.value());
        const QString section = it.key().section(QLatin1Char('/'), 0, 0);
        sections[section] += QStringLiteral("%1=%2\n").arg(it.key().section(QLatin1Char('/'), 1),
                                                           it.value().toString());
    }
    // The same settings as a file, for tests that run the kikan-server executable on this data.
    m_configFile = m_dir.path() + QStringLiteral("/kikan-server.conf");
    QFile file(m_configFile);
    file.open(QIODevice::WriteOnly);
    file.write(QStringLiteral("[server]\ndata_dir=data\nport=0\n[store]\n%1").arg(storeSection)
                   .toUtf8());
    for (auto it = sections.begin(); it != sections.end(); ++it)
        file.write(QStringLiteral("[%1]\n%2").arg(it.key(), it.value()).toUtf8());
    file.close();

    std::vector<std::unique_ptr<module::Module>> modules;
    if (!extraModules.empty()) {
        modules = app::createModules();
        for (auto &m : extraModules)
            modules.push_back(std::move(m));
    }
    m_app = std::make_unique<app::Application>(config, m_clock, std::move(modules));
    m_app->start();
}

TestServer::~TestServer()
{
    m_app.reset();
}

// servercontrol.h in process: the administration services and the store of the Application.
qint64 addStaff(TestServer &server, const QString &login, const QString &password,
                const QStringList &groupNames, bool temporary)
{
    core::ServerContext &ctx = server.app().context();
    auth::GroupAdmin groups(ctx, auth::AdminLog::commandLineActor());
    groups.ensureBuiltInGroups();
    auth::UserInput in{login, login + QStringLiteral(" 職員"), password, {}};
    for (const QString &name : groupNames)
        in.groupIds.append(groups.idOf(name));
    in.temporaryPassword = temporary;
    return auth::UserAdmin(ctx, auth::AdminLog::commandLineActor()).create(in);
}

qint64 addGroup(TestServer &server, const QString &name, const QStringList &rights)
{
    auth::GroupAdmin groups(server.app().context(), auth::AdminLog::commandLineActor());
    return groups.create({name, QString(), rights});
}

void generateDemoTown(TestServer &server, int residents, qint64 seed)
{
    store::Database &db = server.app().context().database;
    resident::demotown::markDemoDatabase(db);
    resident::demotown::GenerateOptions options;
    options.residents = residents;
    options.seed = seed;
    resident::demotown::generate(db, options);
}

QList<QVariantList> queryRows(TestServer &server, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = store::exec(server.app().context().database.connection(), sql, values);
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        rows << row;
    }
    return rows;
}

} // namespace kikan::test
