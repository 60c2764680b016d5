// Counter work for town-registered vehicles (mopedcounter.h): the plate from the range, the 異動
// through the register, the document row, the PDF, the logs.
#include "mopedcounter.h"

#include "events.h"
#include "platerange.h"
#include "ratebook.h"
#include "vehicleregister.h"
#include "vehiclestore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/party/partydirectory.h"
#include "server/resident/certificate/certificaterequest.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/light_vehicle_tax/errors.h"
#include "shared/core/wareki.h"
#include "shared/forms/formrenderer.h"

#include <QSqlQuery>

namespace kikan::light_vehicle_tax {

namespace {
struct Issue {
    const char *kind = counter_document::PlateIssue;
    VehicleRecord vehicle;    // the state after the 異動
    QString previousPlate;
    int plateNumber = 0;      // 0: no plate given out (廃車)
    QString prefix;
    QString reason;
};

PlateRange rangeOf(const QString &vehicleClass)
{
    const auto range = PlateRanges::builtIn().forClass(vehicleClass);
    if (!range) {
        throw core::Failure(api::err::LightVehiclePlateRange,
                            QStringLiteral("この車種区分の標識は町では交付しません（軽自動車検査協会・運輸支局の登録です）。"));
    }
    return *range;
}

// The next plate of the range: after the highest ever given out, not held by a registered vehicle.
std::pair<int, QString> allocatePlate(QSqlDatabase db, const PlateRange &range)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT MAX(plate_number) FROM "
                                                 "light_vehicle_counter_documents WHERE plate_prefix = ?"),
                              {range.prefix});
    const int highest = q.next() && !q.value(0).isNull() ? q.value(0).toInt() : 0;
    const auto n = nextPlateNumber(range, highest, [&](int number) {
        return vehicleWithPlate(db, plateText(range, number)) != 0;
    });
    if (!n) {
        throw core::Failure(api::err::LightVehiclePlateRange,
                            QStringLiteral("「%1」の標識番号を使い切りました。番号帯を見直してください。").arg(range.prefix));
    }
    return {*n, plateText(range, *n)};
}

QString wareki(QDate d)
{
    const auto w = core::WarekiDate::fromDate(d);
    return w.ok() ? w.value().toLongString() : core::isoDate(d);
}

forms::PageData documentPage(const Issue &issue, const party::PartySnapshot &owner, qint64 serial,
                             QDate today)
{
    const VehicleRecord &v = issue.vehicle;
    const RateClass *rc = RateBook::builtIn().forYear(today.month() >= 4 ? today.year() : today.year() - 1)
                              .rateClass(v.fields.facts.rateClass());
    const bool deregistration = issue.kind == QLatin1String(counter_document::Deregistration);
    const auto dash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    const QList<QPair<QString, QString>> rows{
        {QStringLiteral("標識番号"), v.fields.plateNo},
        {QStringLiteral("車種区分"), rc ? rc->label : v.fields.facts.rateClass()},
        {QStringLiteral("車台番号"), dash(v.fields.chassisNo)},
        {QStringLiteral("定置場"), dash(v.fields.storagePlace)},
        {QStringLiteral("所有者の住所"), dash(owner.address)},
        {QStringLiteral("所有者の氏名・名称"), dash(owner.fullName())},
        {deregistration ? QStringLiteral("廃車の日・事由") : QStringLiteral("交付の日・事由"),
         wareki(v.validFrom) + QStringLiteral("　") + dash(issue.reason)}};
    forms::PageData page;
    for (int i = 0; i < rows.size(); ++i) {
        page.values.insert(QStringLiteral("label%1").arg(i + 1), rows[i].first);
        page.values.insert(QStringLiteral("value%1").arg(i + 1), rows[i].second);
    }
    page.values.insert(QStringLiteral("title"), deregistration ? QStringLiteral("廃車申告受付書")
                                                               : QStringLiteral("標識交付証明書"));
    page.values.insert(QStringLiteral("serialLabel"), deregistration ? QStringLiteral("受付番号")
                                                                     : QStringLiteral("発行番号"));
    page.values.insert(QStringLiteral("serial"), QString::number(serial));
    page.values.insert(QStringLiteral("statement"),
                       deregistration ? QStringLiteral("上記の車両の廃車の申告を受け付け、標識の返納を受けました。")
                       : issue.previousPlate.isEmpty()
                           ? QStringLiteral("上記の車両に標識を交付したことを証明します。")
                           : QStringLiteral("標識 %1 の亡失等により、上記の標識を再交付したことを証明します。")
                                 .arg(issue.previousPlate));
    page.values.insert(QStringLiteral("issuedOn"), wareki(today));
    page.values.insert(QStringLiteral("issuer"), resident::TownData::load().issuerTitle);
    page.values.insert(QStringLiteral("note"),
                       deregistration ? QStringLiteral("翌年度以後の軽自動車税（種別割）は課税されません（4月1日までに廃車した場合）。")
                                      : QStringLiteral("この証明書は自動車損害賠償責任保険の加入等に使います。標識は車両の後面に見やすく取り付けてください。"));
    return page;
}

