// Antivirus for files that enter from outside (issue 15, 7; the town's specification 5-(4)-④):
// request bodies that are files — any body sent as something other than JSON (CSV imports, images),
// any body of a route that takes files (Route::maxBodyBytes), any body over 64 KiB — are streamed to
// ClamAV's clamd (Debian clamav-daemon, its unix socket, the INSTREAM command) before the handler
// runs. A hit is refused (422 antivirus.infected), the bytes are kept in <data>/quarantine/ (0600)
// and an operations.virus_found event is logged; when clamd cannot answer, the file is refused
// (503 antivirus.unavailable): fail closed. Off unless antivirus/clamd_socket is set.
#pragma once

#include "server/http/router.h"

#include <QByteArray>
#include <QString>

namespace kikan::core {
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

class AntivirusScreen : public http::BodyScreen
{
public:
    AntivirusScreen(core::ServerContext &context, Clamd clamd);
    void screen(const http::Request &request, const http::Route &route) override;
    // Whether the body is a file from outside that must be scanned (see the top of this file).
    static bool isFile(const http::Request &request, const http::Route &route);

private:
    QString quarantine(const http::Request &request) const;

    core::ServerContext &m_context;
    Clamd m_clamd;
};

// Sets the router's body screen when antivirus/clamd_socket is configured.
void installAntivirus(core::ServerContext &context, http::Router &router);

} // namespace kikan::operations
