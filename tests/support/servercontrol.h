// What a test does to its server besides calling the API: staff and groups made as the command
// line makes them, the server's clock, and reading its store. One set of declarations with two
// implementations: in process (testserver.cpp, the Linux build) and through kikan-test-host
// (remotetestserver.cpp, the Windows build under wine; docs/windows.md).
#pragma once

#include "testserver.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantList>

namespace kikan::test {

// A staff member created through the administration service. With `temporary`, the password is
// one an administrator chose (the server refuses everything but changing it); otherwise it counts
// as the staff member's own, so tests of other behaviour start from an ordinary account.
qint64 addStaff(TestServer &server, const QString &login, const QString &password,
                const QStringList &groupNames = {}, bool temporary = false);
// A group with these rights ("area:action"), created through the administration service.
qint64 addGroup(TestServer &server, const QString &name, const QStringList &rights);
// 住民記録's demo town (server/resident/demotown) of `residents` people from `seed`, written into
// the server's store, which is marked as demo data.
void generateDemoTown(TestServer &server, int residents, qint64 seed);
// The rows of an SQL query on the server's store ('?' placeholders bound to `values`).
QList<QVariantList> queryRows(TestServer &server, const QString &sql,
                              const QVariantList &values = {});

// The token of a successful password sign-in; empty (and a warning) when refused.
QString signIn(TestServer &server, const QString &login, const QString &password);
// Creates a group with these rights and a staff member in it; returns the member's token.
QString staffWithRights(TestServer &server, const QString &login, const QStringList &rights);
// Moves the server's clock to `utc`.
void setClock(TestServer &server, const QDateTime &utc);

} // namespace kikan::test
