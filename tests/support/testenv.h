// Paths the tests need: the source tree (for data files) and the build tree.
#pragma once

#include <QString>

namespace kikan::test {
// The source tree root (KIKAN_SOURCE_DIR, set by CTest).
QString sourceDir();
// The build tree root (KIKAN_BINARY_DIR, set by CTest).
QString binaryDir();
// A file under tests/data/.
QString testData(const QString &relative);
} // namespace kikan::test
