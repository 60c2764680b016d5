// The one middleware chain every request passes: match → authenticate → authorise → body screen
// (antivirus) → handler → observe (communication/error logs). Errors become RFC 9457 problem+json
// here and nowhere else.
#pragma once

#include "apierror.h"
#include "router.h"

#include <optional>

namespace kikan::http {

// Resolves a request's credentials (the bearer token) to a principal.
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    // nullopt when the request carries no credentials; throws ApiError (auth.unauthenticated or
    // auth.session_expired) when it carries bad or expired ones.
    virtual std::optional<Principal> authenticate(const Request &request) = 0;
};

// Told about every finished request (the audit module writes the communication and error logs).
class RequestObserver
{
public:
    virtual ~RequestObserver() = default;
    // route is null when no route matched; error is set when the response is a problem.
    virtual void requestFinished(const Request &request, const Route *route,
                                 const Response &response, const ApiError *error,
                                 const QString &internalMessage, qint64 elapsedMs) = 0;
};

class Dispatcher
{
public:
    Dispatcher(const Router &router, Authenticator *authenticator, RequestObserver *observer);

    Response dispatch(Request &request) const;
    // How many body bytes to read for this request (its method, path and headers known): the
    // route's own larger limit when the request is authorised for that route, else serverLimit.
    qint64 bodyLimit(const Request &request, qint64 serverLimit) const;
    // Refuses a request before routing (body too large, timeout): problem response, still observed.
    Response refuse(Request &request, const ApiError &error) const;

    // The problem+json document for an error (RFC 9457).
    static Response problem(const ApiError &error, const Request &request);

private:
    void authorise(Request &request, const Route &route) const;

    const Router &m_router;
    Authenticator *m_authenticator;
    RequestObserver *m_observer;
};

} // namespace kikan::http
