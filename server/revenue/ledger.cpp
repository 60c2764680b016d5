// The 調定 ledger (ledger.h).
#include "ledger.h"

#include "ledgerstore.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"
#include "shared/api/revenue/errors.h"
#include "shared/revenue/freefield.h"

namespace kikan::revenue {

using assessment::Assessment;
using assessment::AssessmentInput;

namespace {

QList<Assessment> current(const QList<StoredAssessment> &rows)
{
    QList<Assessment> out;
    out.reserve(rows.size());
    for (const StoredAssessment &r : rows)
        out.append(r.now);
    return out;
}

std::optional<Assessment> first(const QList<StoredAssessment> &rows)
{
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().now;
}

} // namespace

std::optional<core::Failure> assessmentInputRefusal(const AssessmentInput &in)
{
    if (in.revenueItem.trimmed().isEmpty())
        return core::Failure::invalidField(QStringLiteral("revenueItem"),
                                           QStringLiteral("科目がありません。"));
    if (in.fiscalYear < 1989 || in.fiscalYear > 2200)
        return core::Failure::invalidField(QStringLiteral("fiscalYear"),
                                           QStringLiteral("年度が正しくありません。"));
    if (in.installment < 1)
        return core::Failure::invalidField(QStringLiteral("installment"),
                                           QStringLiteral("期別は1以上です。"));
    if (in.partyNo <= 0)
        return core::Failure::invalidField(QStringLiteral("partyNo"),
                                           QStringLiteral("納義務者の宛名番号がありません。"));
    if (!in.dueDate.isValid())
        return core::Failure::invalidField(QStringLiteral("dueDate"),
                                           QStringLiteral("納期限がありません。"));
    if (in.amount < core::Money())
        return core::Failure::invalidField(QStringLiteral("amount"),
                                           QStringLiteral("調定額は0円以上です。"));
    if (in.sourceKey.trimmed().isEmpty())
        return core::Failure::invalidField(QStringLiteral("sourceKey"),
                                           QStringLiteral("調定の識別キーがありません。"));
    return std::nullopt;
}

bool sameFacts(const AssessmentInput &a, const AssessmentInput &b)
{
    return a.revenueItem == b.revenueItem && a.fiscalYear == b.fiscalYear
           && a.installment == b.installment && a.partyNo == b.partyNo
           && a.subject == b.subject && a.noticeNo == b.noticeNo && a.dueDate == b.dueDate
           && a.amount == b.amount && a.sourceKey == b.sourceKey;
}

RevenueLedger::RevenueLedger(store::Database &database, const core::Clock &clock)
    : m_database(database), m_clock(clock)
{
}

qint64 RevenueLedger::create(const AssessmentInput &input, const core::Actor &actor)
{
    if (auto refusal = assessmentInputRefusal(input))
        throw *refusal;
    QSqlDatabase db = m_database.connection();
    const QString noticeKey = input.noticeNo.isEmpty() ? QString()
                                                       : normalizedNoticeNo(input.noticeNo);
    if (auto id = insertAssessment(db, input, noticeKey, core::timestampNow(m_clock), actor))
        return *id;
    const auto existing = selectAssessments(db, QStringLiteral("s.source_key = ?"),
                                            {input.sourceKey});
    if (existing.isEmpty())
        throw core::Failure(api::err::RevenueNoticeNoTaken,
                            QStringLiteral("通知書番号 %1 は別の調定で使われています。")
                                .arg(input.noticeNo));
    AssessmentInput stored = existing.first().now.input;
    stored.amount = existing.first().originalAmount;
    if (!sameFacts(stored, input))
        throw core::Failure(api::err::RevenueAssessmentConflict,
                            QStringLiteral("調定（%1）は異なる内容で登録済みです。").arg(input.sourceKey));
    return existing.first().now.id;
}

void RevenueLedger::adjust(qint64 assessmentId, int version, core::Money amount,
                           const QString &reason, const core::Actor &actor)
{
    if (amount < core::Money())
        throw core::Failure::invalidField(QStringLiteral("amount"),
                                          QStringLiteral("調定額は0円以上です。"));
    if (reason.trimmed().isEmpty())
        throw core::Failure::invalidField(QStringLiteral("reason"),
                                          QStringLiteral("更正の理由を入力してください。"));
    QSqlDatabase db = m_database.connection();
    const auto now = find(assessmentId);
    if (!now)
        throw core::Failure(api::err::RevenueAssessmentNotFound);
    // The next 更正 number is taken once: a stale version (or a 更正 that came first) writes nothing.
    if (now->version != version
        || !insertAdjustment(db, assessmentId, version + 1, now->input.amount, amount, reason,
                             core::timestampNow(m_clock), actor))
        throw core::Failure(api::err::Conflict,
                            QStringLiteral("この調定は他の処理で先に更正されました。照会し直してください。"));
}

std::optional<Assessment> RevenueLedger::find(qint64 assessmentId) const
{
    return first(selectAssessments(m_database.connection(), QStringLiteral("s.id = ?"),
                                   {assessmentId}));
}

std::optional<Assessment> RevenueLedger::findBySource(const QString &sourceKey) const
{
    return first(selectAssessments(m_database.connection(), QStringLiteral("s.source_key = ?"),
                                   {sourceKey}));
}

std::optional<Assessment> RevenueLedger::findByNotice(const QString &noticeNo) const
{
    const QString key = normalizedNoticeNo(noticeNo);
    if (key.isEmpty())
        return std::nullopt;
    // "<> ''" lets both stores use the partial unique index on notice_key for a bound value.
    return first(selectAssessments(m_database.connection(),
                                   QStringLiteral("s.notice_key = ? AND s.notice_key <> ''"), {key}));
}

QHash<QString, Assessment> RevenueLedger::findByNotices(QSqlDatabase db, const QStringList &noticeNos) const
{
    QStringList keys;
    for (const QString &n : noticeNos) {
        const QString key = normalizedNoticeNo(n);
        if (!key.isEmpty())
            keys.append(key);
    }
    keys.removeDuplicates();
    QHash<QString, Assessment> out;
    out.reserve(keys.size());
    constexpr qsizetype kChunk = 500;
    for (qsizetype i = 0; i < keys.size(); i += kChunk) {
        const QStringList chunk = keys.mid(i, kChunk);
        QVariantList values(chunk.begin(), chunk.end());
        QStringList marks(chunk.size(), QStringLiteral("?"));
        for (const StoredAssessment &row : selectAssessments(
                 db, QStringLiteral("s.notice_key IN (%1) AND s.notice_key <> ''").arg(marks.join(u',')), values))
            out.insert(normalizedNoticeNo(row.now.input.noticeNo), row.now);
    }
    return out;
}

QList<Assessment> RevenueLedger::ofParty(qint64 partyNo) const
{
    return current(selectAssessments(m_database.connection(), QStringLiteral("s.party_no = ?"),
                                     {partyNo}, QStringLiteral("s.due_date, s.id")));
}

QList<Assessment> RevenueLedger::owedOn(const QDate &date) const
{
    return current(selectAssessments(m_database.connection(), QStringLiteral("s.due_date = ?"),
                                     {core::isoDate(date)}, QStringLiteral("s.id"), kOwing));
}

QList<Assessment> RevenueLedger::ofYear(const QString &revenueItem, int fiscalYear) const
{
    return current(selectAssessments(m_database.connection(),
                                     QStringLiteral("s.revenue_item = ? AND s.fiscal_year = ?"),
                                     {revenueItem, fiscalYear}));
}

QList<Assessment> RevenueLedger::arrears(const assessment::ArrearsQuery &query) const
{
    QString where = QStringLiteral("s.due_date < ?");
    const QDate asOf = query.asOf.isValid() ? query.asOf : core::processingDate(m_clock);
    QVariantList values{core::isoDate(asOf)};
    if (query.partyNo != 0) {
        where += QStringLiteral(" AND s.party_no = ?");
        values.append(query.partyNo);
    }
    if (!query.subject.isEmpty()) {
        where += QStringLiteral(" AND s.subject = ?");
        values.append(query.subject);
    }
    if (!query.revenueItem.isEmpty()) {
        where += QStringLiteral(" AND s.revenue_item = ?");
        values.append(query.revenueItem);
    }
    return current(selectAssessments(m_database.connection(), where, values,
                                     QStringLiteral("s.due_date, s.id"), kOwing));
}

} // namespace kikan::revenue
