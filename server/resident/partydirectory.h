// 住民記録 as the party directory (server/party/partydirectory.h) and the keeper of the one 宛名番号
// space (server/party/partyregistry.h): residents as other areas see them, and each committed 異動 as a PartyChanged event, read the same way for the event and for a
// subscriber's catch-up (changesSince).
#pragma once

#include "partynamesearch.h"
#include "residentrecord.h"
#include "server/party/partyregistry.h"

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
    QList<party::PartySnapshot> residentsAsOf(QDate asOf) const override;

private:
    store::Database &m_database;
};

// The one 宛名番号 space (parties, number_sequences 'party_no'), for every kind of party.
class ResidentPartyNumbers : public party::PartyNumbers
{
public:
    explicit ResidentPartyNumbers(store::Database &database) : m_database(database) {}

    qint64 allocate(QSqlDatabase db, const QString &kind, const QString &createdAt) override;
    QString kindOf(qint64 partyNo) const override;

private:
    store::Database &m_database;
};

// What 住民記録 provides to the others: the numbers, its own directory, the registry over every
// kind (provided as party::PartyDirectory and party::PartyRegistry) and the search by name over
// every kind (party::PartySearch; residents are its first source).
struct PartyServices {
    explicit PartyServices(store::Database &database)
        : numbers(database), residents(database), registry(numbers, residents), names(database)
    {
        search.addSource(&names);
    }
    ResidentPartyNumbers numbers;
    ResidentPartyDirectory residents;
    party::PartyRegistry registry;
    ResidentNameSource names;
    party::PartySearch search;
};

} // namespace kikan::resident
