// 世帯変更 (法第25条): 世帯主変更, 世帯分離, 世帯合併. After each, every household with members
// has exactly one 世帯主 (ChangeWriter::finish). Checks: changerules.h, docs/resident.md "異動".
#include "changekinds.h"

#include "changerules.h"
#include "residentstore.h"

namespace kikan::resident {

ChangeOutcome changeHouseholder(core::ServerContext &ctx, const core::Actor &actor,
                                const HouseholderChangeRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        const qint64 householdNo = w.claimRequestHousehold();
        qint64 previous = 0;
        for (const ResidentRecord &m : householdLatest(w.db(), householdNo)) {
            if (m.isHouseholder())
                previous = m.partyNo;
        }
        PersonStates states(w);
        const QList<qint64> named = states.applyRelationships(request.relationships);
        if (named.isEmpty()) {
            refuse(QStringLiteral("relationships"),
                   QStringLiteral("新しい世帯主と世帯員の続柄を入力してください。"));
        }
        qint64 next = 0;
        for (qint64 p : named) {
            const ResidentRecord &r = states.resident(p, {});
            requireMember(r, householdNo, QStringLiteral("relationships"));
            if (r.isHouseholder())
                next = p;
        }
        checkNewHouseholder(next, previous);
        w.note(QStringLiteral("householder"), next);
        states.writeAll();
    });
}

ChangeOutcome splitHousehold(core::ServerContext &ctx, const core::Actor &actor,
                             const HouseholdSplitRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        const qint64 from = w.claimRequestHousehold();
        const QList<qint64> &leaving = request.partyNos;
        checkSplit(leaving.size(), householdLatest(w.db(), from).size());
        const qint64 to = w.newHousehold();
        PersonStates states(w);
        int order = 1;
        for (qsizetype i = 0; i < leaving.size(); ++i) {
            const QString field = QStringLiteral("partyNos[%1]").arg(i);
            ResidentRecord &r = states.resident(leaving.at(i), field);
            requireMember(r, from, field);
            r.householdNo = to;
            r.entryOrder = order++;
        }
        states.applyRelationships(request.relationships);
        w.note(QStringLiteral("newHouseholdNo"), to);
        states.writeAll();
    });
}

ChangeOutcome mergeHouseholds(core::ServerContext &ctx, const core::Actor &actor,
                              const HouseholdMergeRequest &request)
{
    return runChange(ctx, actor, request.header, [&](ChangeWriter &w) {
        const qint64 from = w.claimRequestHousehold();
        const qint64 to = request.toHousehold.no;
        checkMergeTarget(from, to);
        w.claimHousehold(request.toHousehold);
        const ResidentRecord target = householdAddress(w, to);
        const QList<ResidentRecord> joining = householdLatest(w.db(), from);
        PersonStates states(w);
        const QList<qint64> named = states.applyRelationships(request.relationships);
        int order = w.nextEntryOrder(to);
        for (const ResidentRecord &m : joining) {
            checkMergeMember(m, target, named);
            ResidentRecord &r = states.resident(m.partyNo, QStringLiteral("relationships"));
            r.householdNo = to;
            r.entryOrder = order++;
        }
        states.writeAll();
    });
}

} // namespace kikan::resident
