// A 軽自動車税 register for mass printing tests and the bench: `taxpayers` 納税義務者 with one
// light vehicle each (the demo town's mix of classes, seed 7), written straight through the
// register's store, and the 当初課税 of 2025 run over it — so the 2025 納税通知書 are `taxpayers`
// documents of one page each. Server code: the client's tests built for Windows have it written
// by kikan-test-host (its "fixture" op, testhostfixtures.cpp).
#pragma once

#include "tests/support/testserver.h"

#ifdef KIKAN_REMOTE_TEST_SERVER
namespace kikan::test {

inline void writeNoticeRegister(TestServer &server, int taxpayers)
{
    server.call(QStringLiteral("fixture"), {{"name", "noticeRegister"}, {"taxpayers", taxpayers}});
}

} // namespace kikan::test
#else
#include "server/light_vehicle_tax/demodata.h"
#include "server/light_vehicle_tax/initialassessment.h"
#include "server/light_vehicle_tax/vehiclestore.h"
#include "server/party/partyregistry.h"
#include "server/store/database.h"

#include <QRandomGenerator>

namespace kikan::test {

inline void writeNoticeRegister(TestServer &server, int taxpayers)
{
    core::ServerContext &ctx = server.app().context();
    auto &numbers = ctx.services.get<party::PartyNumbers>();
    QRandomGenerator rng(7);
    {
        store::Transaction tx(ctx.database);
        for (int i = 0; i < taxpayers; ++i) {
            light_vehicle_tax::VehicleRecord r;
            r.vehicleId = light_vehicle_tax::insertVehicle(tx.db(), QStringLiteral("test"));
            r.historyNo = 1;
            r.changeKind = QStringLiteral("register");
            r.validFrom = QDate(2024, 4, 1);
            r.recordedAt = QStringLiteral("test");
            r.fields.plateNo = QStringLiteral("琴浦 %1").arg(i + 1);
            r.fields.facts = light_vehicle_tax::demoFacts(rng);
            r.fields.ownerPartyNo = numbers.allocate(tx.db(), QStringLiteral("non_resident"),
                                                     QStringLiteral("test"));
            r.fields.storagePlace = QStringLiteral("八橋");
            light_vehicle_tax::insertRecord(tx.db(), r, 0);
        }
        tx.commit();
    }
    light_vehicle_tax::runInitialAssessment(ctx, core::Actor::system(QStringLiteral("test")), 2025);
}

} // namespace kikan::test
#endif // KIKAN_REMOTE_TEST_SERVER
