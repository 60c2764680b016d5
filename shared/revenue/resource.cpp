// The town's 収納 data files compiled in (resource.h).
#include "resource.h"

#include <QFile>

namespace kikan::revenue {

QByteArray revenueResource(const QString &name)
{
    QFile file(QStringLiteral(":/revenue/") + name);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("resource :/revenue/" + name.toStdString() + " is missing");
    return file.readAll();
}

} // namespace kikan::revenue
