// The vehicle register service (vehicleregister.h): the transaction, the checks that need the
// store or the party directory (plate in use, owner known, version), the log.
#include "vehicleregister.h"

#include "events.h"
#include "vehiclestore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/party/partydirectory.h"
#include "server/party/partysearch.h"
#include "server/store/database.h"
#include "shared/api/light_vehicle_tax/errors.h"

namespace kikan::light_vehicle_tax {

QString event::changeEvent(const QString &kind)
{
    return QStringLiteral("light_vehicle_tax.") + kind;
}

QStringList event::changeEvents()
{
    QStringList out;
    for (const char *kind : {change::Register, change::TransferIn, change::TransferOwner,
                             change::MoveStorage, change::Deregister, change::ReplacePlate})
        out << changeEvent(QString::fromLatin1(kind));
    return out;
}

namespace {
void checkParty(core::ServerContext &context, const char *field, qint64 partyNo, QDate on)
{
    if (partyNo && !context.services.get<party::PartyDirectory>().find(partyNo, on)) {
        throw core::Failure(api::err::LightVehiclePartyUnknown,
                            QStringLiteral("宛名番号 %1 の方は %2 に記録がありません。")
                                .arg(partyNo).arg(core::isoDate(on)),
                            {{QStringLiteral("fields"),
                              QJsonObject{{QString::fromLatin1(field), QStringLiteral("宛名番号が見つかりません。")}}}});
    }
}

void checkPlateFree(QSqlDatabase db, const QString &plateNo, qint64 self)
{
    const qint64 holder = vehicleWithPlate(db, plateNo);
    if (holder && holder != self) {
        throw core::Failure(api::err::LightVehiclePlateInUse,
                            QStringLiteral("標識番号 %1 は車両 %2 に使われています。").arg(plateNo).arg(holder));
    }
}

void logChange(core::ServerContext &context, const core::Actor &actor, const QString &kind,
               qint64 vehicleId, QDate effectiveDate, const QString &error)
{
    QJsonObject detail{{QStringLiteral("effectiveDate"), core::isoDate(effectiveDate)}};
    if (!error.isEmpty())
        detail.insert(QStringLiteral("error"), error);
    context.audit.record(actor, audit::LogKind::Operation, event::changeEvent(kind),
                         QStringLiteral("vehicle:%1").arg(vehicleId), detail, error.isEmpty());
}

void logAccess(core::ServerContext &context, const core::Actor &actor, const char *event,
               const QString &subject, const QJsonObject &detail = {})
{
    context.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event), subject, detail);
}
} // namespace

SavedVehicle writeRegistration(core::ServerContext &context, QSqlDatabase db,
                               const core::Actor &actor, const QString &kind,
                               const VehicleInput &input, QDate effectiveDate)
{
    if (auto refusal = entryRefusal(RateBook::builtIn(), kind, input, effectiveDate))
        throw *refusal;
    checkParty(context, "ownerPartyNo", input.ownerPartyNo, effectiveDate);
    checkParty(context, "userPartyNo", input.userPartyNo, effectiveDate);
    checkPlateFree(db, input.plateNo, 0);
    const QString now = core::timestampNow(context.clock);
    VehicleRecord r{insertVehicle(db, now), 1, kind, true, effectiveDate, {}, now, input};
    insertRecord(db, r, actor.userId);
    return {r.vehicleId, 1, 1};
}

SavedVehicle writeChange(core::ServerContext &context, QSqlDatabase db, const core::Actor &actor,
                         qint64 vehicleId, int version, const QString &kind,
                         const VehicleInput &change, QDate effectiveDate)
{
    const std::optional<VehicleRecord> current = currentRecord(db, vehicleId);
    if (!current)
        throw core::Failure(api::err::LightVehicleNotFound);
    if (!claimVersion(db, vehicleId, version))
        throw core::Failure(api::err::LightVehicleConflict);
    VehicleRecord next = applyChange(*current, kind, change, effectiveDate);
    checkParty(context, "ownerPartyNo", next.fields.ownerPartyNo, effectiveDate);
    checkParty(context, "userPartyNo", next.fields.userPartyNo, effectiveDate);
    if (next.registered)
        checkPlateFree(db, next.fields.plateNo, vehicleId);
    next.recordedAt = core::timestampNow(context.clock);
    closeCurrent(db, vehicleId, effectiveDate);
    insertRecord(db, next, actor.userId);
    return {vehicleId, version + 1, next.historyNo};
}

