// tools.h on Linux: the tools run here.
#include "tools.h"

#include <QProcess>
#include <QTemporaryDir>

namespace kikan::test {

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.readAllStandardOutput(), process.exitCode(),
            process.exitStatus() != QProcess::NormalExit};
}

QString toolDir()
{
    static QTemporaryDir dir;
    return dir.path();
}

} // namespace kikan::test
