// The dispatcher's observer that writes three of the seven logs for every finished request:
// 通信 (communication, every request), エラー (5xx and misuse 4xx) and 操作 (every non-GET route).
// What happens when a log cannot be written is decided in docs/audit.md ("When the log cannot be
// written"): the server keeps answering, the entry goes to stderr and to a spill file.
#pragma once

#include "server/http/dispatcher.h"

#include <QMutex>
#include <QString>

namespace kikan::audit {

class AuditLog;
struct AuditEntry;

class AuditRequestObserver : public http::RequestObserver
{
public:
    // spillFile: where entries that could not be written to the store are kept (JSON lines,
    // already masked); empty for stderr only.
    AuditRequestObserver(AuditLog &log, QString spillFile);

    void requestFinished(const http::Request &request, const http::Route *route,
                         const http::Response &response, const core::Failure *error,
                         const QString &internalMessage, qint64 elapsedMs) override;

    // The entries built for one finished request, in the order they are written
    // (communication, then error, then operation). Exposed for tests.
    static QList<AuditEntry> entriesFor(const http::Request &request, const http::Route *route,
                                        const http::Response &response,
                                        const core::Failure *error,
                                        const QString &internalMessage, qint64 elapsedMs);

    // How many entries could not be written since the server started.
    int unwrittenCount() const;

private:
    void spill(const AuditEntry &entry, const QString &reason);

    AuditLog &m_log;
    QString m_spillFile;
    mutable QMutex m_spillMutex;
    int m_unwritten = 0;
};

// The spill file under a data folder: <dataDir>/audit-unwritten.jsonl.
QString spillFilePath(const QString &dataDir);

} // namespace kikan::audit
