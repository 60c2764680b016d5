// 納税通知書 兼 納付書 (notice.h): the pages from the 課税台帳 lines and the party directory, and
// the batch PDF through the forms engine.
#include "notice.h"

#include "events.h"
#include "levystore.h"
#include "vehiclestore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/resident/certificate/certificaterequest.h"
#include "server/store/database.h"
#include "shared/api/light_vehicle_tax/errors.h"
#include "shared/core/fiscalyear.h"
#include "shared/core/wareki.h"
#include "shared/forms/formrenderer.h"

#include <QMap>

namespace kikan::light_vehicle_tax {

namespace {
QString wareki(QDate d)
{
    const auto w = core::WarekiDate::fromDate(d);
    return w.ok() ? w.value().toLongString() : core::isoDate(d);
}

QString yen(core::Money m)
{
    return m.toString();
}

const char *columnLabel(const QString &column)
{
    if (column == QLatin1String(column::Old)) return "旧税率";
    if (column == QLatin1String(column::New)) return "新税率";
    if (column == QLatin1String(column::Heavy)) return "重課";
    if (column == QLatin1String(column::Green)) return "軽課";
    return "定額";
}

forms::Values slipValues(const NoticeLine &line, const forms::Values &page,
                         const revenue::ConvenienceSettings &settings, QDate dueDate,
                         const ElQrFormat &elqr)
{
    forms::Values v = page;
    v.insert(QStringLiteral("slipTitle"), QStringLiteral("軽自動車税（種別割）納付書"));
    v.insert(QStringLiteral("noticeNo"), line.levy.noticeNo);
    v.insert(QStringLiteral("plateNo"), line.plateNo);
    v.insert(QStringLiteral("classLabel"), line.classLabel);
    v.insert(QStringLiteral("amount"), yen(line.levy.amount));
    const auto barcode = revenue::slipBarcode(
        settings, {line.levy.noticeNo, line.levy.fiscalYear, 1, dueDate, line.levy.amount, 0});
    if (!barcode.ok())
        throw core::Failure(barcode.error());
    v.insert(QStringLiteral("elqr"), elqr.render({line.levy.noticeNo, line.levy.fiscalYear, 1,
                                                  line.levy.amount, dueDate}));
    if (barcode.value()) {
        const QString digits = *barcode.value();
        v.insert(QStringLiteral("barcode"), QStringLiteral("[91]") + digits.mid(2));
        v.insert(QStringLiteral("barcodeText"), QStringLiteral("(91)") + digits.mid(2));
        v.insert(QStringLiteral("barcodeNote"), QString());
    } else {
        v.insert(QStringLiteral("barcode"), QString());
        v.insert(QStringLiteral("barcodeText"), QString());
        v.insert(QStringLiteral("barcodeNote"),
                 QStringLiteral("この納付書はコンビニエンスストアではお使いになれません（金額が上限を超えます）。"));
    }
    return v;
}
} // namespace

QList<forms::PageData> noticePages(const Notice &notice, const NoticeHeader &header,
                                   const revenue::ConvenienceSettings &settings,
                                   const ElQrFormat &elqr)
{
    core::Money total;
    for (const NoticeLine &l : notice.lines)
        total += l.levy.amount;
    const party::PartySnapshot &p = notice.taxpayer;
    forms::Values common{
        {QStringLiteral("title"), QStringLiteral("%1 軽自動車税（種別割）納税通知書")
                                      .arg(core::FiscalYear::startingIn(header.fiscalYear).label())},
        {QStringLiteral("fiscalYearLabel"), core::FiscalYear::startingIn(header.fiscalYear).label()},
        {QStringLiteral("issuer"), header.issuer},
        {QStringLiteral("issuedOn"), wareki(header.issuedOn)},
        {QStringLiteral("postalCode"), p.postalCode},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("name"), p.fullName()},
        {QStringLiteral("partyNo"), QString::number(p.partyNo)},
        {QStringLiteral("dueDate"), wareki(header.dueDate)},
        {QStringLiteral("total"), yen(total)},
        {QStringLiteral("notes"), QStringLiteral("賦課期日（4月1日）現在の所有者に課税しています。"
                                                 "納期限までに下の納付書でお納めください。")}};
    QList<forms::PageData> pages;
    const int perPage = 2;
    const int count = int((notice.lines.size() + perPage - 1) / perPage);
    for (int i = 0; i < count; ++i) {
        forms::PageData page;
        page.values = common;
        page.values.insert(QStringLiteral("page"), QStringLiteral("%1 / %2").arg(i + 1).arg(count));
        for (const NoticeLine &line : notice.lines.mid(i * perPage, perPage)) {
            page.rows[QStringLiteral("vehicles")].append(
                {{QStringLiteral("plateNo"), line.plateNo},
                 {QStringLiteral("classLabel"), line.classLabel},
                 {QStringLiteral("column"), QString::fromUtf8(columnLabel(line.levy.rate.column))},
                 {QStringLiteral("tax"), yen(line.levy.rate.amount)},
                 {QStringLiteral("reduction"), yen(line.levy.reduction)},
                 {QStringLiteral("amount"), yen(line.levy.amount)}});
            page.rows[QStringLiteral("slips")].append(slipValues(line, common, settings, header.dueDate, elqr));
        }
        pages.append(page);
    }
    return pages;
}

