// The data folder lock (datadirlock.h): flock(LOCK_EX | LOCK_NB) on a file that holds the pid.
#include "datadirlock.h"

#include <QDir>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace kikan::operations {

namespace {

int openLockFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        throw std::runtime_error(QStringLiteral("ロックファイル %1 を開けません: %2")
                                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)))
                                     .toStdString());
    }
    return fd;
}

qint64 readPid(int fd)
{
    char buffer[32] = {};
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    return n > 0 ? QByteArray(buffer, int(n)).trimmed().toLongLong() : 0;
}

} // namespace

QString DataDirLock::lockFile(const QString &dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("kikan-server.lock"));
}

DataDirLock::DataDirLock(const QString &dataDir)
{
    QDir().mkpath(dataDir);
    const QString path = lockFile(dataDir);
    m_fd = openLockFile(path);
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const qint64 pid = readPid(m_fd);
        ::close(m_fd);
        m_fd = -1;
        throw std::runtime_error(
            QStringLiteral("データフォルダ %1 は別の kikan-server（プロセス番号 %2）が使用中です。"
                           "同じデータで二つのサーバーは動かせません（ロックファイル %3）。")
                .arg(QDir(dataDir).absolutePath(), pid > 0 ? QString::number(pid)
                                                           : QStringLiteral("不明"),
                     path)
                .toStdString());
    }
    const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
    if (::ftruncate(m_fd, 0) != 0 || ::pwrite(m_fd, pid.constData(), size_t(pid.size()), 0) < 0) {
        ::close(m_fd);
        m_fd = -1;
        throw std::runtime_error(
            QStringLiteral("ロックファイル %1 に書き込めません。").arg(path).toStdString());
    }
}

DataDirLock::~DataDirLock()
{
    if (m_fd < 0)
        return;
    if (::ftruncate(m_fd, 0) != 0) {
        // nothing to do: the lock goes with the descriptor
    }
    ::close(m_fd);
}

qint64 DataDirLock::holder(const QString &dataDir)
{
    const QString path = lockFile(dataDir);
    if (!QFile::exists(path))
        return 0;
    const int fd = openLockFile(path);
    qint64 pid = 0;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0)
        pid = qMax<qint64>(readPid(fd), 1);
    ::close(fd); // releases the probe lock if we got it
    return pid;
}

} // namespace kikan::operations
