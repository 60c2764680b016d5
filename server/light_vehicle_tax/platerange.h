// The town's 標識 number ranges (resources/light_vehicle_tax/plate-ranges.json, data a town
// changes): for each 車種区分 the town registers itself (原付・小型特殊・ミニカー; 地方税法 第463条の
// 24 and the 町税条例 on 標識 [要確認]) the plate's head (e.g. 「琴浦町 あ」) and its numbers. The
// next number is the first after the highest ever issued in the range (a lost or returned number
// is not issued again [要確認]) that no registered vehicle holds.
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace kikan::light_vehicle_tax {

struct PlateRange {
    QString vehicleClass;
    QString prefix;
    int from = 1;
    int to = 9999;
};

class PlateRanges
{
public:
    // The file built in (:/light_vehicle_tax/plate-ranges.json); throws
    // light_vehicle_tax.rate_table_invalid when it cannot be read.
    static const PlateRanges &builtIn();
    static PlateRanges parse(const QByteArray &json);

    // The range of a class; nullopt: the town does not issue plates for it.
    std::optional<PlateRange> forClass(const QString &vehicleClass) const;
    const QList<PlateRange> &ranges() const { return m_ranges; }

private:
    QList<PlateRange> m_ranges;
};

// "<prefix> <number>", the 標識番号 as registered.
QString plateText(const PlateRange &range, int number);
// The number to issue: the first after `highestIssued` (from - 1 when none) for which `taken`
// is false; nullopt when the range is used up.
std::optional<int> nextPlateNumber(const PlateRange &range, int highestIssued,
                                   const std::function<bool(int)> &taken);

} // namespace kikan::light_vehicle_tax
