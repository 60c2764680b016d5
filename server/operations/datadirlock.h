// One server per data folder (issue 15, 1): `kikan-server serve` and `restore` hold an exclusive
// flock(2) on <data>/kikan-server.lock, which holds the holder's process id. The kernel releases
// the lock when the process ends, however it ends (kill -9 too), so a stale file never blocks.
#pragma once

#include <QString>

namespace kikan::operations {

class DataDirLock
{
public:
    // Takes the lock or throws std::runtime_error with a Japanese message naming the process id
    // of the server that holds it.
    explicit DataDirLock(const QString &dataDir);
    ~DataDirLock();
    DataDirLock(const DataDirLock &) = delete;
    DataDirLock &operator=(const DataDirLock &) = delete;

    // The process that holds the lock on dataDir; 0 when nobody does.
    static qint64 holder(const QString &dataDir);
    static QString lockFile(const QString &dataDir);

private:
    int m_fd = -1;
};

} // namespace kikan::operations
