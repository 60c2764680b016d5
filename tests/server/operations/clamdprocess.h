// A real clamd (Debian clamav-daemon) for the antivirus test, started and stopped by the test: its
// own folder, unix socket and signature database. The official databases need network access to
// database.clamav.net (freshclam), which the test machines lack, and clamd will not start without
// any signatures; so the database is one local hash signature (.hdb: md5:size:name) of the EICAR
// test file (docs/operations.md, "Antivirus").
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace kikan::test {

// The 68-byte EICAR anti-virus test file (https://www.eicar.org/download-anti-malware-testfile/).
QByteArray eicar();

class ClamdProcess
{
public:
    ClamdProcess();
    ~ClamdProcess();
    bool waitUntilReady(int timeoutMs = 60000);
    void stop();
    QString socketPath() const { return m_dir.path() + QStringLiteral("/clamd.sock"); }
    QString log(); // its output and log file

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace kikan::test
