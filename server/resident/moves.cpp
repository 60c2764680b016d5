// 転入 (法第22条; 国外からの転入; 特例転入 法第24条の2; also 職権記載 令第12条第1項), 転居
// (法第23条), 転出 (法第24条) and 転出取消. Checks: docs/resident.md "異動".
#include "changekinds.h"

#include "personinput.h"
#include "residentstore.h"
#include "server/core/failure.h"
#include "shared/api/errorcode.h"

#include <QSqlQuery>

namespace kikan::resident {

qint64 claimRequestHousehold(ChangeWriter &w)
{
    const qint64 no = readNumber(w.body(), QStringLiteral("householdNo"), {}, true);
    w.claimHousehold(no, QStringLiteral("householdVersion"));
    return no;
}

ResidentRecord householdAddress(ChangeWriter &w, qint64 householdNo)
{
    const QList<ResidentRecord> members = householdLatest(w.db(), householdNo);
    if (members.isEmpty()) {
        refuseState(QStringLiteral("householdNo"),
                        QStringLiteral("世帯番号 %1 の世帯には住民がいません。").arg(householdNo));
    }
    return members.first();
}

bool sameAddress(const ResidentRecord &a, const ResidentRecord &b)
{
    return a.townAreaCode == b.townAreaCode && a.addressNumber == b.addressNumber
           && a.addressSupplement == b.addressSupplement;
}

void copyAddress(ResidentRecord &to, const ResidentRecord &from)
{
    to.townAreaCode = from.townAreaCode;
    to.addressNumber = from.addressNumber;
    to.addressSupplement = from.addressSupplement;
    to.postalCode = from.postalCode;
}

void moveIn(ChangeWriter &w)
{
    const QString kind = w.kind().code;
    const bool official = kind == QLatin1String("official_entry");
    const QJsonObject &body = w.body();
    if (official)
        w.note(QStringLiteral("reasonNote"),
               readText(body, QStringLiteral("reasonNote"), {}, true, 200));
    // Into an existing household (its address) or a new one (the address given).
    ResidentRecord place;
    qint64 householdNo = 0;
    if (body.contains(QStringLiteral("householdNo"))) {
        householdNo = claimRequestHousehold(w);
        place = householdAddress(w, householdNo);
        if (body.contains(QStringLiteral("address"))) {
            ResidentRecord given;
            readAddress(given, body, QStringLiteral("address"));
            if (!sameAddress(given, place))
                refuse(QStringLiteral("address"), QStringLiteral("入る世帯の住所と違います。"));
        }
    } else {
        readAddress(place, body, QStringLiteral("address"));
        householdNo = w.newHousehold();
    }
    const QString previous = readText(body, QStringLiteral("previousAddress"), {}, !official, 200);
    const QJsonArray persons = body.value(QStringLiteral("persons")).toArray();
    if (persons.isEmpty())
        refuse(QStringLiteral("persons"), QStringLiteral("異動する人を1人以上入力してください。"));
    PersonStates states(w);
    int order = w.nextEntryOrder(householdNo);
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const QString path = QStringLiteral("persons[%1]").arg(i);
        const QJsonObject o = persons.at(i).toObject();
        ResidentRecord r;
        // 再転入: a former resident keeps the party number (and the history).
        if (const qint64 partyNo = readNumber(o, QStringLiteral("partyNo"), path, false)) {
            const std::optional<ResidentRecord> last = latestRecord(w.db(), partyNo);
            if (!last)
                refuse(path + QStringLiteral(".partyNo"),
                       QStringLiteral("宛名番号 %1 の住民票はありません。").arg(partyNo));
            if (last->status == ResidentStatus::Resident) {
                refuseState(path + QStringLiteral(".partyNo"),
                        QStringLiteral("宛名番号 %1 の人はすでに住民です。").arg(partyNo));
            }
            if (last->status == ResidentStatus::Deceased) {
                refuseState(path + QStringLiteral(".partyNo"),
                        QStringLiteral("宛名番号 %1 の人は死亡しています。").arg(partyNo));
            }
            r = *last;
            r.destinationAddress.clear();
        } else {
            r.partyNo = w.newParty();
        }
        readPerson(r, o, path, w.codes(), true);
        readRelationship(r, o, path, w.codes());
        if (r.birthDate > w.effectiveDate())
            refuse(path + QStringLiteral(".birthDate"), QStringLiteral("生年月日が異動日より後です。"));
        if (kind == QLatin1String("move_in_special") && r.myNumber.isEmpty()) {
            refuse(path + QStringLiteral(".myNumber"),
                  QStringLiteral("特例転入（法第24条の2）は個人番号カードの個人番号を入力してください。"));
        }
        r.status = ResidentStatus::Resident;
        r.householdNo = householdNo;
        r.entryOrder = order++;
        copyAddress(r, place);
        r.addressSince = w.effectiveDate();
        r.residentSince = w.effectiveDate();
        r.previousAddress = previous;
        states.add(r);
    }
    states.writeAll();
}