namespace {
// The notices of a 年度: lines with an amount to pay, grouped by 納税義務者 (宛名番号 order).
QList<Notice> noticesOf(core::ServerContext &context, int fiscalYear, qint64 partyNo)
{
    QSqlDatabase db = context.database.connection();
    const auto &directory = context.services.get<party::PartyDirectory>();
    const RateTable &table = RateBook::builtIn().forYear(fiscalYear);
    const QDate today = core::processingDate(context.clock);
    QMap<qint64, Notice> byParty;
    for (const Levy &l : leviesOf(db, fiscalYear)) {
        if (l.amount <= core::Money() || (partyNo && l.taxpayerPartyNo != partyNo))
            continue;
        Notice &n = byParty[l.taxpayerPartyNo];
        if (n.taxpayer.partyNo == 0) {
            n.taxpayer = directory.find(l.taxpayerPartyNo, today)
                             .value_or(directory.find(l.taxpayerPartyNo, QDate(fiscalYear, 4, 1))
                                           .value_or(party::PartySnapshot{}));
            n.taxpayer.partyNo = l.taxpayerPartyNo;
        }
        const auto state = recordAsOf(db, l.vehicleId, QDate(fiscalYear, 4, 1));
        const RateClass *rc = table.rateClass(l.rate.rateClass);
        n.lines.append({l, state ? state->fields.plateNo : QString(), rc ? rc->label : l.rate.rateClass});
    }
    return byParty.values();
}
} // namespace

QByteArray noticesPdf(core::ServerContext &context, const core::Actor &actor, int fiscalYear,
                      qint64 partyNo)
{
    const QList<Notice> notices = noticesOf(context, fiscalYear, partyNo);
    if (notices.isEmpty())
        throw core::Failure(api::err::LightVehicleNotFound,
                            QStringLiteral("%1年度の納税通知書にする調定がありません。").arg(fiscalYear));
    static const auto layout = forms::FormLayout::load(QStringLiteral(":/kikan/forms/light-vehicle-notice.json"));
    if (!layout.ok())
        throw core::Failure(layout.error());
    const NoticeHeader header{fiscalYear, RateBook::builtIn().dueDates(fiscalYear).value(0).in(fiscalYear),
                              core::processingDate(context.clock), resident::TownData::load().issuerTitle};
    QList<forms::PageData> pages;
    for (const Notice &n : notices)
        pages += noticePages(n, header, revenue::convenienceSettings());
    const auto pdf = forms::FormRenderer(layout.value()).renderPdf(pages);
    if (!pdf.ok())
        throw core::Failure(pdf.error());
    context.audit.record(actor, audit::LogKind::Print, QString::fromLatin1(event::NoticePrint),
                         QStringLiteral("fiscal_year:%1").arg(fiscalYear),
                         {{QStringLiteral("notices"), int(notices.size())},
                          {QStringLiteral("pages"), int(pages.size())},
                          {QStringLiteral("partyNo"), partyNo}});
    return pdf.value();
}

} // namespace kikan::light_vehicle_tax
