#include "testenv.h"

#include <QDir>

namespace kikan::test {

QString sourceDir()
{
    return qEnvironmentVariable("KIKAN_SOURCE_DIR", QStringLiteral(KIKAN_SOURCE_DIR_FALLBACK));
}

QString binaryDir()
{
    return qEnvironmentVariable("KIKAN_BINARY_DIR", QDir::currentPath());
}

QString testData(const QString &relative)
{
    return sourceDir() + QStringLiteral("/tests/data/") + relative;
}

} // namespace kikan::test
