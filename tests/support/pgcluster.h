// A throwaway PostgreSQL 15 cluster for tests (a real server, not a mock): initdb into a temporary
// folder, pg_ctl start on a unix socket only, stopped and removed in the destructor.
// As root, initdb refuses to run, so the cluster runs as the 'postgres' system user.
#pragma once

#include "server/store/database.h"

#include <QTemporaryDir>

namespace kikan::test {

class PgCluster
{
public:
    PgCluster();  // starts it; QFAIL-style abort (qFatal) when PostgreSQL cannot start
    ~PgCluster(); // fast stop

    // A store configuration for a fresh database in this cluster.
    store::StoreConfig storeConfig(const QString &database = QStringLiteral("kikan")) const;
    // Creates an empty database.
    void createDatabase(const QString &name) const;
    QString socketDir() const { return m_dir.path(); }
    int port() const { return m_port; }

private:
    int run(const QStringList &command, QString *output = nullptr) const;
    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_bin;
};

} // namespace kikan::test
