// The pure rules of the vehicle register's 異動 (vehiclerecord.h).
#include "vehiclerecord.h"

#include "server/core/dates.h"
#include "shared/api/light_vehicle_tax/errors.h"

namespace kikan::light_vehicle_tax {

namespace {
core::Failure refusal(const char *field, const QString &message)
{
    return core::Failure::invalidField(QString::fromLatin1(field), message);
}

const QStringList &powers()
{
    static const QStringList list{
        QStringLiteral("gasoline"), QStringLiteral("diesel"), QStringLiteral("lpg"),
        QStringLiteral("hybrid"), QStringLiteral("electric"), QStringLiteral("natural_gas"),
        QStringLiteral("methanol"), QStringLiteral("fuel_cell"), QStringLiteral("towed")};
    return list;
}

std::optional<core::Failure> factsRefusal(const RateTable &table, const VehicleFacts &f)
{
    const bool four = f.vehicleClass == QLatin1String(vehicle_class::FourWheel);
    if (four && f.use != QLatin1String("private") && f.use != QLatin1String("business"))
        return refusal("use", QStringLiteral("四輪の用途は private（自家用）か business（営業用）です。"));
    if (four && f.body != QLatin1String("passenger") && f.body != QLatin1String("cargo"))
        return refusal("body", QStringLiteral("四輪は passenger（乗用）か cargo（貨物）です。"));
    if (!table.rateClass(f.rateClass()))
        return refusal("vehicleClass", QStringLiteral("車種区分 %1 は税率表にありません。").arg(f.rateClass()));
    if (f.isThreeOrFourWheel() && f.firstInspection.isNull())
        return refusal("firstInspection", QStringLiteral("三輪・四輪には初度検査年月（年のみでも可）が必要です。"));
    if (!powers().contains(f.power))
        return refusal("power", QStringLiteral("燃料・動力は %1 のいずれかです。").arg(powers().join(QStringLiteral("、"))));
    if (!f.fuelEconomyLevel.isEmpty() && f.fuelEconomyLevel != QLatin1String("50")
        && f.fuelEconomyLevel != QLatin1String("25"))
        return refusal("fuelEconomyLevel", QStringLiteral("燃費基準の区分は 50 か 25 です。"));
    return std::nullopt;
}
} // namespace

bool startsVehicle(const QString &kind)
{
    return kind == QLatin1String(change::Register) || kind == QLatin1String(change::TransferIn);
}

bool isKnownChange(const QString &kind)
{
    return startsVehicle(kind) || kind == QLatin1String(change::TransferOwner)
           || kind == QLatin1String(change::MoveStorage) || kind == QLatin1String(change::Deregister)
           || kind == QLatin1String(change::ReplacePlate);
}

std::optional<core::Failure> entryRefusal(const RateBook &book, const QString &kind,
                                          const VehicleInput &in, QDate effectiveDate)
{
    if (!startsVehicle(kind))
        return refusal("changeKind", QStringLiteral("車両の登録は register（新規登録）か transfer_in（転入）です。"));
    if (!effectiveDate.isValid())
        return refusal("effectiveDate", QStringLiteral("異動日を入力してください。"));
    if (in.plateNo.isEmpty())
        return refusal("plateNo", QStringLiteral("標識番号を入力してください。"));
    if (in.ownerPartyNo <= 0)
        return refusal("ownerPartyNo", QStringLiteral("所有者の宛名番号を入力してください。"));
    if (in.storagePlace.isEmpty())
        return refusal("storagePlace", QStringLiteral("定置場を入力してください。"));
    if (kind == QLatin1String(change::TransferIn) && in.previousTown.isEmpty())
        return refusal("previousTown", QStringLiteral("転入前の市区町村を入力してください。"));
    const int year = effectiveDate.month() >= 4 ? effectiveDate.year() : effectiveDate.year() - 1;
    return factsRefusal(book.forYear(year), in.facts);
}

VehicleRecord applyChange(const VehicleRecord &current, const QString &kind,
                          const VehicleInput &in, QDate effectiveDate)
{
    if (!isKnownChange(kind) || startsVehicle(kind))
        throw refusal("changeKind", QStringLiteral("異動の種類 %1 はありません。").arg(kind));
    if (!current.registered)
        throw core::Failure(api::err::LightVehicleState, QStringLiteral("廃車済みの車両です。"));
    if (!effectiveDate.isValid())
        throw refusal("effectiveDate", QStringLiteral("異動日を入力してください。"));
    if (effectiveDate < current.validFrom) {
        throw refusal("effectiveDate", QStringLiteral("異動日は前回の異動日（%1）以後の日にしてください。")
                                           .arg(core::isoDate(current.validFrom)));
    }
    VehicleRecord next = current;
    next.historyNo = current.historyNo + 1;
    next.changeKind = kind;
    next.validFrom = effectiveDate;
    next.validTo = {};
    next.fields.reason.clear();
    next.fields.previousTown.clear();
    if (kind == QLatin1String(change::TransferOwner)) {
        if (in.ownerPartyNo <= 0)
            throw refusal("ownerPartyNo", QStringLiteral("新しい所有者の宛名番号を入力してください。"));
        next.fields.ownerPartyNo = in.ownerPartyNo;
        next.fields.userPartyNo = in.userPartyNo;
    } else if (kind == QLatin1String(change::MoveStorage)) {
        if (in.storagePlace.isEmpty())
            throw refusal("storagePlace", QStringLiteral("新しい定置場を入力してください。"));
        next.fields.storagePlace = in.storagePlace;
        if (!in.plateNo.isEmpty())
            next.fields.plateNo = in.plateNo;
    } else if (kind == QLatin1String(change::ReplacePlate)) {
        if (in.plateNo.isEmpty())
            throw refusal("plateNo", QStringLiteral("新しい標識番号を入力してください。"));
        next.fields.plateNo = in.plateNo;
        next.fields.reason = in.reason;
    } else {
        next.registered = false;
        next.fields.reason = in.reason;
    }
    return next;
}

} // namespace kikan::light_vehicle_tax
