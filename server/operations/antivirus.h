// Antivirus for files that enter from outside (issue 15, 7; the town's specification 5-(4)-④):
// request bodies that are files — any body sent as something other than JSON (CSV imports, images),
// any body of a route that takes files (Route::maxBodyBytes), any body over 64 KiB — are streamed to
// ClamAV's clamd (Debian clamav-daemon, its unix socket, the INSTREAM command) before the handler
// runs. A hit is refused (422 antivirus.infected), the bytes are kept in <data>/quarantine/ (0600)
// and an operations.virus_found event is logged; when clamd cannot answer, the file is refused
// (503 antivirus.unavailable): fail closed. Off unless antivirus/clamd_socket is set.
// Which bodies are files, and the hook into the router, are HTTP: antivirusroutes.h.
#pragma once

#include <QByteArray>
#include <QString>

namespace kikan::core {
struct Actor;
struct ServerContext;
}

namespace kikan::operations {

struct ScanVerdict {
    enum class Kind { Clean, Infected, Unavailable };
    Kind kind = Kind::Unavailable;
    QString signature; // Infected: what clamd found ("Win.Test.EICAR_HDB-1")
    QString message;   // Unavailable: why
};

// A client of clamd's INSTREAM command on a unix socket.
class Clamd
{
public:
    explicit Clamd(QString socketPath, int timeoutSeconds = 60);
    ScanVerdict scan(const QByteArray &data) const;

private:
    QString m_socket;
    int m_timeoutSeconds;
};

// A file that entered from outside: its bytes and where it came with (for the quarantine's name
// and the event).
struct IncomingFile {
    QByteArray bytes;
    QString requestId;
    QString path;
};

class Antivirus
{
public:
    Antivirus(core::ServerContext &context, Clamd clamd);
    // Returns when the file is clean; else quarantines and logs a hit and throws core::Failure
    // (antivirus.infected), or throws antivirus.unavailable when clamd cannot answer.
    void check(const IncomingFile &file, const core::Actor &actor) const;

private:
    QString quarantine(const IncomingFile &file) const;

    core::ServerContext &m_context;
    Clamd m_clamd;
};

} // namespace kikan::operations
