// 収納管理's 調定 ledger: the implementation of assessment::AssessmentLedger that the tax areas
// hand their 調定 to (server/assessment/assessmentledger.h). Every call is one statement that is
// atomic by itself (an insert that does nothing on a taken key), so it is safe both inside the
// caller's store::Transaction and on its own. 更正 are rows, never overwrites.
#pragma once

#include "server/assessment/assessmentledger.h"
#include "server/core/failure.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace kikan::core {
class Clock;
}
namespace kikan::store {
class Database;
}

namespace kikan::revenue {

class RevenueLedger : public assessment::AssessmentLedger
{
public:
    RevenueLedger(store::Database &database, const core::Clock &clock);

    qint64 create(const assessment::AssessmentInput &input, const core::Actor &actor) override;
    void adjust(qint64 assessmentId, int version, core::Money amount, const QString &reason,
                const core::Actor &actor) override;
    std::optional<assessment::Assessment> find(qint64 assessmentId) const override;
    std::optional<assessment::Assessment> findBySource(const QString &sourceKey) const override;
    QList<assessment::Assessment> ofYear(const QString &revenueItem, int fiscalYear) const override;
    QList<assessment::Assessment> arrears(const assessment::ArrearsQuery &query) const override;
    // Every 調定 of a 納義務者 (納付状況), oldest 納期限 first.
    QList<assessment::Assessment> ofParty(qint64 partyNo) const;
    // The 調定 due on `date` that still owe something (a 口座振替 納期), in id order.
    QList<assessment::Assessment> owedOn(const QDate &date) const;
    // The 調定 whose 通知書番号 is `noticeNo` (leading zeros ignored, as the barcode carries it).
    std::optional<assessment::Assessment> findByNotice(const QString &noticeNo) const;
    // The 調定 of many 通知書番号 at once, by normalised 通知書番号 (normalizedNoticeNo), read in
    // chunks of a few hundred on `db` (the caller's transaction): a file's lookups in a few
    // queries instead of one per line.
    QHash<QString, assessment::Assessment> findByNotices(QSqlDatabase db, const QStringList &noticeNos) const;

private:
    store::Database &m_database;
    const core::Clock &m_clock;
};

// The request.validation failure for an input a 調定 cannot have (no 科目, 年度, 期別, 納義務者,
// 納期限 or source key; a negative amount), or nothing.
std::optional<core::Failure> assessmentInputRefusal(const assessment::AssessmentInput &input);

// Whether two inputs state the same 調定 (every fact but nothing else).
bool sameFacts(const assessment::AssessmentInput &a, const assessment::AssessmentInput &b);

} // namespace kikan::revenue