qint64 insertDocument(QSqlDatabase db, const Issue &issue, const QString &at, qint64 by)
{
    const VehicleRecord &v = issue.vehicle;
    return store::insertReturningId(
        db, QStringLiteral("INSERT INTO light_vehicle_counter_documents (kind, vehicle_id, party_no, "
                           "plate_no, plate_prefix, plate_number, previous_plate_no, reason, "
                           "effective_date, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"),
        {QString::fromLatin1(issue.kind), v.vehicleId, v.fields.ownerPartyNo, v.fields.plateNo,
         issue.plateNumber ? QVariant(issue.prefix) : QVariant(QMetaType(QMetaType::QString)),
         issue.plateNumber ? QVariant(issue.plateNumber) : QVariant(QMetaType(QMetaType::Int)),
         issue.previousPlate.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(issue.previousPlate),
         issue.reason, store::dateValue(v.validFrom), at, by});
}

// The document row and its PDF in the caller's transaction.
CounterDocument finish(core::ServerContext &context, const core::Actor &actor, QSqlDatabase db,
                       const Issue &issue, int version)
{
    static const QString layoutPath = QStringLiteral(":/kikan/forms/light-vehicle-counter-document.json");
    static const auto layout = forms::FormLayout::load(layoutPath);
    if (!layout.ok())
        throw core::Failure(layout.error());
    const QDate today = core::processingDate(context.clock);
    CounterDocument out{insertDocument(db, issue, core::timestampNow(context.clock), actor.userId),
                        issue.vehicle.vehicleId, version, issue.vehicle.fields.plateNo, {}};
    const auto owner = context.services.get<party::PartyDirectory>().find(
        issue.vehicle.fields.ownerPartyNo, today);
    const forms::PageData page = documentPage(issue, owner.value_or(party::PartySnapshot{}), out.serial, today);
    const auto pdf = forms::FormRenderer(layout.value()).renderPdf({page});
    if (!pdf.ok())
        throw core::Failure(pdf.error());
    out.pdf = pdf.value();
    out.pages = forms::pageSetOf(layoutPath, {page});
    return out;
}

// Runs `write` (the 異動 and the document) in one transaction; logs the 異動 as the register does
// and the document as a print.
template <typename Write>
CounterDocument counterWork(core::ServerContext &context, const core::Actor &actor,
                            const QString &changeKind, const char *printEvent, qint64 vehicleId,
                            QDate effectiveDate, Write write)
{
    const QJsonObject date{{QStringLiteral("effectiveDate"), core::isoDate(effectiveDate)}};
    CounterDocument out;
    try {
        store::Transaction tx(context.database);
        out = write(tx.db());
        tx.commit();
    } catch (const core::Failure &e) {
        QJsonObject detail = date;
        detail.insert(QStringLiteral("error"), e.code());
        const QString subject = QStringLiteral("vehicle:%1").arg(vehicleId);
        context.audit.record(actor, audit::LogKind::Operation, event::changeEvent(changeKind),
                             subject, detail, false);
        context.audit.record(actor, audit::LogKind::Print, QString::fromLatin1(printEvent), subject,
                             detail, false);
        throw;
    }
    const QString subject = QStringLiteral("vehicle:%1").arg(out.vehicleId);
    context.audit.record(actor, audit::LogKind::Operation, event::changeEvent(changeKind), subject, date);
    QJsonObject detail = date;
    detail.insert(QStringLiteral("serial"), out.serial);
    detail.insert(QStringLiteral("plateNo"), out.plateNo);
    context.audit.record(actor, audit::LogKind::Print, QString::fromLatin1(printEvent), subject, detail);
    return out;
}

