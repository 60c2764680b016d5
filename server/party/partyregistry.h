// The one 宛名番号 space shared by every kind of party (住民, 住登外者, 法人): a party-number service
// and a directory that answers for every kind by asking the area that keeps it. 住民記録 keeps the
// `parties` table and the 'party_no' sequence (its schema 10001), so it provides both
// (server/resident/module.cpp): PartyNumbers to any area that registers parties of its own
// (server/non_resident), and PartyRegistry, where such an area adds itself as the source of its
// kinds. PartyRegistry is also the party::PartyDirectory every area reads.
#pragma once

#include "partydirectory.h"

#include <QHash>
#include <QSqlDatabase>

namespace kikan::party {

class PartyNumbers
{
public:
    virtual ~PartyNumbers() = default;
    // A new 宛名番号 of `kind`, written in the caller's transaction `db` (the number is lost
    // with it when the transaction rolls back).
    virtual qint64 allocate(QSqlDatabase db, const QString &kind, const QString &createdAt) = 0;
    // The kind of a party (kind::…), empty when the number is unknown.
    virtual QString kindOf(qint64 partyNo) const = 0;
};

// The directory over every kind: find() asks the source of the party's kind; household() and
// changesSince() and residentsAsOf() are 住民記録's (住登外者 and 法人 have no household and publish no 異動 yet).
class PartyRegistry : public PartyDirectory
{
public:
    PartyRegistry(const PartyNumbers &numbers, const PartyDirectory &residents)
        : m_numbers(numbers), m_residents(residents)
    {
        m_sources.insert(QString::fromLatin1(kind::Resident), &residents);
    }

    // Called from a module's start(), before any request: `source` answers for parties of `kind`.
    void addSource(const QString &kind, const PartyDirectory *source) { m_sources.insert(kind, source); }

    std::optional<PartySnapshot> find(qint64 partyNo, QDate asOf) const override
    {
        const PartyDirectory *source = m_sources.value(m_numbers.kindOf(partyNo));
        return source ? source->find(partyNo, asOf) : std::nullopt;
    }
    QList<PartySnapshot> household(qint64 householdNo, QDate asOf) const override
    {
        return m_residents.household(householdNo, asOf);
    }
    QList<PartyChanged> changesSince(qint64 changeId, int limit) const override
    {
        return m_residents.changesSince(changeId, limit);
    }
    QList<PartySnapshot> residentsAsOf(QDate asOf) const override
    {
        return m_residents.residentsAsOf(asOf);
    }

private:
    const PartyNumbers &m_numbers;
    const PartyDirectory &m_residents;
    QHash<QString, const PartyDirectory *> m_sources;
};

} // namespace kikan::party
