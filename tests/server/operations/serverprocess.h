// The real kikan-server executable on a data folder of its own, for the operations tests: a
// configuration file, `init`, `serve` as a child process, and one-shot commands.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace kikan::test {

struct CommandRun {
    int code = -1;
    QString out;
    QString err;
};

class ServerFolder
{
public:
    // A folder with TLS material and a configuration (port 0 unless given, `threads` workers,
    // extra "[section]\nkey=value" text after the [store] section); runs `init`.
    explicit ServerFolder(int port = 0, int threads = 8, const QString &extraSettings = {});

    QString path() const { return m_dir.path(); }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString configFile() const { return m_dir.path() + QStringLiteral("/kikan-server.conf"); }
    QString caFile() const { return dataDir() + QStringLiteral("/tls/ca.crt"); }
    void writeConfig(int port, int threads, const QString &extraSettings);

    // `kikan-server <args> --config <this folder's file>`, waiting for it to end.
    CommandRun run(QStringList args, const QByteArray &stdinText = {}) const;

private:
    QTemporaryDir m_dir;
};

// `kikan-server serve` running in the background.
class ServeProcess
{
public:
    explicit ServeProcess(const QString &configFile);
    ~ServeProcess();

    // Waits until it listens (true, port() known) or exits (false).
    bool waitUntilListening(int timeoutMs = 60000);
    // Waits for the process to exit; its exit code, -1 on timeout.
    int waitForExit(int timeoutMs = 30000);
    void terminate(); // SIGTERM and wait
    void kill();      // SIGKILL and wait
    qint64 pid() const { return m_process.processId(); }
    int port() const { return m_port; }
    QString output() const { return m_output; }

private:
    void drain();

    QProcess m_process;
    QString m_output;
    int m_port = 0;
};

QString kikanServerBinary();

} // namespace kikan::test
