// The fixture of the 軽自動車税 HTTP tests: parties of every kind (partytestkit.h) plus helpers to
// register a vehicle, record a 異動 with the version read, and read a vehicle's 種別割 of a 年度.
#pragma once

#include "tests/server/non_resident/partytestkit.h"

#include <QThread>

namespace kikan::test {

class VehicleFixture : public PartyFixture
{
public:
    using PartyFixture::PartyFixture;

protected:
    qint64 m_resident = 0, m_company = 0, m_outsider = 0;

    // The server and one party of each kind, recorded from 2019-04-01.
    void startWithParties()
    {
        start();
        m_resident = resident(u8("軽井"), u8("四郎"), u"2019-04-01"_s);
        m_company = corporation(u8("有限会社軽運送"), u"7000012050002"_s, u"2019-04-01"_s);
        m_outsider = outsider(u8("遠方"), u8("二葉"), u"2019-04-01"_s);
        QVERIFY(m_resident && m_company && m_outsider);
    }

    static QString vehicles() { return u"/api/v1/light-vehicle-tax/vehicles"_s; }

    // A 軽四輪 乗用 自家用 (override fields with `extra`), registered on `date` for `owner`.
    HttpReply registerVehicle(qint64 owner, const QString &plate, const QString &date,
                              const QJsonObject &extra = {})
    {
        QJsonObject body{{"effectiveDate", date}, {"plateNo", plate},
                         {"vehicleClass", "four_wheel"}, {"use", "private"},
                         {"body", "passenger"}, {"firstInspection", "2018-06"},
                         {"power", "gasoline"}, {"chassisNo", "HA36S-" + plate.right(4)},
                         {"ownerPartyNo", owner}, {"storagePlace", u8("本町1-2-3")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return post(vehicles(), body);
    }
    qint64 vehicleId(const HttpReply &r)
    {
        if (r.status != 201)
            qWarning("vehicle refused: %s", r.body.constData());
        return r.status == 201 ? r.json()[u"vehicleId"_s].toInteger() : 0;
    }
    int versionOf(qint64 vehicle)
    {
        return get(vehicles() + u"/%1"_s.arg(vehicle)).json()[u"version"_s].toInt();
    }
    // A 異動 (transfer-owner, move-storage, deregister) with the current version.
    HttpReply change(qint64 vehicle, const QString &kind, const QString &date, QJsonObject body)
    {
        body.insert("effectiveDate", date);
        if (!body.contains("version"))
            body.insert("version", versionOf(vehicle));
        return post(vehicles() + u"/%1/changes/%2"_s.arg(vehicle).arg(kind), body);
    }
    // 当初課税 of a 年度 as the job it is (202 with the job's id), waited for: the ended job
    // (GET /api/v1/jobs/{id}: state, done, total, result = the summary).
    QJsonObject runAssessment(int fiscalYear = 2025)
    {
        const HttpReply r = post(u"/api/v1/light-vehicle-tax/assessments/%1/run"_s.arg(fiscalYear), {});
        if (r.status != 202) {
            qWarning("run refused: %s", r.body.constData());
            return {};
        }
        const QString job = u"/api/v1/jobs/%1"_s.arg(r.json()[u"jobId"_s].toInteger());
        for (int i = 0; i < 6000; ++i) {
            const QJsonObject j = get(job).json();
            if (j[u"state"_s].toString() != u"queued"_s && j[u"state"_s].toString() != u"running"_s)
                return j;
            QThread::msleep(20);
        }
        return {};
    }
    QJsonObject yearTax(qint64 vehicle, int fiscalYear)
    {
        return get(vehicles() + u"/%1/tax/%2"_s.arg(vehicle).arg(fiscalYear)).json();
    }
};

} // namespace kikan::test