SavedVehicle registerVehicle(core::ServerContext &context, const core::Actor &actor,
                             const QString &kind, const VehicleInput &input, QDate effectiveDate)
{
    SavedVehicle saved;
    try {
        store::Transaction tx(context.database);
        saved = writeRegistration(context, tx.db(), actor, kind, input, effectiveDate);
        tx.commit();
    } catch (const core::Failure &e) {
        logChange(context, actor, kind, 0, effectiveDate, e.code());
        throw;
    }
    logChange(context, actor, kind, saved.vehicleId, effectiveDate, {});
    return saved;
}

SavedVehicle changeVehicle(core::ServerContext &context, const core::Actor &actor, qint64 vehicleId,
                           int version, const QString &kind, const VehicleInput &change,
                           QDate effectiveDate)
{
    SavedVehicle saved;
    try {
        store::Transaction tx(context.database);
        saved = writeChange(context, tx.db(), actor, vehicleId, version, kind, change, effectiveDate);
        tx.commit();
    } catch (const core::Failure &e) {
        logChange(context, actor, kind, vehicleId, effectiveDate, e.code());
        throw;
    }
    logChange(context, actor, kind, vehicleId, effectiveDate, {});
    return saved;
}

VehicleView viewVehicle(core::ServerContext &context, const core::Actor &actor, qint64 vehicleId,
                        QDate asOf)
{
    QSqlDatabase db = context.database.connection();
    VehicleView view;
    view.history = historyOf(db, vehicleId);
    if (view.history.isEmpty())
        throw core::Failure(api::err::LightVehicleNotFound);
    const std::optional<VehicleRecord> state = recordAsOf(db, vehicleId, asOf);
    if (!state) {
        throw core::Failure(api::err::LightVehicleNotFound,
                            QStringLiteral("この車両は %1 には登録されていません。").arg(core::isoDate(asOf)));
    }
    view.state = *state;
    view.version = versionOf(db, vehicleId);
    logAccess(context, actor, event::View, QStringLiteral("vehicle:%1").arg(vehicleId));
    return view;
}

QList<VehicleRecord> searchVehicles(core::ServerContext &context, const core::Actor &actor,
                                    const QString &plateNo, qint64 ownerPartyNo,
                                    const QString &ownerName)
{
    constexpr int kLimit = 200;
    QList<VehicleRecord> found;
    if (ownerName.trimmed().isEmpty()) {
        found = findCurrent(context.database.connection(), plateNo, ownerPartyNo, kLimit);
    } else {
        for (qint64 owner : context.services.get<party::PartySearch>().byName(ownerName.trimmed(), 50)) {
            if (found.size() < kLimit)
                found += findCurrent(context.database.connection(), plateNo, owner,
                                     kLimit - int(found.size()));
        }
    }
    logAccess(context, actor, event::Search, QStringLiteral("vehicles"),
              {{QStringLiteral("plateNo"), plateNo}, {QStringLiteral("ownerPartyNo"), ownerPartyNo},
               {QStringLiteral("ownerName"), ownerName}, {QStringLiteral("count"), int(found.size())}});
    return found;
}

YearTax yearTaxOfState(const RateBook &book, const std::optional<VehicleRecord> &state,
                       int fiscalYear)
{
    YearTax tax;
    tax.fiscalYear = fiscalYear;
    tax.assessmentDate = assessmentDateOf(fiscalYear);
    if (!state || !state->registered)
        return tax;
    tax.taxable = true;
    tax.state = *state;
    tax.rate = decideRate(book, state->fields.facts, fiscalYear);
    return tax;
}

YearTax yearTaxOf(core::ServerContext &context, const core::Actor &actor, qint64 vehicleId,
                  int fiscalYear)
{
    QSqlDatabase db = context.database.connection();
    if (!versionOf(db, vehicleId))
        throw core::Failure(api::err::LightVehicleNotFound);
    const YearTax tax = yearTaxOfState(RateBook::builtIn(),
                                       recordAsOf(db, vehicleId, assessmentDateOf(fiscalYear)),
                                       fiscalYear);
    logAccess(context, actor, event::TaxView, QStringLiteral("vehicle:%1").arg(vehicleId),
              {{QStringLiteral("fiscalYear"), fiscalYear}});
    return tax;
}

} // namespace kikan::light_vehicle_tax
