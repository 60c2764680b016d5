// A clamd for the antivirus test (clamdprocess.h).
#include "clamdprocess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <unistd.h>

namespace kikan::test {

QByteArray eicar()
{
    // Written in two halves so that no scanner flags this source file itself.
    return QByteArray("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-")
           + QByteArray("ANTIVIRUS-TEST-FILE!$H+H*");
}

namespace {
void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
}
} // namespace

ClamdProcess::ClamdProcess()
{
    const QString dir = m_dir.path();
    QDir().mkpath(dir + QStringLiteral("/db"));
    const QByteArray md5 = QCryptographicHash::hash(eicar(), QCryptographicHash::Md5).toHex();
    writeFile(dir + QStringLiteral("/db/kikan-test.hdb"),
              md5 + ':' + QByteArray::number(eicar().size()) + ":Kikan.Test.EICAR\n");
    QByteArray config = "Foreground yes\nLocalSocket " + QFile::encodeName(socketPath())
                        + "\nDatabaseDirectory " + QFile::encodeName(dir) + "/db\nLogFile "
                        + QFile::encodeName(dir) + "/clamd.log\n";
    if (::geteuid() == 0)
        config += "User root\n"; // else clamd switches to the clamav user
    writeFile(dir + QStringLiteral("/clamd.conf"), config);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("clamd"),
                    {QStringLiteral("--config-file=") + dir + QStringLiteral("/clamd.conf")});
}

ClamdProcess::~ClamdProcess()
{
    stop();
}

bool ClamdProcess::waitUntilReady(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    m_process.waitForStarted();
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
        if (QFileInfo(socketPath()).exists())
            return true;
        QThread::msleep(50);
    }
    return false;
}

void ClamdProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

QString ClamdProcess::log()
{
    QFile file(m_dir.path() + QStringLiteral("/clamd.log"));
    const QByteArray logged = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return QString::fromUtf8(m_process.readAll() + logged) + m_process.errorString();
}

} // namespace kikan::test
