// The 選挙人名簿 tables (schema/15001_electoral_roll.sql): 投票区, registrations with their events,
// runs, 閲覧 and the cursor of the party contract's changes heard. SQL only; every function takes
// the connection of the caller's transaction. The rules are rollrules.h, the work roll.h.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace kikan::electoral_roll {

struct District {
    int no = 0;
    QString name;
    QString pollingPlace;
    QStringList areas;          // 町字コード
    int version = 0;
};

struct Registration {
    qint64 id = 0;
    qint64 partyNo = 0;
    qint64 runId = 0;
    int districtNo = 0;
    QDate registeredOn;
    QDate baseDate;
    QString reason;             // periodic | election
    QString familyName;
    QString givenName;
    QString familyNameKana;
    QString givenNameKana;
    QDate birthDate;
    QString sex;
    QString townAreaCode;
    QString address;
    QDate markedOn;             // 表示
    QString markReason;         // move_out | removed
    QDate removalDueOn;
    QDate removedOn;            // 抹消
    QString removalReason;      // death | nationality_lost | moved_out
    int version = 0;

    // registered | marked | removed, on `date`.
    QString stateOn(QDate date) const;
    bool onRollOn(QDate date) const
    {
        return registeredOn <= date && (!removedOn.isValid() || removedOn > date);
    }
};

struct RollEvent {
    QString kind;               // registered | marked | unmarked | moved | updated | removed
    QDate on;
    QString reason;
    QString article;            // 公職選挙法 第22条第1項 …
    qint64 changeId = 0;
    QString recordedAt;
    QString recordedBy;
};

struct Run {
    qint64 id = 0;
    QString kind;               // periodic | election
    QDate baseDate;
    QDate registrationDate;
    QString electionName;
    int added = 0;
};

struct Inspection {
    qint64 id = 0;
    QString requester;
    QString requesterKind;
    QString purpose;
    int districtNo = 0;
    QList<qint64> shown;
    QString recordedAt;
    qint64 recordedBy = 0;
};

// --- 投票区 ---
QList<District> districts(QSqlDatabase db);
std::optional<District> districtByNo(QSqlDatabase db, int no);
QHash<QString, int> districtOfAreas(QSqlDatabase db);
void insertDistrict(QSqlDatabase db, const District &d);
// Writes name, place and areas if the version matches (then incremented); false on a stale one.
bool updateDistrict(QSqlDatabase db, const District &d);
// The 投票区 (other than `except`) that holds a 町字 already, 0 when none.
int districtHolding(QSqlDatabase db, const QString &areaCode, int except);

// --- registrations ---
std::optional<Registration> openRegistrationOf(QSqlDatabase db, qint64 partyNo);
QList<Registration> registrationsOf(QSqlDatabase db, qint64 partyNo);
QList<Registration> registrationsByKana(QSqlDatabase db, const QString &kanaPrefix, int limit);
QSet<qint64> openPartyNos(QSqlDatabase db);
// On the roll on `date` in the 投票区 (0: every one).
QList<Registration> rollOn(QSqlDatabase db, int districtNo, QDate date);
// Marked, not removed, due on or before `date`.
QList<Registration> dueRemovals(QSqlDatabase db, QDate date);
void insertRegistration(QSqlDatabase db, Registration &r); // sets id, version 1
bool updateRegistration(QSqlDatabase db, const Registration &r); // version checked, incremented
void insertEvent(QSqlDatabase db, qint64 registrationId, const RollEvent &e);
QList<RollEvent> eventsOf(QSqlDatabase db, qint64 registrationId);

// --- runs, 閲覧, cursor ---
qint64 insertRun(QSqlDatabase db, const Run &run, const QString &at, qint64 by);
qint64 insertInspection(QSqlDatabase db, const Inspection &i);
QList<Inspection> inspections(QSqlDatabase db, int limit);
qint64 changesHeard(QSqlDatabase db);
void setChangesHeard(QSqlDatabase db, qint64 changeId);

} // namespace kikan::electoral_roll
