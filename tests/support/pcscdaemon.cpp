// PcscDaemon: pcscd's life cycle for tests, as measured on Debian 12 in shared/reference/PCSC.md
// (readers appear 10–30 ms after start; a stale pcscd.comm or pid file makes a new pcscd refuse).
#include "pcscdaemon.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <winscard.h>

#include <vector>

namespace kikan::test {

namespace {

const QString RunDir = QStringLiteral("/run/pcscd");

// The state letter of /proc/PID/stat ("PID (comm) S …"), or 0 when the process is gone.
char processState(qint64 pid, QByteArray *name = nullptr)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const int open = line.indexOf('(');
    const int close = line.lastIndexOf(')');
    if (open < 0 || close < open || close + 2 >= line.size())
        return 0;
    if (name)
        *name = line.mid(open + 1, close - open - 1);
    return line.at(close + 2);
}

} // namespace

PcscDaemon::PcscDaemon() = default;

PcscDaemon::~PcscDaemon()
{
    stop();
}

qint64 PcscDaemon::livePid()
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QByteArray name;
        const char state = processState(pid, &name);
        if (name == "pcscd" && state != 0 && state != 'Z' && state != 'X')
            return pid;
    }
    return 0;
}

QStringList PcscDaemon::readers()
{
    QStringList names;
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) != SCARD_S_SUCCESS)
        return names;
    DWORD length = 0;
    if (SCardListReaders(context, nullptr, nullptr, &length) == SCARD_S_SUCCESS) {
        std::vector<char> buffer(length + 1, '\0');
        if (SCardListReaders(context, nullptr, buffer.data(), &length) == SCARD_S_SUCCESS) {
            for (const char *p = buffer.data(); *p != '\0'; p += qstrlen(p) + 1)
                names << QString::fromUtf8(p);
        }
    }
    SCardReleaseContext(context);
    return names;
}

bool PcscDaemon::waitForCard(const QString &reader, bool present, int timeoutMs)
{
    SCARDCONTEXT context = 0;
    if (SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context) != SCARD_S_SUCCESS)
        return false;
    const QByteArray name = reader.toUtf8();
    SCARD_READERSTATE state{};
    state.szReader = name.constData();
    state.dwCurrentState = SCARD_STATE_UNAWARE;
    QDeadlineTimer deadline(timeoutMs);
    bool reached = false;
    while (!deadline.hasExpired()) {
        const DWORD wait = DWORD(qMax<qint64>(1, deadline.remainingTime()));
        const LONG rc = SCardGetStatusChange(context, wait, &state, 1);
        if (rc != SCARD_S_SUCCESS)
            break;
        state.dwCurrentState = state.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
        if (bool(state.dwEventState & SCARD_STATE_PRESENT) == present) {
            reached = true;
            break;
        }
    }
    SCardReleaseContext(context);
    return reached;
}

bool PcscDaemon::ensureRunning(int timeoutMs, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why + QStringLiteral("\n--- pcscd log ---\n") + logTail();
        return false;
    };
    if (!startedHere() && livePid() == 0) {
        // A crashed or killed daemon leaves its socket and pid file; pcscd then refuses to start.
        QFile::remove(RunDir + QStringLiteral("/pcscd.comm"));
        QFile::remove(RunDir + QStringLiteral("/pcscd.pid"));
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral("pcscd"));
        m_process->setArguments({QStringLiteral("-f"), QStringLiteral("-a")});
        m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("pcscd.log")));
        m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("pcscd.log")),
                                        QIODevice::Append);
        m_process->start();
        if (!m_process->waitForStarted(10000)) {
            const QString why = m_process->errorString();
            m_process.reset();
            return fail(QStringLiteral("pcscd did not start: ") + why);
        }
    }
    // Poll the reader list until both virtual readers exist (they appear within ~30 ms).
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QStringList names = readers();
        if (names.contains(QLatin1String(Reader0)) && names.contains(QLatin1String(Reader1)))
            return true;
        if (startedHere() && m_process->state() == QProcess::NotRunning)
            return fail(QStringLiteral("pcscd exited (code %1)").arg(m_process->exitCode()));
        if (deadline.hasExpired()) {
            return fail(QStringLiteral("no Virtual PCD readers after %1 ms (readers: %2); is "
                                       "vsmartcard-vpcd installed?")
                            .arg(timeoutMs).arg(names.join(QStringLiteral(", "))));
        }
        QThread::msleep(20);
    }
}

void PcscDaemon::stop()
{
    if (!m_process)
        return;
    m_process->terminate(); // SIGTERM: pcscd removes its socket and pid file itself
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        QFile::remove(RunDir + QStringLiteral("/pcscd.comm"));
        QFile::remove(RunDir + QStringLiteral("/pcscd.pid"));
    }
    m_process.reset();
}

QString PcscDaemon::logTail() const
{
    QFile log(m_dir.filePath(QStringLiteral("pcscd.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log: the daemon was not started by the test)");
    const QByteArray text = log.readAll();
    return QString::fromLocal8Bit(text.right(4000));
}

} // namespace kikan::test
