// Versioned schema migrations. Each module keeps its SQL under server/<module>/schema/ as
// NNNNN_name.sql (compiled in as Qt resources under :/schema/<module>/); versions are global and
// applied in ascending order, each in its own transaction, and recorded in schema_migrations.
//
// The SQL is written once for both stores; these tokens are replaced per dialect:
//   %ID%        INTEGER PRIMARY KEY AUTOINCREMENT    | BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY
//   %BLOB%      BLOB                                 | BYTEA
//   %BIGINT%    INTEGER                              | BIGINT
//   %PATTERN_OPS% (nothing)                          | text_pattern_ops (prefix LIKE index column)
// Version ranges: 1–999 store, 1000–1999 auth, 2000–2999 audit, 10000+ business areas.
#pragma once

#include "database.h"

#include <QList>

namespace kikan::store {

struct Migration {
    int version = 0;
    QString name;
    QString resourcePath;
};

class Migrator
{
public:
    explicit Migrator(Database &database);

    // Every migration compiled into the program, in version order.
    static QList<Migration> available();
    // Versions already applied to this database.
    QList<int> applied();
    // Applies what is missing; returns how many were applied. Throws core::Failure on failure, leaving
    // the failed migration unapplied (its transaction is rolled back).
    int migrate();
    // The dialect-specific text of a migration's SQL.
    QString translate(const QString &sql) const;

private:
    Database &m_database;
};

} // namespace kikan::store
