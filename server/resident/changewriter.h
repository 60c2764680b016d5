// One 異動 as one transaction: the resident_changes row (the 異動届 as entered), the new record
// rows, the household and person versions (optimistic concurrency), the 届出 date rules and the
// household checks every change must leave true (changerules.h: 住民基本台帳法 第22条〜第25条).
// runChange() writes the operation log entry in the same transaction, and logs a refusal with
// its error code. The kinds themselves: moves.cpp, vitalevents.cpp, householdchanges.cpp,
// officialchanges.cpp; their typed requests: changerequests.h.
#pragma once

#include "changerequests.h"
#include "codetables.h"
#include "residentrecord.h"

#include "server/core/actor.h"
#include "server/core/context.h"
#include "server/core/failure.h"
#include "server/store/database.h"

#include <QJsonObject>
#include <QSet>

#include <functional>

namespace kikan::resident {

struct HouseholdVersion {
    qint64 householdNo = 0;
    int version = 0;
};

struct ChangeOutcome {
    qint64 changeId = 0;
    qint64 notificationNo = 0;       // 届出番号 (0 for 職権)
    QList<qint64> partyNos;          // persons given a new state
    QList<HouseholdVersion> households; // households touched, with their new versions
    QStringList warnings;            // e.g. 届出期間を過ぎています (accepted, but to be noted)
    // The answer: {changeId, notificationNo|null, partyNos, households, warnings}.
    QJsonObject toJson() const;
};

class ChangeWriter
{
public:
    ChangeWriter(core::ServerContext &context, const core::Actor &actor,
                 const ChangeHeader &header, store::Transaction &tx);

    QSqlDatabase db() const { return m_tx.db(); }
    const CodeEdition &codes() const { return *m_codes; }
    QDate effectiveDate() const { return m_header.effectiveDate; }
    QDate today() const { return m_today; }
    const ChangeKindInfo &kind() const { return m_kind; }

    // Claims an existing household with the version read at 照会: a stale version is
    // resident.conflict (another counter changed the household since it was read).
    void claimHousehold(const VersionedNo &household);
    // The household of the request (header householdNo + householdVersion).
    qint64 claimRequestHousehold();
    // Claims one person's record with the `version` at 照会, for the kinds that edit one person
    // (訂正, 職権修正, 職権消除, 外国人住民の記載事項の変更): stale → 409 resident.conflict. Call
    // after the household claim (locks are always taken household first, then person).
    void claimPerson(const VersionedNo &person);
    qint64 newHousehold();
    qint64 newParty();
    // The person's latest state; the person must belong to a claimed household.
    ResidentRecord current(qint64 partyNo, const QString &field);
    // The person's latest state, which must be 住民 (not moved out, dead or removed).
    ResidentRecord currentResident(qint64 partyNo, const QString &field);
    // A new state from the 異動日: closes the latest row, inserts `next`.
    void write(ResidentRecord next);
    // Inserts a row for a period already decided (訂正, 取消): validFrom/validTo kept.
    void insertRow(ResidentRecord row);
    void supersede(const ResidentRecord &row);
    void reopen(const ResidentRecord &row); // supersedes a closed row and inserts it open again
    int nextEntryOrder(qint64 householdNo);
    void setCancels(qint64 changeId);
    // Adds facts to the log entry (never a My Number).
    void note(const QString &key, const QJsonValue &value) { m_logDetail.insert(key, value); }

    // Checks the touched households and writes the change row's household. The caller writes the
    // operation log entry in the same transaction and commits.
    ChangeOutcome finish();
    const QJsonObject &logDetail() const { return m_logDetail; }

private:
    void insertChange();

    ChangeKindInfo m_kind;
    ChangeHeader m_header;
    store::Transaction &m_tx;
    const CodeEdition *m_codes = nullptr;
    QDate m_today;
    QString m_now;
    qint64 m_userId = 0;
    QSet<qint64> m_claimed;
    QSet<qint64> m_versionedPersons; // persons whose version this change has raised (once each)
    QList<qint64> m_touched;
    QJsonObject m_logDetail;
    ChangeOutcome m_outcome;
};

// The new states of the persons one change touches, gathered and then written together: the
// persons named by the change and those whose 続柄 it changes (RelationshipEntry, e.g. the others
// when the 世帯主 leaves or dies).
class PersonStates
{
public:
    explicit PersonStates(ChangeWriter &writer) : m_writer(writer) {}
    // The next state of an existing 住民 (loaded on first use; must be in a claimed household).
    ResidentRecord &resident(qint64 partyNo, const QString &field);
    // A person without a state yet in this change (new party, 再転入).
    ResidentRecord &add(const ResidentRecord &record);
    bool contains(qint64 partyNo) const { return m_states.contains(partyNo); }
    QList<qint64> partyNos() const { return m_order; }
    // Applies the re-stated 続柄 ("relationships[i]"); returns the party numbers they name.
    QList<qint64> applyRelationships(const QList<RelationshipEntry> &entries);
    void writeAll();

private:
    ChangeWriter &m_writer;
    QHash<qint64, ResidentRecord> m_states;
    QList<qint64> m_order;
};

using ChangeBody = std::function<void(ChangeWriter &)>;
// Runs one change kind: transaction, writer, body, operation log entry (event
// "resident.<kind>", subject change:<id>) in the same transaction, commit, then PartyChanged.
// A refusal is logged (logRefusedChange) and thrown on.
ChangeOutcome runChange(core::ServerContext &context, const core::Actor &actor,
                        const ChangeHeader &header, const ChangeBody &body);
// The operation log entry of a refused change (subject "change", the error code and fields):
// also for a request refused before it reached runChange (its JSON).
void logRefusedChange(core::ServerContext &context, const core::Actor &actor,
                      const QString &kindCode, const core::Failure &error);

} // namespace kikan::resident
