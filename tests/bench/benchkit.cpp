// Benchmark helpers (benchkit.h).
#include "benchkit.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <malloc.h>

namespace kikan::bench {

double Latencies::percentile(double p)
{
    if (ms.empty())
        return 0;
    std::sort(ms.begin(), ms.end());
    const size_t rank = size_t(std::max(0.0, p / 100.0 * double(ms.size()) - 1e-9));
    return ms[std::min(rank, ms.size() - 1)];
}

QJsonObject Latencies::summary(double seconds)
{
    return {{QStringLiteral("count"), qint64(ms.size())},
            {QStringLiteral("p50Ms"), percentile(50)},
            {QStringLiteral("p90Ms"), percentile(90)},
            {QStringLiteral("p99Ms"), percentile(99)},
            {QStringLiteral("maxMs"), percentile(100)},
            {QStringLiteral("perSecond"), seconds > 0 ? double(ms.size()) / seconds : 0}};
}

Args::Args(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        m_args << QString::fromLocal8Bit(argv[i]);
}

int Args::intOption(const QString &name, int fallback) const
{
    const qsizetype i = m_args.indexOf(name);
    bool ok = false;
    const int v = i >= 0 ? m_args.value(i + 1).toInt(&ok) : 0;
    return ok ? v : fallback;
}

QList<int> Args::numbers() const
{
    QList<int> out;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        bool ok = false;
        const int v = m_args.at(i).toInt(&ok);
        // A number after an option that takes a value is that value (--sessions 50); after a
        // switch (--postgres 100000) it is a town size.
        static const QStringList switches{QStringLiteral("--full"), QStringLiteral("--postgres"),
                                          QStringLiteral("--no-sqlite")};
        const QString before = i > 0 ? m_args.at(i - 1) : QString();
        if (ok && (!before.startsWith(QLatin1String("--")) || switches.contains(before)))
            out << v;
    }
    return out;
}

QList<int> Args::townSizes() const
{
    QList<int> sizes = numbers();
    if (sizes.isEmpty())
        sizes = {16000, 100000};
    if (flag(QStringLiteral("--full")) && !sizes.contains(1000000))
        sizes << 1000000;
    return sizes;
}

namespace {
QString firstLine(const QString &file, const QString &prefix)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix.toLatin1()))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
    }
    return {};
}
} // namespace

QString loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    load.open(QIODevice::ReadOnly);
    return QString::fromLatin1(load.readAll()).section(' ', 0, 2);
}

QJsonObject machine()
{
    return {{QStringLiteral("cpu"), firstLine(QStringLiteral("/proc/cpuinfo"),
                                             QStringLiteral("model name"))},
            {QStringLiteral("nproc"), QThread::idealThreadCount()},
            {QStringLiteral("memTotal"), firstLine(QStringLiteral("/proc/meminfo"),
                                                   QStringLiteral("MemTotal"))},
            {QStringLiteral("loadAverage"), loadAverage()},
            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
#ifdef NDEBUG
            {QStringLiteral("build"), QStringLiteral("Release")},
#else
            {QStringLiteral("build"), QStringLiteral("Debug (figures not representative)")},
#endif
            {QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate)}};
}

qint64 procStatusKb(const char *field)
{
    return firstLine(QStringLiteral("/proc/self/status"), QString::fromLatin1(field))
        .section(' ', 0, 0).toLongLong();
}

void resetPeakRss()
{
    malloc_trim(0);
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

QString fmt(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void printGoal(const Goal &g)
{
    std::printf("%s  %s: %s %s (goal <= %s)%s\n", g.pass() ? "PASS" : "FAIL",
                qPrintable(g.name), qPrintable(fmt(g.measured, 2)), qPrintable(g.unit),
                qPrintable(fmt(g.limit, 2)),
                g.note.isEmpty() ? "" : qPrintable(QStringLiteral(" — ") + g.note));
    std::fflush(stdout);
}

void record(const QString &section, const QJsonObject &figures, const QList<Goal> &goals)
{
    QString path = qEnvironmentVariable("KIKAN_BENCH_RESULTS");
    if (path.isEmpty())
        path = QStringLiteral(KIKAN_BENCH_RESULTS);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QJsonObject all;
    if (file.open(QIODevice::ReadOnly))
        all = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray goalArray;
    for (const Goal &g : goals) {
        printGoal(g);
        goalArray.append(QJsonObject{{QStringLiteral("name"), g.name},
                                     {QStringLiteral("measured"), g.measured},
                                     {QStringLiteral("limit"), g.limit},
                                     {QStringLiteral("unit"), g.unit},
                                     {QStringLiteral("note"), g.note},
                                     {QStringLiteral("result"), g.pass() ? "PASS" : "FAIL"}});
    }
    all.insert(section, QJsonObject{{QStringLiteral("figures"), figures},
                                    {QStringLiteral("goals"), goalArray},
                                    {QStringLiteral("machine"), machine()}});
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return;
    }
    file.write(QJsonDocument(all).toJson());
    std::printf("results: %s [%s]\n", qPrintable(path), qPrintable(section));
}

} // namespace kikan::bench
