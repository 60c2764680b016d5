// Residents as a source of the 宛名 search by name (server/party/partysearch.h): the current
// residents (除票 left out) whose 氏名, 旧氏, 通称 or フリガナ starts with the text, found the way the
// counter's search finds a name (search.h: strict 縮退 key, then the loose key, then the reading).
#pragma once

#include "server/party/partysearch.h"

namespace kikan::store {
class Database;
}

namespace kikan::resident {

class ResidentNameSource : public party::PartyNameSource
{
public:
    explicit ResidentNameSource(store::Database &database) : m_database(database) {}
    QList<qint64> partyNosByName(const QString &text, int limit) const override;

private:
    store::Database &m_database;
};

} // namespace kikan::resident
