// 世帯変更 (法第25条): 世帯主変更, 世帯分離, 世帯合併. After each, every household with members
// has exactly one 世帯主 (ChangeWriter). Checks: docs/resident.md "異動".
#include "changekinds.h"

#include "personinput.h"
#include "residentstore.h"
#include "server/core/failure.h"

namespace kikan::resident {

void changeHouseholder(ChangeWriter &w)
{
    const qint64 householdNo = claimRequestHousehold(w);
    qint64 previous = 0;
    for (const ResidentRecord &m : householdLatest(w.db(), householdNo)) {
        if (m.isHouseholder())
            previous = m.partyNo;
    }
    PersonStates states(w);
    const QList<qint64> named = states.applyRelationships();
    if (named.isEmpty())
        refuse(QStringLiteral("relationships"), QStringLiteral("新しい世帯主と世帯員の続柄を入力してください。"));
    qint64 next = 0;
    for (qint64 p : named) {
        if (states.resident(p, {}).householdNo != householdNo)
            refuse(QStringLiteral("relationships"),
                   QStringLiteral("宛名番号 %1 の人はこの世帯の世帯員ではありません。").arg(p));
        if (states.resident(p, {}).isHouseholder())
            next = p;
    }
    if (next == 0 || next == previous)
        refuse(QStringLiteral("relationships"),
               QStringLiteral("新しい世帯主（続柄 02）を今の世帯主以外から指定してください。"));
    w.note(QStringLiteral("householder"), next);
    states.writeAll();
}

void splitHousehold(ChangeWriter &w)
{
    const qint64 from = claimRequestHousehold(w);
    const QList<qint64> leaving = partyNoList(w.body(), QStringLiteral("partyNos"));
    const QList<ResidentRecord> members = householdLatest(w.db(), from);
    if (leaving.isEmpty())
        refuse(QStringLiteral("partyNos"), QStringLiteral("新しい世帯に移る人を指定してください。"));
    if (leaving.size() >= members.size())
        refuse(QStringLiteral("partyNos"), QStringLiteral("世帯員全員を分離することはできません。"));
    const qint64 to = w.newHousehold();
    PersonStates states(w);
    int order = 1;
    for (qsizetype i = 0; i < leaving.size(); ++i) {
        const QString field = QStringLiteral("partyNos[%1]").arg(i);
        ResidentRecord &r = states.resident(leaving.at(i), field);
        if (r.householdNo != from)
            refuse(field, QStringLiteral("宛名番号 %1 の人はこの世帯の世帯員ではありません。").arg(r.partyNo));
        r.householdNo = to;
        r.entryOrder = order++;
    }
    states.applyRelationships();
    w.note(QStringLiteral("newHouseholdNo"), to);
    states.writeAll();
}

void mergeHouseholds(ChangeWriter &w)
{
    const qint64 from = claimRequestHousehold(w);
    const qint64 to = readNumber(w.body(), QStringLiteral("toHouseholdNo"), {}, true);
    if (to == from)
        refuse(QStringLiteral("toHouseholdNo"), QStringLiteral("同じ世帯には合併できません。"));
    w.claimHousehold(to, QStringLiteral("toHouseholdVersion"));
    const ResidentRecord target = householdAddress(w, to);
    const QList<ResidentRecord> joining = householdLatest(w.db(), from);
    PersonStates states(w);
    const QList<qint64> named = states.applyRelationships();
    int order = w.nextEntryOrder(to);
    for (const ResidentRecord &m : joining) {
        if (!sameAddress(m, target)) {
            refuse(QStringLiteral("toHouseholdNo"),
                  QStringLiteral("住所の違う世帯とは合併できません（転居として届け出てください）。"));
        }
        // Their 続柄 was to their own 世帯主: each needs one to the new 世帯主.
        if (!named.contains(m.partyNo)) {
            refuse(QStringLiteral("relationships"),
                  QStringLiteral("宛名番号 %1 の人の、合併先の世帯主との続柄を入力してください。")
                      .arg(m.partyNo));
        }
        ResidentRecord &r = states.resident(m.partyNo, QStringLiteral("relationships"));
        r.householdNo = to;
        r.entryOrder = order++;
    }
    states.writeAll();
}

} // namespace kikan::resident
