// 納税証明書 (継続検査用) (taxcertificate.h): the arrears check, the 発行番号, the PDF, the log.
#include "taxcertificate.h"

#include "events.h"
#include "initialassessment.h"
#include "vehiclestore.h"
#include "server/assessment/assessmentledger.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/party/partydirectory.h"
#include "server/resident/certificate/certificaterequest.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/light_vehicle_tax/errors.h"
#include "shared/core/wareki.h"
#include "shared/forms/formrenderer.h"

namespace kikan::light_vehicle_tax {

namespace {
forms::PageData certificatePage(const VehicleRecord &v, const party::PartySnapshot &owner,
                                qint64 serial, QDate today, const QString &issuer)
{
    const auto label = [](QDate d) {
        const auto w = core::WarekiDate::fromDate(d);
        return w.ok() ? w.value().toLongString() : core::isoDate(d);
    };
    const int year = today.month() >= 4 ? today.year() : today.year() - 1;
    const RateClass *rc = RateBook::builtIn().forYear(year).rateClass(v.fields.facts.rateClass());
    forms::PageData page;
    page.values = {
        {QStringLiteral("serial"), QString::number(serial)},
        {QStringLiteral("plateNo"), v.fields.plateNo},
        {QStringLiteral("chassisNo"), v.fields.chassisNo.isEmpty() ? QStringLiteral("—") : v.fields.chassisNo},
        {QStringLiteral("classLabel"), rc ? rc->label : v.fields.facts.rateClass()},
        {QStringLiteral("address"), owner.address.isEmpty() ? QStringLiteral("—") : owner.address},
        {QStringLiteral("name"), owner.fullName().isEmpty() ? QStringLiteral("—") : owner.fullName()},
        {QStringLiteral("statement"), QStringLiteral("上記の車両に係る軽自動車税（種別割）に滞納はありません。")},
        {QStringLiteral("certification"), QStringLiteral("上記のとおり証明します。")},
        {QStringLiteral("issuedOn"), label(today)},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("validity"), QStringLiteral("この証明書は継続検査（車検）のためのものです。手数料は無料です。")}};
    return page;
}

qint64 insertCertificate(QSqlDatabase db, const VehicleRecord &v, QDate today, const QString &at,
                         qint64 by)
{
    return store::insertReturningId(
        db, QStringLiteral("INSERT INTO light_vehicle_certificates (vehicle_id, party_no, plate_no, "
                           "issued_on, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {v.vehicleId, v.fields.ownerPartyNo, v.fields.plateNo, store::dateValue(today), at, by});
}
} // namespace

IssuedCertificate issueTaxCertificate(core::ServerContext &context, const core::Actor &actor,
                                      qint64 vehicleId)
{
    const QDate today = core::processingDate(context.clock);
    const QString subject = QStringLiteral("vehicle:%1").arg(vehicleId);
    try {
        store::Transaction tx(context.database);
        const std::optional<VehicleRecord> v = currentRecord(tx.db(), vehicleId);
        if (!v)
            throw core::Failure(api::err::LightVehicleNotFound);
        if (!v->registered)
            throw core::Failure(api::err::LightVehicleState, QStringLiteral("廃車済みの車両です。"));
        const auto arrears = context.services.get<assessment::AssessmentLedger>().arrears(
            {0, subject, QString::fromLatin1(RevenueItem), today});
        if (!arrears.isEmpty()) {
            throw core::Failure(api::err::LightVehicleArrears,
                                QStringLiteral("%1年度分などに未納があります（%2 件）。")
                                    .arg(arrears.first().input.fiscalYear).arg(arrears.size()));
        }
        static const QString layoutPath = QStringLiteral(":/kikan/forms/light-vehicle-tax-certificate.json");
        static const auto layout = forms::FormLayout::load(layoutPath);
        if (!layout.ok())
            throw core::Failure(layout.error());
        IssuedCertificate out;
        out.serial = insertCertificate(tx.db(), *v, today, core::timestampNow(context.clock), actor.userId);
        const auto owner = context.services.get<party::PartyDirectory>().find(v->fields.ownerPartyNo, today);
        const forms::PageData page = certificatePage(*v, owner.value_or(party::PartySnapshot{}), out.serial,
                                                     today, resident::TownData::load().issuerTitle);
        const auto pdf = forms::FormRenderer(layout.value()).renderPdf({page});
        if (!pdf.ok())
            throw core::Failure(pdf.error());
        out.pdf = pdf.value();
        out.pages = forms::pageSetOf(layoutPath, {page});
        tx.commit();
        context.audit.record(actor, audit::LogKind::Print, QString::fromLatin1(event::CertificateIssue),
                             subject, {{QStringLiteral("serial"), out.serial}});
        return out;
    } catch (const core::Failure &e) {
        context.audit.record(actor, audit::LogKind::Print, QString::fromLatin1(event::CertificateIssue),
                             subject, {{QStringLiteral("error"), e.code()}}, false);
        throw;
    }
}

} // namespace kikan::light_vehicle_tax
