// One 異動 as one transaction: the resident_changes row (the 異動届 as entered), the new record
// rows, the household versions (optimistic concurrency), the 届出 date rules (住民基本台帳法
// 第22条〜第25条: 異動日 ≤ 届出日 ≤ 処理日, 14日以内) and the household checks every change must
// leave true (one 世帯主 per household with members). The operation log entry is written by
// runChange() for success and refusal alike. The kinds themselves: moves.cpp, vitalevents.cpp,
// householdchanges.cpp, officialchanges.cpp.
#pragma once

#include "codetables.h"
#include "residentrecord.h"

#include "server/core/context.h"
#include "server/http/request.h"
#include "server/store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace kikan::resident {

struct ChangeOutcome {
    qint64 changeId = 0;
    qint64 notificationNo = 0;       // 届出番号 (0 for 職権)
    QList<qint64> partyNos;          // persons given a new state
    QList<qint64> householdNos;      // households touched, with their new versions below
    QJsonArray warnings;             // e.g. 届出期間を過ぎています (accepted, but to be noted)
    QJsonObject toJson(QSqlDatabase db) const;
};

class ChangeWriter
{
public:
    ChangeWriter(core::ServerContext &context, const http::Request &request,
                 const QString &kindCode, const QJsonObject &body, store::Transaction &tx);

    QSqlDatabase db() const { return m_tx.db(); }
    const QJsonObject &body() const { return m_body; }
    const CodeEdition &codes() const { return *m_codes; }
    QDate effectiveDate() const { return m_effective; }
    QDate notifiedDate() const { return m_notified; }
    QDate today() const { return m_today; }
    QString now() const { return m_now; }
    qint64 changeId() const { return m_outcome.changeId; }
    const ChangeKindInfo &kind() const { return m_kind; }

    // Claims an existing household with the version from body[versionField]: a stale version is
    // resident.conflict (another counter changed the household since it was read).
    void claimHousehold(qint64 householdNo, const QString &versionField);
    // Claims one person's record with body["personVersion"] (the person's `version` at 照会), for
    // the kinds that edit one person (訂正, 職権修正, 職権消除, 外国人住民の記載事項の変更): missing
    // → 400 request.malformed naming personVersion, stale → 409 resident.conflict. Call after the
    // household claim (locks are always taken household first, then person).
    void claimPerson(qint64 partyNo);
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
    void warn(const QString &message) { m_outcome.warnings.append(message); }
    // Adds facts to the change's detail and the log entry (never a My Number).
    void note(const QString &key, const QJsonValue &value) { m_logDetail.insert(key, value); }

    // Checks the touched households and writes the change row's household. The caller writes the
    // operation log entry in the same transaction and commits.
    ChangeOutcome finish();
    const QJsonObject &logDetail() const { return m_logDetail; }

private:
    void checkDates();
    void checkHouseholds();

    core::ServerContext &m_context;
    ChangeKindInfo m_kind;
    QJsonObject m_body;
    store::Transaction &m_tx;
    const CodeEdition *m_codes = nullptr;
    QDate m_effective, m_notified, m_today;
    QString m_now;
    qint64 m_userId = 0;
    QSet<qint64> m_claimed;
    QSet<qint64> m_versionedPersons; // persons whose version this change has raised (once each)
    QList<qint64> m_touched;
    QJsonObject m_logDetail;
    ChangeOutcome m_outcome;
};

// The new states of the persons one change touches, gathered and then written together: the
// persons named by the change and those whose 続柄 it changes ("relationships": [{partyNo,
// relationshipCode[, relationshipText]}], e.g. the others when the 世帯主 leaves or dies).
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
    // Applies body["relationships"]; returns the party numbers it named.
    QList<qint64> applyRelationships();
    void writeAll();

private:
    ChangeWriter &m_writer;
    QHash<qint64, ResidentRecord> m_states;
    QList<qint64> m_order;
};

// The party numbers in body[field] (an array); empty when absent.
QList<qint64> partyNoList(const QJsonObject &body, const QString &field);

using ChangeBody = std::function<void(ChangeWriter &)>;
// Runs one change kind: transaction, writer, body, commit, operation log (event
// "resident.<kind>", success or refusal with the error code). Returns the outcome as JSON.
QJsonObject runChange(core::ServerContext &context, const http::Request &request,
                      const QString &kindCode, const ChangeBody &body);

} // namespace kikan::resident
