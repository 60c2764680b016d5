// Hearing the party contract's changes once each (changecursor.h).
#include "changecursor.h"

#include "server/store/database.h"

namespace kikan::party {

void hearOnce(store::Database &database, const PartyChanged &change, const HeardCursor &heard,
              const HearIn &hearIn)
{
    store::Transaction tx(database);
    if (change.changeId <= heard(tx.db()))
        return; // heard already (a replay)
    hearIn(tx, change);
    tx.commit();
}

void catchUpChanges(store::Database &database, const PartyDirectory &directory,
                    const HeardCursor &heard, const HearIn &hearIn)
{
    constexpr int kBatch = 500;
    for (;;) {
        store::Transaction tx(database);
        const QList<PartyChanged> batch = directory.changesSince(heard(tx.db()), kBatch);
        for (const PartyChanged &c : batch)
            hearIn(tx, c);
        tx.commit();
        if (batch.size() < kBatch)
            return;
    }
}

} // namespace kikan::party
