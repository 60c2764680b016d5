// An error as the client shows it to staff: either the server could not be reached (network, TLS,
// timeout) or the server answered with an RFC 9457 problem+json document (code + Japanese title).
#pragma once

#include <QJsonObject>
#include <QString>

namespace kikan::client {

struct ApiError {
    enum class Kind {
        None,        // no error
        Unreachable, // connection refused, host not found, connection lost
        Timeout,     // no answer in time
        Tls,         // the server's certificate is not signed by the town's CA, or TLS failed
        Api,         // the server answered with a problem document
        Protocol,    // the answer was not what the API promises (not JSON …)
    };
    Kind kind = Kind::None;
    int status = 0;     // HTTP status (Api, Protocol)
    QString code;       // e.g. "auth.session_expired" (Api)
    QString title;      // Japanese, for staff
    QString detail;     // optional, Japanese
    QString requestId;  // for the help desk
    QJsonObject fields; // field → message, for validation errors
    QString technical;  // the network layer's own words (English), for the help desk

    bool isError() const { return kind != Kind::None; }
    bool isUnreachable() const
    {
        return kind == Kind::Unreachable || kind == Kind::Timeout || kind == Kind::Tls;
    }
    // title and detail on separate lines, as shown in message boxes.
    QString message() const;

    // Builds the error from a problem+json body; falls back to the shared catalogue's title.
    static ApiError fromProblem(int status, const QByteArray &body);
};

} // namespace kikan::client
