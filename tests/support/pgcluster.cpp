#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

namespace kikan::test {

namespace {
int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool isRoot()
{
    return geteuid() == 0;
}
} // namespace

int PgCluster::run(const QStringList &command, QString *output) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = command;
    QString program = args.takeFirst();
    if (isRoot()) {
        args = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                           program} + args;
        program = QStringLiteral("runuser");
    }
    p.start(program, args);
    p.waitForFinished(120000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    else if (p.exitCode() != 0)
        qWarning().noquote() << program << args << QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

PgCluster::PgCluster()
{
    m_bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
    if (!QFile::exists(m_bin + QStringLiteral("initdb")))
        qFatal("PostgreSQL 15 is not installed (%s): run ./kikan test", qPrintable(m_bin));
    m_dir.setAutoRemove(true);
    if (isRoot())
        QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()});
    const QString data = m_dir.path() + QStringLiteral("/data");
    QString out;
    if (run({m_bin + QStringLiteral("initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"),
             QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("kikan"),
             QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
            &out) != 0) {
        qFatal("initdb failed: %s", qPrintable(out));
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        const QString options =
            // 200 connections: bench_search holds 50 server workers and 50 direct threads at once.
            QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off "
                           "-c max_connections=200").arg(m_dir.path())
                .arg(m_port);
        if (run({m_bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), data,
                 QStringLiteral("-o"), options, QStringLiteral("-l"),
                 m_dir.path() + QStringLiteral("/log"), QStringLiteral("-w"),
                 QStringLiteral("start")}, &out) == 0) {
            createDatabase(QStringLiteral("kikan"));
            return;
        }
    }
    QFile log(m_dir.path() + QStringLiteral("/log"));
    log.open(QIODevice::ReadOnly);
    qFatal("pg_ctl start failed: %s\n%s", qPrintable(out), log.readAll().constData());
}

PgCluster::~PgCluster()
{
    QString out;
    run({m_bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"),
         m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"),
         QStringLiteral("-w"), QStringLiteral("stop")}, &out);
}

void PgCluster::createDatabase(const QString &name) const
{
    QString out;
    if (run({QStringLiteral("/usr/bin/createdb"), QStringLiteral("-h"), m_dir.path(),
             QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
             QStringLiteral("kikan"), name}, &out) != 0) {
        qFatal("createdb %s failed: %s", qPrintable(name), qPrintable(out));
    }
}

store::StoreConfig PgCluster::storeConfig(const QString &database) const
{
    store::StoreConfig c;
    c.driver = store::StoreConfig::Driver::Postgres;
    c.host = m_dir.path();
    c.port = m_port;
    c.database = database;
    c.user = QStringLiteral("kikan");
    return c;
}

} // namespace kikan::test
