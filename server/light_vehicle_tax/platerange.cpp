// The town's 標識 number ranges (platerange.h).
#include "platerange.h"

#include "server/core/failure.h"
#include "shared/api/light_vehicle_tax/errors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::light_vehicle_tax {

PlateRanges PlateRanges::parse(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    PlateRanges out;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("ranges")).toArray()) {
        const QJsonObject o = v.toObject();
        PlateRange r{o.value(QStringLiteral("vehicleClass")).toString(),
                     o.value(QStringLiteral("prefix")).toString(),
                     o.value(QStringLiteral("from")).toInt(), o.value(QStringLiteral("to")).toInt()};
        if (r.vehicleClass.isEmpty() || r.prefix.isEmpty() || r.from < 1 || r.to < r.from) {
            throw core::Failure(api::err::LightVehicleRateTableInvalid,
                                QStringLiteral("標識の番号帯 (plate-ranges.json) に誤りがあります。"));
        }
        out.m_ranges.append(r);
    }
    return out;
}

const PlateRanges &PlateRanges::builtIn()
{
    static const PlateRanges ranges = [] {
        QFile file(QStringLiteral(":/light_vehicle_tax/plate-ranges.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            throw core::Failure(api::err::LightVehicleRateTableInvalid,
                                QStringLiteral("標識の番号帯 (plate-ranges.json) が読めません。"));
        }
        return parse(file.readAll());
    }();
    return ranges;
}

std::optional<PlateRange> PlateRanges::forClass(const QString &vehicleClass) const
{
    for (const PlateRange &r : m_ranges) {
        if (r.vehicleClass == vehicleClass)
            return r;
    }
    return std::nullopt;
}

QString plateText(const PlateRange &range, int number)
{
    return range.prefix + QLatin1Char(' ') + QString::number(number);
}

std::optional<int> nextPlateNumber(const PlateRange &range, int highestIssued,
                                   const std::function<bool(int)> &taken)
{
    for (int n = std::max(range.from, highestIssued + 1); n <= range.to; ++n) {
        if (!taken(n))
            return n;
    }
    return std::nullopt;
}

} // namespace kikan::light_vehicle_tax
