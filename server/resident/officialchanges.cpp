// 職権修正・職権消除 (住民基本台帳法施行令 第12条), 外国人住民の記載事項 (法第30条の45, 第30条の50:
// 法務大臣の通知による在留資格・在留期間等の変更) and 訂正 (令第12条第3項: a mistaken entry is
// superseded, never edited; both stay in the history). Checks: docs/resident.md "異動".
#include "changekinds.h"

#include "personinput.h"
#include "residentstore.h"
#include "server/core/failure.h"
#include "shared/api/errorcode.h"

namespace kikan::resident {

namespace {
ResidentRecord &person(ChangeWriter &w, PersonStates &states)
{
    const qint64 householdNo = claimRequestHousehold(w);
    const qint64 partyNo = readNumber(w.body(), QStringLiteral("partyNo"), {}, true);
    w.claimPerson(partyNo);
    ResidentRecord &r = states.resident(partyNo, QStringLiteral("partyNo"));
    if (r.householdNo != householdNo)
        refuse(QStringLiteral("partyNo"), QStringLiteral("この世帯の世帯員ではありません。"));
    return r;
}

// The items to change. A 修正/訂正 changes something: items in `fields`, or the `address` alone.
QJsonObject fields(ChangeWriter &w)
{
    const QJsonValue v = w.body().value(QStringLiteral("fields"));
    const bool addressOnly = w.body().value(QStringLiteral("address")).isObject();
    if (!v.isUndefined() && !v.isObject())
        refuse(QStringLiteral("fields"), QStringLiteral("修正する項目の形式が正しくありません。"));
    if (v.toObject().isEmpty() && !addressOnly)
        refuse(QStringLiteral("fields"), QStringLiteral("修正する項目を入力してください。"));
    return v.toObject();
}

void noteReason(ChangeWriter &w)
{
    w.note(QStringLiteral("reasonNote"),
           readText(w.body(), QStringLiteral("reasonNote"), {}, true, 200));
}
} // namespace

void officialCorrection(ChangeWriter &w)
{
    noteReason(w);
    PersonStates states(w);
    ResidentRecord &r = person(w, states);
    const QJsonObject f = fields(w);
    readPerson(r, f, QStringLiteral("fields"), w.codes(), false);
    if (f.contains(QStringLiteral("relationshipCode")))
        readRelationship(r, f, QStringLiteral("fields"), w.codes());
    if (w.body().contains(QStringLiteral("address"))) {
        readAddress(r, w.body(), QStringLiteral("address"));
        r.addressSince = w.effectiveDate();
    }
    states.applyRelationships();
    states.writeAll();
}

void officialRemoval(ChangeWriter &w)
{
    noteReason(w);
    PersonStates states(w);
    ResidentRecord &r = person(w, states);
    r.status = ResidentStatus::Removed;
    states.applyRelationships();
    states.writeAll();
}

void updateForeignResident(ChangeWriter &w)
{
    PersonStates states(w);
    ResidentRecord &r = person(w, states);
    if (r.kind != ResidentKind::Foreign) {
        refuseState(QStringLiteral("partyNo"), QStringLiteral("外国人住民ではありません。"));
    }
    static const QStringList allowed{
        QStringLiteral("residenceStatus"), QStringLiteral("periodOfStay"),
        QStringLiteral("stayExpiryDate"), QStringLiteral("residenceCardNo"),
        QStringLiteral("article30_45Class"), QStringLiteral("nationality")};
    const QJsonObject f = fields(w);
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (!allowed.contains(it.key())) {
            refuse(QStringLiteral("fields.") + it.key(),
                  QStringLiteral("外国人住民の記載事項の変更では変えられない項目です。"));
        }
    }
    readPerson(r, f, QStringLiteral("fields"), w.codes(), false);
    if (r.stayExpiryDate.isValid() && r.stayExpiryDate < w.effectiveDate()) {
        refuse(QStringLiteral("fields.stayExpiryDate"),
              QStringLiteral("在留期間の満了の日が異動日より前です。"));
    }
    states.writeAll();
}

void correctEntry(ChangeWriter &w)
{
    noteReason(w);
    const qint64 householdNo = claimRequestHousehold(w);
    const qint64 partyNo = readNumber(w.body(), QStringLiteral("partyNo"), {}, true);
    const int historyNo = int(readNumber(w.body(), QStringLiteral("historyNo"), {}, true));
    w.claimPerson(partyNo); // a 訂正 of an old row may touch another household: the person's version
    w.current(partyNo, QStringLiteral("partyNo")); // the person's household must be claimed
    std::optional<ResidentRecord> wrongRow;
    for (const ResidentRecord &h : history(w.db(), partyNo)) {
        if (h.historyNo == historyNo)
            wrongRow = h;
    }
    if (!wrongRow)
        refuse(QStringLiteral("historyNo"), QStringLiteral("その履歴番号の記録はありません。"));
    if (!wrongRow->supersededAt.isEmpty())
        refuse(QStringLiteral("historyNo"), QStringLiteral("その記録はすでに訂正されています。"));
    Q_UNUSED(householdNo) // the person's current household, claimed: the version check
    ResidentRecord corrected = *wrongRow;
    const QJsonObject f = fields(w);
    readPerson(corrected, f, QStringLiteral("fields"), w.codes(), false);
    if (f.contains(QStringLiteral("relationshipCode")))
        readRelationship(corrected, f, QStringLiteral("fields"), w.codes());
    if (w.body().contains(QStringLiteral("address")))
        readAddress(corrected, w.body(), QStringLiteral("address"));
    for (const char *d : {"addressSince", "residentSince"}) {
        if (f.contains(QLatin1String(d))) {
            (QLatin1String(d) == "addressSince" ? corrected.addressSince : corrected.residentSince)
                = readDate(f, QLatin1String(d), QStringLiteral("fields"), true);
        }
    }
    w.supersede(*wrongRow);
    w.insertRow(corrected);
    w.note(QStringLiteral("partyNo"), partyNo);
    w.note(QStringLiteral("correctedHistoryNo"), historyNo);
}

} // namespace kikan::resident
