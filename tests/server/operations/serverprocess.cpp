// The kikan-server executable in the operations tests (serverprocess.h).
#include "serverprocess.h"

#include "tests/support/testenv.h"
#include "tests/support/testserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>

namespace kikan::test {

QString kikanServerBinary()
{
    return binaryDir() + QStringLiteral("/server/kikan-server");
}

ServerFolder::ServerFolder(int port, int threads, const QString &extraSettings)
{
    makeTlsMaterial(dataDir() + QStringLiteral("/tls"));
    writeConfig(port, threads, extraSettings);
    run({QStringLiteral("init")});
}

void ServerFolder::writeConfig(int port, int threads, const QString &extraSettings)
{
    QFile file(configFile());
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QStringLiteral("[server]\ndata_dir=data\nport=%1\nthreads=%2\n[store]\ndriver=sqlite\n%3")
                   .arg(port)
                   .arg(threads)
                   .arg(extraSettings)
                   .toUtf8());
}

CommandRun ServerFolder::run(QStringList args, const QByteArray &stdinText) const
{
    QProcess p;
    args << QStringLiteral("--config") << configFile();
    p.start(kikanServerBinary(), args);
    p.write(stdinText);
    p.closeWriteChannel();
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

ServeProcess::ServeProcess(const QString &configFile)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(kikanServerBinary(),
                    {QStringLiteral("serve"), QStringLiteral("--config"), configFile});
    m_process.waitForStarted();
}

ServeProcess::~ServeProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        terminate();
}

void ServeProcess::drain()
{
    m_output += QString::fromUtf8(m_process.readAll());
}

bool ServeProcess::waitUntilListening(int timeoutMs)
{
    static const QRegularExpression listening(QStringLiteral(":(\\d+)/api/v1/ で待ち受けています"));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        drain();
        const QRegularExpressionMatch m = listening.match(m_output);
        if (m.hasMatch()) {
            m_port = m.captured(1).toInt();
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

int ServeProcess::waitForExit(int timeoutMs)
{
    const bool ended = m_process.state() == QProcess::NotRunning
                       || m_process.waitForFinished(timeoutMs);
    drain();
    return ended ? m_process.exitCode() : -1;
}

void ServeProcess::terminate()
{
    m_process.terminate();
    waitForExit(60000);
}

void ServeProcess::kill()
{
    m_process.kill();
    waitForExit(60000);
}

} // namespace kikan::test
