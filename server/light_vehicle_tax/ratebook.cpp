// Reading resources/light_vehicle_tax/rates.json into RateBook (ratebook.h). Every malformed entry
// stops the read with a message naming it: a wrong rate must never be assessed quietly.
#include "ratebook.h"

#include "server/core/failure.h"
#include "shared/api/light_vehicle_tax/errors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::light_vehicle_tax {

std::optional<YearMonth> YearMonth::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    bool okYear = false, okMonth = true;
    YearMonth ym;
    ym.year = parts.value(0).toInt(&okYear);
    if (parts.size() == 2)
        ym.month = parts[1].toInt(&okMonth);
    if (!okYear || !okMonth || parts.size() > 2 || ym.year < 1900 || ym.year > 9999
        || (parts.size() == 2 && (ym.month < 1 || ym.month > 12)))
        return std::nullopt;
    return ym;
}

QString YearMonth::toString() const
{
    if (isNull())
        return {};
    if (month == 0)
        return QString::number(year);
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

const RateClass *RateTable::rateClass(const QString &code) const
{
    for (const RateClass &c : classes) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

namespace {
[[noreturn]] void invalid(const QString &what)
{
    throw core::Failure(api::err::LightVehicleRateTableInvalid,
                        QStringLiteral("税率表: %1").arg(what));
}

std::optional<core::Money> yen(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
        invalid(QStringLiteral("%1 の %2 が金額ではありません").arg(where, QLatin1String(key)));
    return core::Money::ofYen(v.toInteger());
}

int year(const QJsonObject &o, const char *key, const QString &where)
{
    const int y = o.value(QLatin1String(key)).toInt();
    if (y < 1900)
        invalid(QStringLiteral("%1 の %2 がありません").arg(where, QLatin1String(key)));
    return y;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

RateClass readClass(const QJsonObject &o, const QString &where)
{
    RateClass c{o.value(QLatin1String("code")).toString(), o.value(QLatin1String("label")).toString(),
                yen(o, "flat", where), yen(o, "old", where), yen(o, "new", where),
                yen(o, "heavy", where)};
    if (c.code.isEmpty())
        invalid(QStringLiteral("%1 に code がありません").arg(where));
    if (!c.flat && !(c.old && c.newer && c.heavy))
        invalid(QStringLiteral("%1 (%2) には flat か old/new/heavy の税率が必要です").arg(where, c.code));
    return c;
}

GreenPeriod readGreen(const QJsonObject &o, const QString &where)
{
    GreenPeriod p;
    p.acquiredFrom = QDate::fromString(o.value(QLatin1String("acquiredFrom")).toString(), Qt::ISODate);
    p.acquiredTo = QDate::fromString(o.value(QLatin1String("acquiredTo")).toString(), Qt::ISODate);
    p.basis = o.value(QLatin1String("basis")).toString();
    if (!p.acquiredFrom.isValid() || !p.acquiredTo.isValid() || p.acquiredTo < p.acquiredFrom)
        invalid(QStringLiteral("%1 の取得期間が日付ではありません").arg(where));
    for (const QJsonValue &lv : o.value(QLatin1String("levels")).toArray()) {
        const QJsonObject l = lv.toObject();
        GreenLevel level{l.value(QLatin1String("code")).toString(),
                         l.value(QLatin1String("label")).toString(),
                         strings(l.value(QLatin1String("powers"))),
                         l.value(QLatin1String("fuelEconomy")).toBool(), {}};
        const QJsonObject rates = l.value(QLatin1String("rates")).toObject();
        for (auto it = rates.begin(); it != rates.end(); ++it)
            level.rates.insert(it.key(), *yen(rates, it.key().toUtf8().constData(), where));
        p.levels.append(level);
    }
    return p;
}

RateTable readTable(const QJsonObject &o, int index)
{
    const QString where = QStringLiteral("tables[%1]").arg(index);
    RateTable t;
    t.fromFiscalYear = year(o, "fromFiscalYear", where);
    t.toFiscalYear = year(o, "toFiscalYear", where);
    t.basis = o.value(QLatin1String("basis")).toString();
    const auto from = YearMonth::parse(o.value(QLatin1String("newRateFrom")).toString());
    if (!from || from->yearOnly())
        invalid(QStringLiteral("%1 の newRateFrom が年月ではありません").arg(where));
    t.newRateFrom = *from;
    t.heavyAfterYears = o.value(QLatin1String("heavyAfterYears")).toInt(13);
    t.heavyExemptPowers = strings(o.value(QLatin1String("heavyExemptPowers")));
    t.yearOnlyMonth = o.value(QLatin1String("yearOnlyMonth")).toInt(12);
    if (t.yearOnlyMonth < 1 || t.yearOnlyMonth > 12)
        invalid(QStringLiteral("%1 の yearOnlyMonth が月ではありません").arg(where));
    const QJsonArray classes = o.value(QLatin1String("classes")).toArray();
    for (int i = 0; i < classes.size(); ++i)
        t.classes.append(readClass(classes[i].toObject(), where + QStringLiteral(".classes[%1]").arg(i)));
    for (const QJsonValue &g : o.value(QLatin1String("green")).toArray())
        t.green.append(readGreen(g.toObject(), where + QStringLiteral(".green")));
    return t;
}
} // namespace

RateBook RateBook::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        invalid(QStringLiteral("JSON として読めません (%1)").arg(error.errorString()));
    RateBook book;
    const QJsonArray tables = root.value(QLatin1String("tables")).toArray();
    for (int i = 0; i < tables.size(); ++i)
        book.m_tables.append(readTable(tables[i].toObject(), i));
    if (book.m_tables.isEmpty())
        invalid(QStringLiteral("tables がありません"));
    for (const QJsonValue &r : root.value(QLatin1String("reductionReasons")).toArray()) {
        book.m_reasons.append({r[QLatin1String("code")].toString(),
                               r[QLatin1String("label")].toString()});
    }
    for (const QJsonValue &s : root.value(QLatin1String("installments")).toArray()) {
        Schedule schedule{year(s.toObject(), "fromFiscalYear", QStringLiteral("installments")),
                          year(s.toObject(), "toFiscalYear", QStringLiteral("installments")), {}};
        for (const QJsonValue &d : s[QLatin1String("dueDates")].toArray()) {
            schedule.dates.append({d[QLatin1String("installment")].toInt(1),
                                   d[QLatin1String("month")].toInt(), d[QLatin1String("day")].toInt()});
            if (!schedule.dates.last().in(2024).isValid())
                invalid(QStringLiteral("installments の納期限が日付ではありません"));
        }
        book.m_schedules.append(schedule);
    }
    return book;
}

const RateBook &RateBook::builtIn()
{
    static const RateBook book = [] {
        QFile file(QStringLiteral(":/light_vehicle_tax/rates.json"));
        if (!file.open(QIODevice::ReadOnly))
            invalid(QStringLiteral(":/light_vehicle_tax/rates.json が開けません"));
        return parse(file.readAll());
    }();
    return book;
}

const RateTable &RateBook::forYear(int fiscalYear) const
{
    for (const RateTable &t : m_tables) {
        if (fiscalYear >= t.fromFiscalYear && fiscalYear <= t.toFiscalYear)
            return t;
    }
    throw core::Failure(api::err::LightVehicleNoRateTable,
                        QStringLiteral("%1年度の税率表がありません。").arg(fiscalYear));
}

const ReductionReason *RateBook::reductionReason(const QString &code) const
{
    for (const ReductionReason &r : m_reasons) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

QList<DueDate> RateBook::dueDates(int fiscalYear) const
{
    for (const Schedule &s : m_schedules) {
        if (fiscalYear >= s.from && fiscalYear <= s.to)
            return s.dates;
    }
    throw core::Failure(api::err::LightVehicleNoRateTable,
                        QStringLiteral("%1年度の納期がありません。").arg(fiscalYear));
}

} // namespace kikan::light_vehicle_tax
