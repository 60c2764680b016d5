// 住民記録 as the party directory (server/party/partydirectory.h): residents as other areas see
// them, and each committed 異動 as a PartyChanged event, read the same way for the event and for a
// subscriber's catch-up (changesSince).
#pragma once

#include "residentrecord.h"
#include "server/party/partydirectory.h"

#include <QSqlDatabase>

namespace kikan::store {
class Database;
}

namespace kikan::resident {

// A resident's state as a party snapshot (address from the 町字 table).
party::PartySnapshot partySnapshot(const ResidentRecord &record, QDate asOf, bool protectedPerson);
// The PartyChanged of one committed 異動: its kind, 異動日, the persons it gave a new state (each
// compared with their state before) and the households it touched.
party::PartyChanged partyChangedOf(QSqlDatabase db, qint64 changeId);

class ResidentPartyDirectory : public party::PartyDirectory
{
public:
    explicit ResidentPartyDirectory(store::Database &database) : m_database(database) {}

    std::optional<party::PartySnapshot> find(qint64 partyNo, QDate asOf) const override;
    QList<party::PartySnapshot> household(qint64 householdNo, QDate asOf) const override;
    QList<party::PartyChanged> changesSince(qint64 changeId, int limit) const override;

private:
    store::Database &m_database;
};

} // namespace kikan::resident
