// The Linux tools the tests check their output with (pdftoppm, pdftotext, pdfinfo, zbarimg):
// run here with QProcess; in the Windows build under wine on the Linux side by kikan-test-host
// (remotetestserver.cpp), a file named in the arguments being copied to a folder both sides see.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kikan::test {

struct ToolRun {
    QByteArray out; // standard output
    int exitCode = -1;
    bool crashed = false;
};

ToolRun runTool(const QString &program, const QStringList &arguments);

// A folder for the tools' input and output files, reachable by both sides; lives until the end
// of the test program.
QString toolDir();

} // namespace kikan::test
