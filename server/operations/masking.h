// The masking of personal data for the test environment (testenv.h lists what is masked and why),
// run on an open copy inside one transaction, and the check of a masked copy against its source.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace kikan::operations {

struct MaskCounts {
    int people = 0;
    int households = 0;
    int notes = 0;
};

MaskCounts maskPersonalData(QSqlDatabase db, quint64 seed);

// What of the source's personal data the masked copy still holds (the source attached as "src"):
// one Japanese line per finding; empty when nothing remains.
QStringList leftoverPersonalData(QSqlDatabase masked, const QString &sourceFile);

} // namespace kikan::operations