void moveWithin(ChangeWriter &w)
{
    const qint64 from = claimRequestHousehold(w);
    ResidentRecord place;
    readAddress(place, w.body(), QStringLiteral("address"));
    QList<qint64> movers = partyNoList(w.body(), QStringLiteral("partyNos"));
    const QList<ResidentRecord> members = householdLatest(w.db(), from);
    const bool whole = movers.isEmpty() || movers.size() == members.size();
    if (movers.isEmpty()) {
        for (const ResidentRecord &m : members)
            movers.append(m.partyNo);
    }
    // Part of a household moving makes (or joins) another household at the new address.
    qint64 to = from;
    if (w.body().contains(QStringLiteral("toHouseholdNo"))) {
        to = readNumber(w.body(), QStringLiteral("toHouseholdNo"), {}, true);
        w.claimHousehold(to, QStringLiteral("toHouseholdVersion"));
        if (!sameAddress(householdAddress(w, to), place))
            refuse(QStringLiteral("address"), QStringLiteral("入る世帯の住所と違います。"));
    } else if (!whole) {
        to = w.newHousehold();
    }
    PersonStates states(w);
    int order = to == from ? 0 : w.nextEntryOrder(to);
    for (qsizetype i = 0; i < movers.size(); ++i) {
        const QString field = QStringLiteral("partyNos[%1]").arg(i);
        ResidentRecord &r = states.resident(movers.at(i), field);
        if (r.householdNo != from)
            refuse(field, QStringLiteral("宛名番号 %1 の人はこの世帯の世帯員ではありません。").arg(r.partyNo));
        if (sameAddress(r, place))
            refuse(QStringLiteral("address"), QStringLiteral("新しい住所が今の住所と同じです。"));
        r.previousAddress = addressText(r); // 異動前住所
        copyAddress(r, place);
        r.addressSince = w.effectiveDate();
        if (to != from) {
            r.householdNo = to;
            r.entryOrder = order++;
        }
    }
    states.applyRelationships();
    states.writeAll();
}

void moveOut(ChangeWriter &w)
{
    const qint64 from = claimRequestHousehold(w);
    const QString destination =
        readText(w.body(), QStringLiteral("destinationAddress"), {}, true, 200);
    QList<qint64> movers = partyNoList(w.body(), QStringLiteral("partyNos"));
    if (movers.isEmpty()) {
        for (const ResidentRecord &m : householdLatest(w.db(), from))
            movers.append(m.partyNo);
    }
    if (movers.isEmpty())
        refuse(QStringLiteral("partyNos"), QStringLiteral("転出する人がいません。"));
    PersonStates states(w);
    for (qsizetype i = 0; i < movers.size(); ++i) {
        const QString field = QStringLiteral("partyNos[%1]").arg(i);
        ResidentRecord &r = states.resident(movers.at(i), field);
        if (r.householdNo != from)
            refuse(field, QStringLiteral("宛名番号 %1 の人はこの世帯の世帯員ではありません。").arg(r.partyNo));
        r.status = ResidentStatus::MovedOut;
        r.destinationAddress = destination;
    }
    if (w.effectiveDate() > w.today())
        w.note(QStringLiteral("planned"), true); // 転出予定
    states.applyRelationships();
    states.writeAll();
}

void cancelMoveOut(ChangeWriter &w)
{
    const qint64 cancelled = readNumber(w.body(), QStringLiteral("cancelsChangeId"), {}, true);
    QSqlQuery q = store::exec(w.db(), QStringLiteral("SELECT change_kind FROM resident_changes "
                                                     "WHERE id = ?"), {cancelled});
    if (!q.next() || q.value(0).toString() != QLatin1String("move_out")) {
        refuse(QStringLiteral("cancelsChangeId"),
              QStringLiteral("異動番号 %1 は転出の異動ではありません。").arg(cancelled));
    }
    const QList<ResidentRecord> rows = rowsOfChange(w.db(), cancelled);
    if (rows.isEmpty()) {
        refuseState(QStringLiteral("cancelsChangeId"),
                        QStringLiteral("この転出はすでに取り消されています。"));
    }
    claimRequestHousehold(w);
    for (const ResidentRecord &row : rows) {
        w.current(row.partyNo, QStringLiteral("householdNo")); // the household must be claimed
        const std::optional<ResidentRecord> latest = latestRecord(w.db(), row.partyNo);
        if (!latest || latest->id != row.id) {
            refuseState(QStringLiteral("cancelsChangeId"),
                        QStringLiteral("宛名番号 %1 の人には転出の後の異動があるため、"
                                       "取り消せません。").arg(row.partyNo));
        }
    }
    for (const ResidentRecord &row : rows) {
        // The state the 転出 ended: the newest live row whose period the 転出 closed.
        std::optional<ResidentRecord> before;
        for (const ResidentRecord &h : history(w.db(), row.partyNo)) {
            if (h.supersededAt.isEmpty() && h.historyNo < row.historyNo
                && h.validTo == row.validFrom)
                before = h;
        }
        w.supersede(row);
        if (before)
            w.reopen(*before);
    }
    w.setCancels(cancelled);
    w.note(QStringLiteral("cancelsChangeId"), cancelled);
}

} // namespace kikan::resident
