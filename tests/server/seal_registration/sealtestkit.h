// Helpers for the 印鑑登録 HTTPS tests: residents moved in through 住民記録's API, 異動 posted to it,
// and seals registered with generated impressions (sealimagekit.h).
#pragma once

#include "sealimagekit.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/support/bothstores.h"

#include <QJsonArray>

namespace kikan::test {

class SealApi
{
public:
    SealApi(TestServer &server, QString residentClerk, QString sealClerk)
        : m_server(server), m_resident(server), m_residentClerk(std::move(residentClerk)),
          m_sealClerk(std::move(sealClerk))
    {
    }

    // One person moving in alone on `date`; their 宛名番号.
    qint64 moveIn(const QString &family, const QString &given, const QString &birth,
                  const QString &date = QStringLiteral("2025-05-20"))
    {
        const HttpReply r = m_resident.change(
            QStringLiteral("move-in"),
            {{"effectiveDate", date}, {"notifiedDate", date},
             {"address", address(QStringLiteral("0003"), QStringLiteral("7"))},
             {"previousAddress", QStringLiteral("東京都千代田区霞が関二丁目1番2号")},
             {"persons", QJsonArray{person(family, given, QStringLiteral("テスト"),
                                           QStringLiteral("タロウ"), birth, "1", "02")}}},
            m_residentClerk);
        return r.status == 201 ? r.json()[QStringLiteral("partyNos")][0].toInteger() : 0;
    }

    // Posts a 異動 of `kind` for one person, filling the household and versions from the register.
    HttpReply change(const QString &kind, qint64 partyNo, QJsonObject body)
    {
        return m_resident.changeOf(kind, partyNo, std::move(body), m_residentClerk);
    }

    static QJsonObject scan(const GeneratedSeal &seal)
    {
        return {{"image", QString::fromLatin1(encoded(sealScan(seal)).toBase64())}};
    }

    QJsonObject request(qint64 partyNo, const QString &text, double mm = 15,
                        const QString &path = QStringLiteral("photo_id")) const
    {
        return {{"partyNo", partyNo}, {"identityPath", path},
                {"identityDocument", path == QStringLiteral("photo_id") ? QStringLiteral("運転免許証")
                                                                        : QString()},
                {"impressionText", text}, {"scan", scan({mm, mm})}};
    }

    HttpReply post(const QString &tail, const QJsonObject &body, const QString &token = {})
    {
        return m_server.client().post(QStringLiteral("/api/v1/seal-registrations") + tail, body,
                                      token.isEmpty() ? m_sealClerk : token);
    }
    HttpReply get(const QString &tail, const QString &token = {})
    {
        return m_server.client().get(QStringLiteral("/api/v1/seal-registrations") + tail,
                                     token.isEmpty() ? m_sealClerk : token);
    }
    HttpReply registerSeal(qint64 partyNo, const QString &text, double mm = 15)
    {
        return post({}, request(partyNo, text, mm));
    }
    QJsonObject view(qint64 id) { return get(QStringLiteral("/%1").arg(id)).json(); }
    // New sessions after the clock moved past the old ones' lifetime.
    void setTokens(QString residentClerk, QString sealClerk)
    {
        m_residentClerk = std::move(residentClerk);
        m_sealClerk = std::move(sealClerk);
    }

private:
    TestServer &m_server;
    ResidentApi m_resident;
    QString m_residentClerk;
    QString m_sealClerk;
};

// The base of a test object run on one store (execOnBothStores): a server on 2025-06-02 with a
// 住民記録 registrar and a seal clerk holding `sealRights`.
class SealServerTest : public QObject
{
public:
    explicit SealServerTest(TestServer::Store store) : m_store(store) {}

protected:
    void startServer(const QStringList &sealRights)
    {
        m_server = std::make_unique<TestServer>(m_store);
        setClock(*m_server, QDateTime(QDate(2025, 6, 2), QTime(1, 0), Qt::UTC));
        const QString resident = staffWithRights(*m_server, QStringLiteral("registrar"),
                                                 {"resident:view", "resident:update"});
        m_api = std::make_unique<SealApi>(
            *m_server, resident, staffWithRights(*m_server, QStringLiteral("sealclerk"), sealRights));
    }

    TestServer::Store m_store;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<SealApi> m_api;
};

} // namespace kikan::test
