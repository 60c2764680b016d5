// The search's reads of resident_records (SQL only): the rows in force (superseded_at IS NULL AND
// valid_to IS NULL) matched one way at a time. The name, loose and reading ways are answered from
// the partial covering indexes of schema 10003/10004 (no table reads; history rows are not in
// them), in the index's order so that a broad prefix stops after kMatchCap + 1 entries.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace kikan::resident {

// Persons read per way of matching; a way that matches more says so (the total is then a lower
// bound: a family name alone matches thousands at 1,000,000 residents).
inline constexpr int kMatchCap = 500;

// A column of the current rows and how it is compared. Its name is the hit's "matchedBy".
enum class MatchBy {
    BirthDate, PartyNo, HouseholdNo, MyNumber, ResidentRecordCode, // equal
    Kana,                                                          // reading key prefix
    Name, FormerName, Alias,                                       // strict 縮退 key prefix
    NameLoose, FormerNameLoose, AliasLoose,                        // loose key prefix
    Address,                                                       // 町字 and 番地 prefix
};
QString matchedByName(MatchBy by); // birth_date, party_no, …, name_loose, address
bool isLoose(MatchBy by);

// One way of matching: the value looked for (for a prefix, without any wildcard) and, for an
// address, the 町字 code (value: the 番地 prefix).
struct SearchWay {
    MatchBy by = MatchBy::Name;
    QVariant value;
    QString townAreaCode;

    bool operator==(const SearchWay &o) const
    {
        return by == o.by && value == o.value && townAreaCode == o.townAreaCode;
    }
};

struct WayMatches {
    QList<qint64> partyNos; // in reading order (kana key, birth date, party number)
    bool more = false;      // the way matched more than kMatchCap persons
};

// The persons one way matches; 除票 only with includeRemoved.
WayMatches findCurrent(QSqlDatabase db, const SearchWay &way, bool includeRemoved, bool postgres);

} // namespace kikan::resident
