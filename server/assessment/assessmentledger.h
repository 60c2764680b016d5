// 調定 (assessment): the amounts the town has fixed as owed. 収納管理 (server/revenue) keeps them and
// collects them; a tax or charge area (軽自動車税 first, then 個人住民税, 固定資産税, 国保税 …) hands its
// 調定 over through this contract and asks it about arrears, never touching 収納's tables
// (ARCHITECTURE: areas meet through contracts, as 宛名 does in server/party/).
// Obtain it with context.services.get<assessment::AssessmentLedger>(). Every call runs on this
// thread's store connection, so it joins the caller's store::Transaction when there is one: a
// 当初課税 batch and the 調定 it hands over commit together or not at all.
#pragma once

#include "shared/core/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kikan::core {
struct Actor;
}

namespace kikan::assessment {

// What an area fixes as owed: one 期別 of one 科目 for one 年度 and one 納義務者.
struct AssessmentInput {
    QString revenueItem;      // 科目: the area's code, e.g. "light_vehicle_tax"
    int fiscalYear = 0;       // 年度 (課税年度)
    int installment = 1;      // 期別 1, 2, … (全期 in one 納期: 1)
    qint64 partyNo = 0;       // 納義務者 (宛名番号)
    QString subject;          // what it is owed for, in the area's terms ("vehicle:12"); may be empty
    QString noticeNo;         // 通知書番号: printed on the notice, carried in the slip's barcode
    QDate dueDate;            // 納期限
    core::Money amount;       // 調定額
    QString sourceKey;        // the area's own key for this 調定: the same key twice is one 調定
};

// A 調定 as the ledger holds it now.
struct Assessment {
    qint64 id = 0;
    AssessmentInput input;    // input.amount: the 調定額 after every 更正
    core::Money received;     // 収納済額 applied to it (消込)
    int version = 0;          // optimistic concurrency for 更正

    core::Money outstanding() const { return input.amount - received; } // 未納額 (< 0: 過納)
};

// Which arrears to list: a person's (all 科目 unless one is named) or one subject's.
struct ArrearsQuery {
    qint64 partyNo = 0;       // 0: any
    QString subject;          // empty: any
    QString revenueItem;      // empty: any
    QDate asOf;               // unpaid with 納期限 before this date (a 調定 not yet due is not arrears)
};

class AssessmentLedger
{
public:
    virtual ~AssessmentLedger() = default;
    // Records a 調定 and returns its id. The same sourceKey again with the same facts returns the
    // existing id (a re-run batch creates nothing); with different facts it throws
    // core::Failure (revenue.assessment_conflict): a change after the fact is a 更正 (adjust).
    virtual qint64 create(const AssessmentInput &input, const core::Actor &actor) = 0;
    // 更正: the 調定額 becomes `amount`, recorded as an adjustment of the difference with its reason
    // (never an overwrite). `version` is the one read; a stale one throws (store.conflict).
    virtual void adjust(qint64 assessmentId, int version, core::Money amount, const QString &reason,
                        const core::Actor &actor) = 0;
    virtual std::optional<Assessment> find(qint64 assessmentId) const = 0;
    virtual std::optional<Assessment> findBySource(const QString &sourceKey) const = 0;
    // Every 調定 of a 科目 and 年度 (for a notice run, a 課税台帳 total), in id order.
    virtual QList<Assessment> ofYear(const QString &revenueItem, int fiscalYear) const = 0;
    // 調定 with an outstanding amount whose 納期限 is before query.asOf (滞納), oldest first.
    virtual QList<Assessment> arrears(const ArrearsQuery &query) const = 0;
};

} // namespace kikan::assessment