// The current state of a town-registered vehicle (its class has a plate range).
VehicleRecord townVehicle(QSqlDatabase db, qint64 vehicleId)
{
    const std::optional<VehicleRecord> current = currentRecord(db, vehicleId);
    if (!current)
        throw core::Failure(api::err::LightVehicleNotFound);
    rangeOf(current->fields.facts.vehicleClass);
    return *current;
}
} // namespace

CounterDocument registerMoped(core::ServerContext &context, const core::Actor &actor,
                              VehicleInput input, QDate effectiveDate)
{
    return counterWork(context, actor, QString::fromLatin1(change::Register), event::PlateIssue, 0,
                       effectiveDate, [&](QSqlDatabase db) {
        const PlateRange range = rangeOf(input.facts.vehicleClass);
        Issue issue;
        std::tie(issue.plateNumber, input.plateNo) = allocatePlate(db, range);
        issue.prefix = range.prefix;
        issue.reason = QStringLiteral("新規登録");
        const SavedVehicle saved = writeRegistration(context, db, actor,
                                                     QString::fromLatin1(change::Register), input,
                                                     effectiveDate);
        issue.vehicle = *currentRecord(db, saved.vehicleId);
        return finish(context, actor, db, issue, saved.version);
    });
}

CounterDocument deregisterMoped(core::ServerContext &context, const core::Actor &actor,
                                qint64 vehicleId, int version, const QString &reason,
                                QDate effectiveDate)
{
    return counterWork(context, actor, QString::fromLatin1(change::Deregister),
                       event::DeregistrationReceipt, vehicleId, effectiveDate, [&](QSqlDatabase db) {
        townVehicle(db, vehicleId);
        VehicleInput delta;
        delta.reason = reason;
        const SavedVehicle saved = writeChange(context, db, actor, vehicleId, version,
                                               QString::fromLatin1(change::Deregister), delta,
                                               effectiveDate);
        Issue issue;
        issue.kind = counter_document::Deregistration;
        issue.vehicle = *currentRecord(db, vehicleId);
        issue.reason = reason;
        return finish(context, actor, db, issue, saved.version);
    });
}

CounterDocument reissuePlate(core::ServerContext &context, const core::Actor &actor,
                             qint64 vehicleId, int version, const QString &reason,
                             QDate effectiveDate)
{
    return counterWork(context, actor, QString::fromLatin1(change::ReplacePlate), event::PlateIssue,
                       vehicleId, effectiveDate, [&](QSqlDatabase db) {
        const VehicleRecord current = townVehicle(db, vehicleId);
        const PlateRange range = rangeOf(current.fields.facts.vehicleClass);
        Issue issue;
        issue.kind = counter_document::PlateReissue;
        issue.previousPlate = current.fields.plateNo;
        issue.prefix = range.prefix;
        issue.reason = reason;
        VehicleInput delta;
        std::tie(issue.plateNumber, delta.plateNo) = allocatePlate(db, range);
        delta.reason = reason;
        const SavedVehicle saved = writeChange(context, db, actor, vehicleId, version,
                                               QString::fromLatin1(change::ReplacePlate), delta,
                                               effectiveDate);
        issue.vehicle = *currentRecord(db, vehicleId);
        return finish(context, actor, db, issue, saved.version);
    });
}

} // namespace kikan::light_vehicle_tax
