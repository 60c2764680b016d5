// Helpers for the 住民記録 tests: staff with given rights, a fixed 処理日, and calling the
// resident API over HTTPS (server/resident; docs/resident.md).
#pragma once

#include "tests/server/auth/authtestkit.h"

#include <QJsonArray>

namespace kikan::test {

class ResidentApi
{
public:
    ResidentApi(TestServer &server) : m_server(server) {}
    HttpReply change(const QString &kind, const QJsonObject &body, const QString &token)
    {
        return m_server.client().post(QStringLiteral("/api/v1/resident/changes/") + kind, body,
                                      token);
    }
    HttpReply get(const QString &path, const QString &token)
    {
        return m_server.client().get(QStringLiteral("/api/v1/resident") + path, token);
    }
    HttpReply search(const QString &q, const QString &token)
    {
        return get(QStringLiteral("/search?q=")
                       + QString::fromLatin1(QUrl::toPercentEncoding(q)), token);
    }
    // The household version from a change's answer.
    static int versionOf(const HttpReply &r, qint64 householdNo)
    {
        for (const QJsonValue &h : r.json().value(QStringLiteral("households")).toArray()) {
            if (h[QStringLiteral("householdNo")].toInteger() == householdNo)
                return h[QStringLiteral("version")].toInt();
        }
        return 0;
    }

    // Posts a 異動 of `kind` for one person, the household and its version read from the
    // register (move-out names the person in partyNos; official-correction adds the person's
    // version): what the tests of the areas that hear 異動 post.
    HttpReply changeOf(const QString &kind, qint64 partyNo, QJsonObject body, const QString &token)
    {
        const QJsonObject v = get(QStringLiteral("/persons/%1").arg(partyNo), token).json();
        body.insert("householdNo", v[QStringLiteral("person")][QStringLiteral("householdNo")]);
        body.insert("householdVersion", v[QStringLiteral("household")][QStringLiteral("version")]);
        if (kind == QStringLiteral("move-out"))
            body.insert("partyNos", QJsonArray{partyNo});
        else
            body.insert("partyNo", partyNo);
        if (kind == QStringLiteral("official-correction"))
            body.insert("personVersion", v[QStringLiteral("version")]);
        return change(kind, body, token);
    }

private:
    TestServer &m_server;
};

inline QJsonObject person(const QString &family, const QString &given, const QString &fkana,
                          const QString &gkana, const QString &birth, const QString &sex,
                          const QString &relationship)
{
    return {{QStringLiteral("familyName"), family}, {QStringLiteral("givenName"), given},
            {QStringLiteral("familyNameKana"), fkana}, {QStringLiteral("givenNameKana"), gkana},
            {QStringLiteral("birthDate"), birth}, {QStringLiteral("sex"), sex},
            {QStringLiteral("relationshipCode"), relationship}};
}

inline QJsonObject address(const QString &area, const QString &number)
{
    return {{QStringLiteral("townAreaCode"), area}, {QStringLiteral("addressNumber"), number}};
}

// The number of access/operation entries of the resident module with this event and subject.
inline int residentLogCount(TestServer &server, const QString &event, const QString &subject,
                            int success = -1)
{
    return auditRows(server, QStringLiteral("event = ? AND subject = ?"), {event, subject},
                     success);
}

} // namespace kikan::test
