// The 選挙人名簿's work, taking core::Actor and typed requests (routes.cpp reads them):
// 定時登録 (公職選挙法第22条第1項) and 選挙時登録 (第22条第2項) over the whole register as it stood on
// the 基準日 (party::PartyDirectory::residentsAsOf), with a dry run listing exactly the additions;
// 表示 of one who left the town (第27条第1項) and 抹消 on death or loss of nationality (第28条第1号)
// from the register's 異動 (party::PartyChanged, caught up at start), 抹消 four months after a
// 転出 (第28条第2号) by the removal run; the 投票区 table (第17条), the 抄本 and the 閲覧 log
// (第28条の2～第28条の4). Each change writes electoral_events and the operation log in its
// transaction. Tests: tests/server/electoral_roll/roll_test.cpp (HTTPS, both stores).
#pragma once

#include "rollstore.h"

#include "server/core/actor.h"
#include "server/core/context.h"
#include "server/party/partydirectory.h"

namespace kikan::store {
class Transaction;
}

namespace kikan::electoral_roll {

struct RunRequest {
    QString kind;              // periodic | election
    QDate registrationDate;    // 登録日 (periodic: a 定時登録 day; election: default the 基準日)
    QDate baseDate;            // 基準日 (election; periodic derives it)
    QString electionName;      // election
    bool dryRun = true;
};

// What a run added (dry run: would add) and removed, in 宛名番号 order.
struct RunResult {
    Run run;
    bool dryRun = true;
    QList<Registration> additions;
    QList<Registration> removals;
};

// One registration with its events, as shown.
struct ElectorView {
    Registration registration;
    QString state;             // registered | marked | removed (on the 処理日)
    QString districtName;
    QList<RollEvent> events;
};

class ElectoralRoll
{
public:
    explicit ElectoralRoll(core::ServerContext &context) : m_context(context) {}

    // At first start, the 投票区 table from resources/electoral_roll/polling-districts.json.
    void seedDistricts();

    RunResult registrationRun(const core::Actor &actor, const RunRequest &request);
    // 抹消 of those marked whose four months have passed by `asOf`.
    RunResult removalRun(const core::Actor &actor, QDate asOf, bool dryRun);

    QList<ElectorView> electorsOf(qint64 partyNo) const;
    QList<ElectorView> searchByKana(const QString &kanaPrefix) const;

    QList<District> districts() const;
    // Creates (`create`) or updates a 投票区 (version checked); a 町字 in another one is refused.
    District saveDistrict(const core::Actor &actor, const District &district, bool create);

    // The 抄本 of a 投票区 on `asOf`: sorted by 町字 and address (natural order), then kana.
    QList<Registration> extract(int districtNo, QDate asOf) const;
    // A 閲覧: the entries of the 投票区 on the 処理日 (or only `partyNos` of it), logged as access.
    QList<Registration> inspect(const core::Actor &actor, Inspection request,
                                const QList<qint64> &partyNos);
    QList<Inspection> inspections() const;

    // The reaction to a committed 異動 (subscribed in module.cpp); each change id once.
    void hear(const party::PartyChanged &change);
    // Replays the 異動 committed since the last one heard (at start).
    void catchUp();

private:
    QList<Registration> additionsOn(QSqlDatabase db, QDate baseDate, QDate registrationDate,
                                    const QString &reason) const;
    void hearIn(store::Transaction &tx, const party::PartyChanged &change);
    void hearParty(store::Transaction &tx, const party::PartyChanged &change,
                   const party::PartyChange &p);
    void change(store::Transaction &tx, Registration &r, const RollEvent &e, const char *logEvent);
    ElectorView viewOf(QSqlDatabase db, const Registration &r) const;

    core::ServerContext &m_context;
};

} // namespace kikan::electoral_roll
