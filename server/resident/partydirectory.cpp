#include "partydirectory.h"

#include "codetables.h"
#include "protection.h"
#include "protectionstore.h"
#include "residentstore.h"
#include "server/store/database.h"

#include <QSet>

namespace kikan::resident {

namespace {
QString printedAddress(const ResidentRecord &r)
{
    const TownArea *area = CodeTables::instance().townArea(r.townAreaCode);
    QString address = (area ? area->name : r.townAreaCode) + r.addressNumber;
    if (!r.addressSupplement.isEmpty())
        address += QChar(0x3000) + r.addressSupplement;
    return address;
}

// The state in force on `asOf` of one person (`partyNo`) or of everyone (0), each with its
// 住民票作成日: the stay in force began with the first state that made the person a resident
// after a state that did not (or no state at all); its 異動's 届出日 is the day the 住民票 was made
// (a 転入: the 転入届), a 職権 record's the 住民となった日 or its 異動日 (公職選挙法第21条第1項's
// "住民票が作成された日").
struct DatedState {
    ResidentRecord record;
    QDate recordedSince;
};
QList<DatedState> statesOn(QSqlDatabase db, QDate asOf, qint64 partyNo)
{
    QList<DatedState> out;
    qint64 party = 0;
    bool wasResident = false;
    QDate stayStart;
    std::optional<ResidentRecord> inForce;
    auto flush = [&] {
        if (inForce)
            out.append({*inForce, stayStart});
        inForce.reset();
    };
    forEachStateUpTo(db, asOf, partyNo, [&](const ResidentRecord &r, QDate notified) {
        if (r.partyNo != party) {
            flush();
            party = r.partyNo;
            wasResident = false;
        }
        const bool resident = r.status == ResidentStatus::Resident;
        if (resident && !wasResident)
            stayStart = notified.isValid() ? notified
                        : r.residentSince.isValid() ? r.residentSince : r.validFrom;
        wasResident = resident;
        if (!r.validTo.isValid() || r.validTo > asOf)
            inForce = r;
    });
    flush();
    return out;
}

party::PartySnapshot snapshotOf(const DatedState &s, QDate asOf, bool protectedPerson)
{
    party::PartySnapshot snapshot = partySnapshot(s.record, asOf, protectedPerson);
    snapshot.recordedSince = s.recordedSince;
    return snapshot;
}

party::PartyChange compare(const ResidentRecord &after, const std::optional<ResidentRecord> &before)
{
    party::PartyChange c;
    c.partyNo = after.partyNo;
    c.statusAfter = statusCode(after.status);
    if (!before) {
        c.nameChanged = c.addressChanged = c.householdChanged = true;
        return c;
    }
    c.statusBefore = statusCode(before->status);
    c.nameChanged = after.familyName != before->familyName
                    || after.givenName != before->givenName
                    || after.formerFamilyName != before->formerFamilyName
                    || after.alias != before->alias;
    c.addressChanged = after.townAreaCode != before->townAreaCode
                       || after.addressNumber != before->addressNumber
                       || after.addressSupplement != before->addressSupplement;
    c.householdChanged = after.householdNo != before->householdNo;
    return c;
}
} // namespace

party::PartySnapshot partySnapshot(const ResidentRecord &r, QDate asOf, bool protectedPerson)
{
    party::PartySnapshot s;
    s.partyNo = r.partyNo;
    s.asOf = asOf;
    s.status = statusCode(r.status);
    s.familyName = r.familyName;
    s.givenName = r.givenName;
    s.familyNameKana = r.familyNameKana;
    s.givenNameKana = r.givenNameKana;
    s.formerFamilyName = r.formerFamilyName;
    s.alias = r.alias;
    s.birthDate = r.birthDate;
    s.sex = r.sex;
    s.householdNo = r.householdNo;
    s.householder = r.isHouseholder();
    s.relationshipText = r.relationshipText;
    s.townAreaCode = r.townAreaCode;
    s.address = printedAddress(r);
    s.postalCode = r.postalCode;
    s.destinationAddress = r.destinationAddress;
    s.protectedPerson = protectedPerson;
    s.foreignResident = r.kind == ResidentKind::Foreign;
    s.nationality = r.nationality;
    return s;
}

party::PartyChanged partyChangedOf(QSqlDatabase db, qint64 changeId)
{
    party::PartyChanged e;
    e.changeId = changeId;
    const std::optional<ChangeSummary> change = changeSummary(db, changeId);
    if (!change)
        return e;
    e.kind = change->kind;
    e.effectiveDate = change->effectiveDate;
    for (const ResidentRecord &row : rowsOfChange(db, changeId)) {
        e.parties.append(compare(row, recordBefore(db, row.partyNo, row.historyNo)));
        if (row.householdNo && !e.householdNos.contains(row.householdNo))
            e.householdNos.append(row.householdNo);
    }
    if (change->householdNo && !e.householdNos.contains(change->householdNo))
        e.householdNos.append(change->householdNo);
    return e;
}

std::optional<party::PartySnapshot> ResidentPartyDirectory::find(qint64 partyNo, QDate asOf) const
{
    QSqlDatabase db = m_database.connection();
    const QList<DatedState> states = statesOn(db, asOf, partyNo);
    if (states.isEmpty())
        return std::nullopt;
    return snapshotOf(states.first(), asOf, isProtected(db, partyNo, asOf));
}

QList<party::PartySnapshot> ResidentPartyDirectory::residentsAsOf(QDate asOf) const
{
    QSqlDatabase db = m_database.connection();
    QSet<qint64> protectedParties;
    for (const ProtectionMeasure &m : allMeasures(db)) {
        if (inForce(m, asOf))
            protectedParties.insert(m.partyNo);
    }
    QList<party::PartySnapshot> out;
    for (const DatedState &s : statesOn(db, asOf, 0)) {
        if (s.record.status == ResidentStatus::Resident)
            out.append(snapshotOf(s, asOf, protectedParties.contains(s.record.partyNo)));
    }
    return out;
}

QList<party::PartySnapshot> ResidentPartyDirectory::household(qint64 householdNo, QDate asOf) const
{
    QSqlDatabase db = m_database.connection();
    QList<party::PartySnapshot> out;
    for (const ResidentRecord &r : householdAsOf(db, householdNo, asOf))
        out.append(partySnapshot(r, asOf, isProtected(db, r.partyNo, asOf)));
    return out;
}

QList<party::PartyChanged> ResidentPartyDirectory::changesSince(qint64 changeId, int limit) const
{
    QSqlDatabase db = m_database.connection();
    QList<party::PartyChanged> out;
    for (qint64 id : changeIdsAfter(db, changeId, limit))
        out.append(partyChangedOf(db, id));
    return out;
}

qint64 ResidentPartyNumbers::allocate(QSqlDatabase db, const QString &kind,
                                      const QString &createdAt)
{
    return allocateParty(db, kind, createdAt);
}

QString ResidentPartyNumbers::kindOf(qint64 partyNo) const
{
    return partyKind(m_database.connection(), partyNo);
}

} // namespace kikan::resident
