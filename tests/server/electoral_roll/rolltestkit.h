// Helpers for the 選挙人名簿 HTTPS tests: residents moved in through 住民記録's API with a chosen
// 異動日, 届出日 and address, 異動 posted to it, and calls to /api/v1/electoral-roll.
#pragma once

#include "tests/server/resident/residenttestkit.h"
#include "tests/support/bothstores.h"

#include <QJsonArray>

namespace kikan::test {

class RollApi
{
public:
    RollApi(TestServer &server) : m_server(server), m_resident(server) {}

    void signInAll()
    {
        const QString password = QStringLiteral("Resident-Pass-2026"); // staffWithRights'
        registrar = signIn(m_server, QStringLiteral("registrar"), password);
        clerk = signIn(m_server, QStringLiteral("rollclerk"), password);
        viewer = signIn(m_server, QStringLiteral("rollviewer"), password);
    }
    void createStaff()
    {
        registrar = staffWithRights(m_server, QStringLiteral("registrar"),
                                    {"resident:view", "resident:update"});
        clerk = staffWithRights(m_server, QStringLiteral("rollclerk"),
                                {"electoral_roll:view", "electoral_roll:update",
                                 "electoral_roll:print", "electoral_roll:administer"});
        viewer = staffWithRights(m_server, QStringLiteral("rollviewer"), {"electoral_roll:view"});
    }

    // One person moving in alone; their 宛名番号 (0 when refused).
    qint64 moveIn(const QString &family, const QString &given, const QString &kana,
                  const QString &birth, const QString &effective, const QString &notified,
                  const QString &number = QStringLiteral("7"), bool foreign = false,
                  const QString &givenKana = QStringLiteral("タロウ"), const QString &sex = QStringLiteral("1"))
    {
        QJsonObject p = person(family, given, kana, givenKana, birth, sex, "02");
        if (foreign) {
            p.insert("residentKind", "foreign");
            p.insert("nationality", QStringLiteral("アメリカ合衆国"));
            p.insert("article30_45Class", "1");
            p.insert("residenceStatus", QStringLiteral("永住者"));
        }
        const HttpReply r = m_resident.change(
            QStringLiteral("move-in"),
            {{"effectiveDate", effective}, {"notifiedDate", notified},
             {"address", address(QStringLiteral("0003"), number)},
             {"previousAddress", QStringLiteral("東京都千代田区霞が関二丁目1番2号")},
             {"persons", QJsonArray{p}}},
            registrar);
        if (r.status != 201)
            qWarning("move-in refused: %s", r.body.constData());
        return r.status == 201 ? r.json()[QStringLiteral("partyNos")][0].toInteger() : 0;
    }

    // Posts a 異動 of `kind` for one person (ResidentApi::changeOf).
    HttpReply change(const QString &kind, qint64 partyNo, QJsonObject body)
    {
        return m_resident.changeOf(kind, partyNo, std::move(body), registrar);
    }

    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return m_server.client().post(QStringLiteral("/api/v1/electoral-roll") + path, body,
                                      token.isEmpty() ? clerk : token);
    }
    HttpReply put(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return m_server.client().request("PUT", QStringLiteral("/api/v1/electoral-roll") + path,
                                         QJsonDocument(body).toJson(QJsonDocument::Compact),
                                         token.isEmpty() ? clerk : token);
    }
    HttpReply get(const QString &path, const QString &token = {})
    {
        return m_server.client().get(QStringLiteral("/api/v1/electoral-roll") + path,
                                     token.isEmpty() ? clerk : token);
    }
    // The 宛名番号 of a run's additions (or removals), in the order given.
    static QList<qint64> partyNos(const HttpReply &r, const char *list = "additions")
    {
        QList<qint64> out;
        for (const QJsonValue &v : r.json()[QLatin1String(list)].toArray())
            out << v[QStringLiteral("partyNo")].toInteger();
        return out;
    }
    // The elector's latest registration.
    QJsonObject elector(qint64 partyNo)
    {
        return get(QStringLiteral("/electors/%1").arg(partyNo)).json()[QStringLiteral("registrations")][0]
            .toObject();
    }

    QString registrar;
    QString clerk;
    QString viewer;

private:
    TestServer &m_server;
    ResidentApi m_resident;
};

} // namespace kikan::test
