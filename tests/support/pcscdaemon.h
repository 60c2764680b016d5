// The PC/SC daemon for card tests: uses a live pcscd or starts `pcscd -f -a` itself (cleaning the
// stale /run/pcscd files a crashed one leaves), waits for vpcd's two "Virtual PCD" readers, and
// stops only a daemon it started. Facts and pitfalls: shared/reference/PCSC.md.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace kikan::test {

class PcscDaemon
{
public:
    static constexpr const char *Reader0 = "Virtual PCD 00 00";
    static constexpr const char *Reader1 = "Virtual PCD 00 01";

    PcscDaemon();
    ~PcscDaemon(); // stop()

    // Makes sure a pcscd with both Virtual PCD readers answers; starts one when none is alive.
    // False with *error set (including the tail of the daemon's log) when that fails.
    bool ensureRunning(int timeoutMs = 30000, QString *error = nullptr);
    // Stops the daemon if this object started it (SIGTERM, then SIGKILL and file clean-up).
    void stop();
    bool startedHere() const { return m_process != nullptr; }

    // The readers pcsc-lite lists now (empty when the service does not answer).
    static QStringList readers();
    // Waits with SCardGetStatusChange until a card is (present) or is not (!present) on reader.
    static bool waitForCard(const QString &reader, bool present, int timeoutMs = 20000);
    // A pcscd process that is alive (not a zombie), judged from /proc/PID/stat; 0 when none.
    static qint64 livePid();

private:
    QString logTail() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

} // namespace kikan::test
