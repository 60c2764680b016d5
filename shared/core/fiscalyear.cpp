// 年度 (see fiscalyear.h for the rules and their source).
#include "shared/core/fiscalyear.h"

#include "shared/core/era.h"
#include "shared/core/wareki.h"

namespace kikan::core {

FiscalYear FiscalYear::containing(QDate date)
{
    Q_ASSERT(date.isValid());
    return FiscalYear(date.month() >= 4 ? date.year() : date.year() - 1);
}

QString FiscalYear::label() const
{
    const Era *era = nullptr;
    for (const Era &e : eras()) {
        if (e.start.year() <= m_year)
            era = &e;
    }
    if (!era)
        return QStringLiteral("%1年度").arg(m_year);
    return eraYearLabel(*era, m_year - era->start.year() + 1) + u'度';
}

} // namespace kikan::core
