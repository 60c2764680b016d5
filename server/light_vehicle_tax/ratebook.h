// The 種別割 rate tables by 年度, read from resources/light_vehicle_tax/rates.json (the town's 条例 as
// data: 標準税率, 旧税率/新税率/重課 columns, グリーン化特例, 減免 reasons, 納期). Legal basis and
// [要確認] items are in the file and in docs/light-vehicle-tax.md.
#pragma once

#include "shared/core/money.h"
#include "vehiclefacts.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kikan::light_vehicle_tax {

struct RateClass {
    QString code;
    QString label;
    std::optional<core::Money> flat;  // 原付・二輪・小型特殊・ミニカー
    std::optional<core::Money> old;   // 旧税率 (三輪・四輪, 初度検査 before newRateFrom)
    std::optional<core::Money> newer; // 新税率
    std::optional<core::Money> heavy; // 重課 (13年経過)
};

struct GreenLevel {
    QString code;                    // "75", "50", "25"
    QString label;
    QStringList powers;              // empty: any power
    bool fuelEconomy = false;        // the vehicle must carry this level as its 燃費基準 level
    QMap<QString, core::Money> rates; // by rate class
};

struct GreenPeriod {
    QDate acquiredFrom; // 新規検査 on or after
    QDate acquiredTo;   // on or before
    QString basis;
    QList<GreenLevel> levels;
};

struct RateTable {
    int fromFiscalYear = 0;
    int toFiscalYear = 0;
    QString basis;
    YearMonth newRateFrom;
    int heavyAfterYears = 13;
    QStringList heavyExemptPowers;
    int yearOnlyMonth = 12;
    QList<RateClass> classes;
    QList<GreenPeriod> green;

    const RateClass *rateClass(const QString &code) const;
};

struct ReductionReason {
    QString code;
    QString label;
};

// 納期: the 期別 and their 納期限 (month/day in the 年度; month 1–3 fall in the next calendar year).
struct DueDate {
    int installment = 1;
    int month = 5;
    int day = 31;
    QDate in(int fiscalYear) const { return QDate(month >= 4 ? fiscalYear : fiscalYear + 1, month, day); }
};

class RateBook
{
public:
    // Reads the rates file; throws core::Failure(light_vehicle_tax.rate_table_invalid) naming
    // what is wrong.
    static RateBook parse(const QByteArray &json);
    // The file compiled into the server (:/light_vehicle_tax/rates.json).
    static const RateBook &builtIn();

    // The table in force for a 年度; throws light_vehicle_tax.no_rate_table.
    const RateTable &forYear(int fiscalYear) const;
    const QList<ReductionReason> &reductionReasons() const { return m_reasons; }
    const ReductionReason *reductionReason(const QString &code) const;
    // The 納期 of a 年度 (one 全期 instalment by default); throws no_rate_table.
    QList<DueDate> dueDates(int fiscalYear) const;

private:
    QList<RateTable> m_tables;
    QList<ReductionReason> m_reasons;
    struct Schedule {
        int from = 0, to = 0;
        QList<DueDate> dates;
    };
    QList<Schedule> m_schedules;
};

} // namespace kikan::light_vehicle_tax
