// 当初課税 (initialassessment.h): the run in one transaction with the ledger, the log.
#include "initialassessment.h"

#include "events.h"
#include "levystore.h"
#include "vehiclestore.h"
#include "server/assessment/assessmentledger.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/store/database.h"
#include "shared/api/light_vehicle_tax/errors.h"

namespace kikan::light_vehicle_tax {

namespace {
// 通知書番号: 年度 (4) + vehicle (9) + the vehicle's line in the 年度 (2): 15 digits, unique.
QString noticeNoOf(int fiscalYear, qint64 vehicleId, int seq)
{
    return QStringLiteral("%1%2%3").arg(fiscalYear).arg(vehicleId, 9, 10, QLatin1Char('0'))
        .arg(seq, 2, 10, QLatin1Char('0'));
}

void handOver(QSqlDatabase db, assessment::AssessmentLedger &ledger, const core::Actor &actor,
              Levy line, qint64 runId, QDate dueDate, int seq)
{
    line.noticeNo = noticeNoOf(line.fiscalYear, line.vehicleId, seq);
    assessment::AssessmentInput in;
    in.revenueItem = QString::fromLatin1(RevenueItem);
    in.fiscalYear = line.fiscalYear;
    in.installment = 1; // 全期 in one 納期
    in.partyNo = line.taxpayerPartyNo;
    in.subject = QStringLiteral("vehicle:%1").arg(line.vehicleId);
    in.noticeNo = line.noticeNo;
    in.dueDate = dueDate;
    in.amount = line.amount;
    in.sourceKey = sourceKeyOf(line);
    line.assessmentId = ledger.create(in, actor);
    insertLevy(db, line, runId);
}

void correct(QSqlDatabase db, assessment::AssessmentLedger &ledger, const core::Actor &actor,
             Levy line, core::Money amount, qint64 runId)
{
    const core::Money before = line.amount;
    const QString reason = line.rate.amount == core::Money()
                               ? QStringLiteral("賦課期日に課税対象でなくなったため")
                               : QStringLiteral("税額または減免の変更による更正");
    const std::optional<assessment::Assessment> now = ledger.find(line.assessmentId);
    if (!now)
        throw core::Failure(api::err::Internal, QStringLiteral("調定 %1 がありません。").arg(line.assessmentId));
    ledger.adjust(line.assessmentId, now->version, amount, reason, actor);
    line.amount = amount;
    correctLevy(db, line, before, runId, reason);
}

QJsonObject summaryDetail(const RunSummary &s)
{
    return {{QStringLiteral("fiscalYear"), s.fiscalYear}, {QStringLiteral("runId"), s.runId},
            {QStringLiteral("created"), s.created}, {QStringLiteral("unchanged"), s.unchanged},
            {QStringLiteral("corrected"), s.corrected}};
}

// One run, chunk by chunk: the plan is read in the first chunk's transaction; each chunk hands over
// or 更正s up to `chunk` lines and commits; the last one closes the run and reads the totals.
class ChunkedRun
{
public:
    ChunkedRun(core::ServerContext &context, const core::Actor &actor, RunSummary &s)
        : m_context(context), m_actor(actor), m_s(s),
          m_ledger(context.services.get<assessment::AssessmentLedger>())
    {}

    // Returns true when the run has ended.
    bool chunk(int size)
    {
        store::Transaction tx(m_context.database);
        QSqlDatabase db = tx.db();
        if (!m_planned)
            plan(db);
        const qsizetype creates = m_plan.create.size(), writes = creates + m_plan.correct.size();
        for (int n = 0; n < size && m_next < writes; ++n, ++m_next) {
            if (m_next < creates) {
                const Levy &line = m_plan.create.at(m_next);
                handOver(db, m_ledger, m_actor, line, m_s.runId, m_dueDate, m_lines[line.vehicleId]++);
                ++m_s.created;
            } else {
                const auto &[line, amount] = m_plan.correct.at(m_next - creates);
                correct(db, m_ledger, m_actor, line, amount, m_s.runId);
                ++m_s.corrected;
            }
        }
        const bool ended = m_next >= writes;
        if (ended) {
            finishRun(db, m_s.runId, m_s.created, m_s.unchanged, m_s.corrected);
            m_s.totals = totalsByClass(leviesOf(db, m_s.fiscalYear));
        }
        tx.commit();
        return ended;
    }
    qint64 total() const { return m_total; }

private:
    void plan(QSqlDatabase db)
    {
        const RateBook &book = RateBook::builtIn();
        const int year = m_s.fiscalYear;
        m_dueDate = book.dueDates(year).value(0).in(year);
        const QList<Levy> existing = leviesOf(db, year);
        m_plan = planLevies(book, year, registeredOn(db, QDate(year, 4, 1)), reductionsOf(db, year),
                            existing);
        for (const Levy &l : existing)
            ++m_lines[l.vehicleId];
        if (!m_s.runId)
            m_s.runId = insertRun(db, year, core::timestampNow(m_context.clock), m_actor.userId);
        // A resumed run: the lines its earlier chunks wrote now plan as unchanged.
        m_s.unchanged = std::max(0, m_plan.unchanged - m_s.created - m_s.corrected);
        m_total = m_plan.create.size() + m_plan.correct.size() + m_plan.unchanged;
        m_planned = true;
    }

