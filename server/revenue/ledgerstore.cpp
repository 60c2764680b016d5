// The SQL of the 調定 ledger (ledgerstore.h).
#include "ledgerstore.h"

#include "server/core/actor.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>

namespace kikan::revenue {

namespace {

// Amount now = the last 更正's amount_after, or the 当初; received = the 消込 not reversed.
const char kSelect[] =
    "SELECT * FROM (SELECT s.id, s.source_key, s.revenue_item, s.fiscal_year, s.installment, "
    "s.party_no, s.subject, s.notice_no, s.due_date, s.original_amount, "
    "COALESCE((SELECT a.amount_after FROM revenue_assessment_adjustments a "
    "WHERE a.assessment_id = s.id ORDER BY a.seq DESC LIMIT 1), s.original_amount) AS amount, "
    "COALESCE((SELECT CAST(SUM(p.amount) AS %BIGINT%) FROM revenue_applications p "
    "WHERE p.assessment_id = s.id AND p.reversed_at IS NULL), 0) AS received, "
    "COALESCE((SELECT MAX(a.seq) FROM revenue_assessment_adjustments a "
    "WHERE a.assessment_id = s.id), 0) AS version FROM revenue_assessments s) s "
    "WHERE %1 ORDER BY %2";

StoredAssessment assessmentOf(const QSqlQuery &q)
{
    store::RowReader row(q);
    StoredAssessment out;
    assessment::Assessment &a = out.now;
    a.id = row.id();
    a.input.sourceKey = row.text();
    a.input.revenueItem = row.text();
    a.input.fiscalYear = row.integer();
    a.input.installment = row.integer();
    a.input.partyNo = row.id();
    a.input.subject = row.text();
    a.input.noticeNo = row.text();
    a.input.dueDate = row.date();
    out.originalAmount = core::Money::ofYen(row.id());
    a.input.amount = core::Money::ofYen(row.id());
    a.received = core::Money::ofYen(row.id());
    a.version = row.integer();
    return out;
}

} // namespace

std::optional<qint64> insertAssessment(QSqlDatabase db, const assessment::AssessmentInput &in,
                                       const QString &noticeKey, const QString &createdAt,
                                       const core::Actor &actor)
{
    QSqlQuery q = store::exec(
        db,
        QStringLiteral("INSERT INTO revenue_assessments (source_key, revenue_item, fiscal_year, "
                       "installment, party_no, subject, notice_no, notice_key, due_date, "
                       "original_amount, created_at, created_by, created_by_login) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING RETURNING id"),
        {in.sourceKey, in.revenueItem, in.fiscalYear, in.installment, in.partyNo,
         store::notNull(in.subject), store::notNull(in.noticeNo), store::notNull(noticeKey),
         store::dateValue(in.dueDate), in.amount.yen(), createdAt, actor.userId,
         store::notNull(actor.loginId)});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QList<StoredAssessment> selectAssessments(QSqlDatabase db, const QString &where,
                                          const QVariantList &values, const QString &order)
{
    const QString bigint = db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("BIGINT")
                                                                      : QStringLiteral("INTEGER");
    QString sql = QString::fromLatin1(kSelect).arg(where, order);
    sql.replace(QLatin1String("%BIGINT%"), bigint);
    QSqlQuery q = store::exec(db, sql, values);
    QList<StoredAssessment> out;
    while (q.next())
        out.append(assessmentOf(q));
    return out;
}

bool insertAdjustment(QSqlDatabase db, qint64 assessmentId, int seq, core::Money before,
                      core::Money after, const QString &reason, const QString &adjustedAt,
                      const core::Actor &actor)
{
    QSqlQuery q = store::exec(
        db,
        QStringLiteral("INSERT INTO revenue_assessment_adjustments (assessment_id, seq, "
                       "amount_before, amount_after, reason, adjusted_at, adjusted_by, "
                       "adjusted_by_login) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT DO NOTHING RETURNING id"),
        {assessmentId, seq, before.yen(), after.yen(), reason, adjustedAt, actor.userId,
         store::notNull(actor.loginId)});
    return q.next();
}

} // namespace kikan::revenue
