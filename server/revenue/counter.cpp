// 窓口収納 and its 領収証書 (counter.h).
#include "counter.h"

#include "events.h"
#include "ledger.h"
#include "reconciler.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/party/partydirectory.h"
#include "server/store/database.h"
#include "shared/api/revenue/errors.h"
#include "shared/core/wareki.h"
#include "shared/forms/formrenderer.h"
#include "shared/revenue/resource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::revenue {

namespace {

QByteArray renderReceipt(const assessment::Assessment &a, const Receipt &r, const QString &serial,
                         const core::Actor &actor)
{
    forms::PageData page;
    page.values = {{QStringLiteral("serial"), serial},
                   {QStringLiteral("revenueItem"), revenueItemName(a.input.revenueItem)},
                   {QStringLiteral("fiscalYear"), fiscalYearLabel(a.input.fiscalYear)},
                   {QStringLiteral("installment"), QStringLiteral("第%1期").arg(a.input.installment)},
                   {QStringLiteral("noticeNo"), a.input.noticeNo},
                   {QStringLiteral("amount"), r.line.amount.toYenSignString()},
                   {QStringLiteral("paidOn"), warekiText(r.line.paidOn)},
                   {QStringLiteral("town"), townName()},
                   {QStringLiteral("clerk"), actor.displayName.isEmpty() ? actor.loginId
                                                                         : actor.displayName}};
    return renderRevenueForm(QStringLiteral("counter-receipt"), {page}, QStringLiteral("領収証書"));
}

} // namespace

QString townName()
{
    QFile file(QStringLiteral(":/kikan/town/town.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    return o.value(QStringLiteral("prefecture")).toString()
           + o.value(QStringLiteral("municipality")).toString();
}

QString warekiText(const QDate &date)
{
    const auto w = core::WarekiDate::fromDate(date);
    return w ? w->toLongString() : date.toString(Qt::ISODate);
}

QString fiscalYearLabel(int fiscalYear)
{
    return QStringLiteral("%1度").arg(core::WarekiDate::fromDate(QDate(fiscalYear, 4, 1))->yearLabel());
}

QHash<QString, QString> noticeValues(const core::ServerContext &context, const assessment::Assessment &a,
                                     const QDate &asOf)
{
    std::optional<party::PartySnapshot> who;
    if (const auto *parties = context.services.find<party::PartyDirectory>())
        who = parties->find(a.input.partyNo, asOf);
    return {{QStringLiteral("postalCode"), who ? who->postalCode : QString()},
            {QStringLiteral("address"), who ? who->address : QString()},
            {QStringLiteral("name"), who ? who->fullName() : QString()},
            {QStringLiteral("partyNo"), QString::number(a.input.partyNo)},
            {QStringLiteral("revenueItem"), revenueItemName(a.input.revenueItem)},
            {QStringLiteral("fiscalYear"), fiscalYearLabel(a.input.fiscalYear)},
            {QStringLiteral("installment"), QStringLiteral("第%1期").arg(a.input.installment)},
            {QStringLiteral("noticeNo"), a.input.noticeNo},
            {QStringLiteral("town"), townName()}};
}

QByteArray renderRevenueForm(const QString &name, const QList<forms::PageData> &pages, const QString &title)
{
    const auto layout = forms::FormLayout::fromJson(revenueResource(name + QStringLiteral(".json")), name);
    if (!layout)
        throw core::Failure(api::err::RevenueReceiptPrint, layout.error().message);
    const auto pdf = forms::FormRenderer(*layout).renderPdf(pages, {}, title);
    if (!pdf)
        throw core::Failure(api::err::RevenueReceiptPrint, pdf.error().message);
    return *pdf;
}

QString revenueItemName(const QString &code)
{
    static const QJsonObject names =
        QJsonDocument::fromJson(revenueResource(QStringLiteral("revenue-items.json"))).object();
    return names.value(code).toString(code);
}

CounterReceipt takeCounterPayment(core::ServerContext &context, Reconciler &reconciler,
                                  RevenueLedger &ledger, const CounterPayment &payment,
                                  const core::Actor &actor)
{
    if (payment.noticeNo.trimmed().isEmpty())
        throw core::Failure::invalidField(QStringLiteral("noticeNo"),
                                          QStringLiteral("通知書番号を入力してください。"));
    if (payment.amount <= core::Money())
        throw core::Failure::invalidField(QStringLiteral("amount"),
                                          QStringLiteral("金額は1円以上です。"));
    store::Transaction tx(context.database);
    const auto target = ledger.findByNotice(payment.noticeNo);
    if (!target)
        throw core::Failure(api::err::RevenueAssessmentNotFound,
                            QStringLiteral("通知書番号 %1 の調定はありません。").arg(payment.noticeNo));
    ReceiptLine line;
    line.paidOn = core::processingDate(context.clock);
    line.amount = payment.amount;
    line.noticeNo = payment.noticeNo;
    CounterReceipt out;
    out.receipt = reconciler.apply(tx.db(), line, QString::fromLatin1(channel::Counter),
                                   QStringLiteral("窓口"), 0, actor);
    out.serial = QStringLiteral("%1").arg(out.receipt.id, 8, 10, QLatin1Char('0'));
    out.pdf = renderReceipt(*target, out.receipt, out.serial, actor);
    const QJsonObject detail{{QStringLiteral("serial"), out.serial},
                             {QStringLiteral("assessmentId"), target->id},
                             {QStringLiteral("amount"), payment.amount.yen()},
                             {QStringLiteral("outcome"), outcomeName(out.receipt.outcome)}};
    const QString subject = QStringLiteral("revenue_receipt:%1").arg(out.receipt.id);
    context.audit.append(audit::AuditEntry::about(actor, audit::LogKind::Operation,
                                                  event::CounterPayment, subject, detail), tx);
    context.audit.append(audit::AuditEntry::about(actor, audit::LogKind::Print,
                                                  event::CounterReceipt, subject, detail), tx);
    tx.commit();
    return out;
}

} // namespace kikan::revenue
