// Shared pieces of the benchmarks (issue 7; docs/performance.md): latency percentiles, the
// machine the figures come from, process memory from /proc, goal lines (PASS/FAIL, never a
// failing exit) and results.json, which scripts/bench.sh prints as the table.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace kikan::bench {

// Latencies in milliseconds.
struct Latencies {
    std::vector<double> ms;
    void append(const Latencies &other) { ms.insert(ms.end(), other.ms.begin(), other.ms.end()); }
    double percentile(double p); // sorts; nearest-rank
    QJsonObject summary(double seconds); // count, p50, p90, p99, max, perSecond
};

// Command line: positional numbers and --name [value] options.
struct Args {
    Args(int argc, char **argv);
    bool flag(const QString &name) const { return m_args.contains(name); }
    int intOption(const QString &name, int fallback) const;
    QList<int> numbers() const; // positional integers (sizes)
    // Town sizes: the positional numbers, else 16,000 and 100,000; --full adds 1,000,000.
    QList<int> townSizes() const;
private:
    QStringList m_args;
};

QJsonObject machine();         // cpu, nproc, memory, load average, kernel, date, build type
QString loadAverage();         // "1.02 0.88 0.75" (/proc/loadavg): printed with every figure
qint64 procStatusKb(const char *field); // "VmRSS", "VmHWM" of this process, in kB
void resetPeakRss();           // malloc_trim, then VmHWM := VmRSS (/proc/self/clear_refs 5)

struct Goal {
    QString name;      // "search p99 at 1,000,000 residents, 50 sessions"
    double measured = 0;
    double limit = 0;  // measured <= limit passes
    QString unit;
    QString note;      // what was measured instead, when it differs from the goal
    bool pass() const { return measured <= limit; }
};
void printGoal(const Goal &goal);

// Merges {figures, goals, machine, date} under `section` into results.json
// (KIKAN_BENCH_RESULTS overrides the build tree's bench/results.json) and prints the goals.
void record(const QString &section, const QJsonObject &figures, const QList<Goal> &goals);

QString fmt(double value, int decimals = 1);

} // namespace kikan::bench
