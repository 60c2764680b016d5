// The fixture for tests that need parties of every kind over HTTPS (non_resident and
// light_vehicle_tax tests): a server on SQLite or PostgreSQL with 処理日 2025-06-02, a clerk with
// the rights of 住民記録, 住登外者・法人 and 軽自動車税, and helpers to 転入 a resident and to record
// a 住登外者 or a 法人.
#pragma once

#include "tests/server/resident/residenttestkit.h"
#include "tests/support/bothstores.h"

using namespace Qt::Literals::StringLiterals;

namespace kikan::test {

inline QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

class PartyFixture : public QObject
{
public:
    explicit PartyFixture(TestServer::Store store) : m_store(store) {}

protected:
    TestServer::Store m_store;
    std::unique_ptr<TestServer> m_server;
    QString m_clerk, m_viewer;

    void start()
    {
        m_server = std::make_unique<TestServer>(m_store);
        setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        m_clerk = staffWithRights(*m_server, u"lvclerk"_s,
                                  {"resident:view", "resident:update", "non_resident:view",
                                   "non_resident:update", "light_vehicle_tax:view",
                                   "light_vehicle_tax:update", "light_vehicle_tax:administer",
                                   "light_vehicle_tax:print", "light_vehicle_tax:issue"});
        m_viewer = staffWithRights(*m_server, u"lvviewer"_s, {"light_vehicle_tax:view"});
    }

    HttpReply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return m_server->client().post(path, body, token.isEmpty() ? m_clerk : token);
    }
    HttpReply get(const QString &path, const QString &token = {})
    {
        return m_server->client().get(path, token.isEmpty() ? m_clerk : token);
    }

    // A resident moved in on `date`; returns the 宛名番号 (0 when refused).
    qint64 resident(const QString &family, const QString &given,
                    const QString &date = u"2024-04-01"_s)
    {
        const HttpReply r = ResidentApi(*m_server).change(
            u"move-in"_s,
            {{"effectiveDate", date}, {"notifiedDate", date}, {"address", address("0003", "7")},
             {"previousAddress", u8("東京都千代田区霞が関二丁目1番2号")},
             {"persons", QJsonArray{person(family, given, u8("テスト"), u8("タロウ"), "1980-04-01",
                                           "1", "02")}}},
            m_clerk);
        if (r.status != 201)
            qWarning("move-in refused: %s", r.body.constData());
        return r.status == 201 ? r.json()[u"partyNos"_s][0].toInteger() : 0;
    }

    // A 住登外者 or 法人 recorded from `date`; returns the reply.
    HttpReply nonResident(const QJsonObject &fields, const QString &date = u"2024-04-01"_s)
    {
        QJsonObject body = fields;
        body.insert("effectiveDate", date);
        return post(u"/api/v1/non-resident/parties"_s, body);
    }
    qint64 corporation(const QString &name, const QString &number,
                       const QString &date = u"2024-04-01"_s)
    {
        const HttpReply r = nonResident({{"kind", "corporation"}, {"familyName", name},
                                         {"corporateNumber", number},
                                         {"address", u8("東京都千代田区霞が関3-1-1")}}, date);
        return r.status == 201 ? r.json()[u"partyNo"_s].toInteger() : 0;
    }
    qint64 outsider(const QString &family, const QString &given,
                    const QString &date = u"2024-04-01"_s)
    {
        const HttpReply r = nonResident({{"kind", "non_resident"}, {"familyName", family},
                                         {"givenName", given}, {"sex", "2"},
                                         {"address", u8("大阪府大阪市北区梅田1-1")}}, date);
        return r.status == 201 ? r.json()[u"partyNo"_s].toInteger() : 0;
    }
};

} // namespace kikan::test
