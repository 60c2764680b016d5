// 住登外者・法人 as a service (server/non_resident): recording a party in the shared 宛名番号 space
// (party::PartyNumbers from 住民記録), a new state with its effective date and the version read
// (optimistic concurrency), a party with its history, and the party source that answers
// party::PartyDirectory for these kinds and the 宛名 search by name. Every change is written to
// the operation log and, once committed, published as party::PartyChanged (changeId 0: 住民記録's
// resident_changes is the only catch-up cursor, so subscribers that replay ignore these).
#pragma once

#include "nonresidentparty.h"
#include "server/core/actor.h"
#include "server/core/context.h"
#include "server/party/partysearch.h"

namespace kikan::store {
class Database;
}

namespace kikan::non_resident {

struct Saved {
    qint64 partyNo = 0;
    int version = 0;
};

struct PartyView {
    PartyRecord current;      // the state on the date asked for
    QList<PartyRecord> history;
    int version = 0;
};

Saved registerParty(core::ServerContext &context, const core::Actor &actor, PartyInput input,
                    QDate effectiveDate);
Saved changeParty(core::ServerContext &context, const core::Actor &actor, qint64 partyNo,
                  int version, PartyInput input, QDate effectiveDate);
// Throws non_resident.not_found; logs the access.
PartyView viewParty(core::ServerContext &context, const core::Actor &actor, qint64 partyNo,
                    QDate asOf);

class NonResidentDirectory : public party::PartyDirectory
{
public:
    explicit NonResidentDirectory(store::Database &database) : m_database(database) {}
    std::optional<party::PartySnapshot> find(qint64 partyNo, QDate asOf) const override;
    QList<party::PartySnapshot> household(qint64, QDate) const override { return {}; }
    QList<party::PartyChanged> changesSince(qint64, int) const override { return {}; }

private:
    store::Database &m_database;
};

// 住登外者・法人 as a source of the 宛名 search by name (server/party/partysearch.h).
class NonResidentNameSource : public party::PartyNameSource
{
public:
    explicit NonResidentNameSource(store::Database &database) : m_database(database) {}
    QList<qint64> partyNosByName(const QString &text, int limit) const override;

private:
    store::Database &m_database;
};

} // namespace kikan::non_resident