    core::ServerContext &m_context;
    const core::Actor &m_actor;
    RunSummary &m_s;
    assessment::AssessmentLedger &m_ledger;
    LevyPlan m_plan;
    QHash<qint64, int> m_lines;
    QDate m_dueDate;
    qsizetype m_next = 0;
    qint64 m_total = 0;
    bool m_planned = false;
};
} // namespace

RunSummary runInitialAssessment(core::ServerContext &context, const core::Actor &actor,
                                int fiscalYear)
{
    return runInitialAssessment(context, actor, fiscalYear, RunProgress{});
}

RunSummary runInitialAssessment(core::ServerContext &context, const core::Actor &actor,
                                int fiscalYear, const RunProgress &progress)
{
    RunSummary s = progress.resumeFrom;
    s.fiscalYear = fiscalYear;
    try {
        ChunkedRun run(context, actor, s);
        bool ended = false;
        while (!ended) {
            ended = run.chunk(progress.chunk);
            if (progress.report)
                progress.report(s.created + s.corrected + s.unchanged, run.total(), s);
        }
    } catch (const core::Failure &e) {
        QJsonObject detail = summaryDetail(s);
        detail.insert(QStringLiteral("error"), e.code());
        context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event::Assess),
                             QStringLiteral("fiscal_year:%1").arg(fiscalYear), detail, false);
        throw;
    }
    context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event::Assess),
                         QStringLiteral("fiscal_year:%1").arg(fiscalYear), summaryDetail(s));
    return s;
}

RunSummary assessmentTotals(core::ServerContext &context, const core::Actor &actor, int fiscalYear)
{
    RunSummary s;
    s.fiscalYear = fiscalYear;
    s.totals = totalsByClass(leviesOf(context.database.connection(), fiscalYear));
    context.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::Totals),
                         QStringLiteral("fiscal_year:%1").arg(fiscalYear));
    return s;
}

qint64 recordReduction(core::ServerContext &context, const core::Actor &actor,
                       const ReductionRecord &r)
{
    qint64 id = 0;
    try {
        if (!RateBook::builtIn().reductionReason(r.reason))
            throw core::Failure(api::err::LightVehicleReductionReason,
                                QStringLiteral("減免の理由 %1 は表にありません。").arg(r.reason));
        if (!r.decidedOn.isValid() || !r.appliedOn.isValid() || r.fiscalYear < 1989)
            throw core::Failure::invalidField(QStringLiteral("decidedOn"),
                                              QStringLiteral("年度、申請日、決定日を入力してください。"));
        store::Transaction tx(context.database);
        if (!versionOf(tx.db(), r.vehicleId))
            throw core::Failure(api::err::LightVehicleNotFound);
        id = insertReduction(tx.db(), r, core::timestampNow(context.clock), actor.userId);
        tx.commit();
    } catch (const core::Failure &e) {
        context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event::Reduction),
                             QStringLiteral("vehicle:%1").arg(r.vehicleId),
                             {{QStringLiteral("error"), e.code()}}, false);
        throw;
    }
    context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event::Reduction),
                         QStringLiteral("vehicle:%1").arg(r.vehicleId),
                         {{QStringLiteral("reductionId"), id}, {QStringLiteral("fiscalYear"), r.fiscalYear},
                          {QStringLiteral("reason"), r.reason}, {QStringLiteral("mode"), r.decision.mode}});
    return id;
}

ReductionWithdrawal withdrawReduction(core::ServerContext &context, const core::Actor &actor,
                                      qint64 reductionId, QDate withdrawnOn, const QString &reason)
{
    ReductionWithdrawal out{reductionId, 0, 0, {}};
    bool assessed = false;
    const QString subject = QStringLiteral("reduction:%1").arg(reductionId);
    try {
        store::Transaction tx(context.database);
        bool known = false;
        const auto row = withdrawReductionRow(tx.db(), reductionId, withdrawnOn, reason,
                                              core::timestampNow(context.clock), actor.userId, &known);
        if (!known)
            throw core::Failure(api::err::LightVehicleReductionNotFound);
        if (!row)
            throw core::Failure(api::err::LightVehicleState, QStringLiteral("この減免は取り消し済みです。"));
        out.vehicleId = row->vehicleId;
        out.fiscalYear = row->fiscalYear;
        assessed = yearAssessed(tx.db(), row->fiscalYear);
        tx.commit();
    } catch (const core::Failure &e) {
        context.audit.record(actor, audit::LogKind::Operation,
                             QString::fromLatin1(event::ReductionWithdraw), subject,
                             {{QStringLiteral("error"), e.code()}}, false);
        throw;
    }
    context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event::ReductionWithdraw),
                         subject, {{QStringLiteral("vehicleId"), out.vehicleId},
                                   {QStringLiteral("fiscalYear"), out.fiscalYear},
                                   {QStringLiteral("withdrawnOn"), core::isoDate(withdrawnOn)},
                                   {QStringLiteral("reason"), reason}});
    out.summary.fiscalYear = out.fiscalYear;
    if (assessed)
        out.summary = runInitialAssessment(context, actor, out.fiscalYear);
    return out;
}

QList<Levy> leviesOfVehicle(core::ServerContext &context, qint64 vehicleId)
{
    return leviesOfVehicle(context.database.connection(), vehicleId);
}

QList<ReductionEntry> reductionsOfVehicle(core::ServerContext &context, qint64 vehicleId)
{
    return reductionsOfVehicle(context.database.connection(), vehicleId);
}

} // namespace kikan::light_vehicle_tax
