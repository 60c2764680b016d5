// How an area that keeps its own cursor over the party contract's changes hears them once each:
// the event as it is published (hearOnce: skipped when the cursor is past it, a replay) and, at
// start, every change committed since the cursor (catchUpChanges, in batches, each batch in one
// transaction with the cursor moved by the caller's hearIn). Used by 印鑑登録 and 選挙人名簿
// (docs/architecture.md "Events between areas").
#pragma once

#include "partydirectory.h"

#include <QSqlDatabase>

#include <functional>

namespace kikan::store {
class Database;
class Transaction;
}

namespace kikan::party {

// The last change id the area has heard (read in the caller's transaction).
using HeardCursor = std::function<qint64(QSqlDatabase)>;
// Applies one change and moves the cursor to its id, in the transaction given.
using HearIn = std::function<void(store::Transaction &, const PartyChanged &)>;

void hearOnce(store::Database &database, const PartyChanged &change, const HeardCursor &heard,
              const HearIn &hearIn);
void catchUpChanges(store::Database &database, const PartyDirectory &directory,
                    const HeardCursor &heard, const HearIn &hearIn);

} // namespace kikan::party
