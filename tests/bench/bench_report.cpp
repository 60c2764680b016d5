// bench_report: prints results.json (written by the bench_* programs) as the goal table of
// issue 7 and the machine the figures come from. scripts/bench.sh runs it last.
//   bench_report [results.json]
#include "benchkit.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                            : qEnvironmentVariable("KIKAN_BENCH_RESULTS");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_report: no results file (%s)\n", qPrintable(path));
        return 1;
    }
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    std::printf("%-6s %12s %10s  %s\n", "result", "measured", "goal", "what");
    QJsonObject machine;
    for (const QString &section : {QStringLiteral("generate"), QStringLiteral("search"),
                                   QStringLiteral("certificate"), QStringLiteral("client")}) {
        const QJsonObject s = all.value(section).toObject();
        if (machine.isEmpty())
            machine = s.value(QStringLiteral("machine")).toObject();
        for (const QJsonValue &g : s.value(QStringLiteral("goals")).toArray()) {
            const QString unit = g[QStringLiteral("unit")].toString();
            const QString note = g[QStringLiteral("note")].toString();
            std::printf("%-6s %9s %-3s %7s %-3s %s%s\n",
                        qPrintable(g[QStringLiteral("result")].toString()),
                        qPrintable(kikan::bench::fmt(g[QStringLiteral("measured")].toDouble(),
                                                     2)), qPrintable(unit),
                        qPrintable(kikan::bench::fmt(g[QStringLiteral("limit")].toDouble(), 1)),
                        qPrintable(unit), qPrintable(g[QStringLiteral("name")].toString()),
                        note.isEmpty() ? "" : qPrintable(QStringLiteral(" — ") + note));
        }
    }
    std::printf("machine: %s, %d cores, %s RAM, load %s, %s build, %s\n",
                qPrintable(machine.value("cpu").toString()), machine.value("nproc").toInt(),
                qPrintable(machine.value("memTotal").toString()),
                qPrintable(machine.value("loadAverage").toString()),
                qPrintable(machine.value("build").toString()),
                qPrintable(machine.value("date").toString()));
    return 0;
}
