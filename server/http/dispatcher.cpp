#include "dispatcher.h"

#include "shared/api/errorcode.h"

#include <QElapsedTimer>

namespace kikan::http {

Dispatcher::Dispatcher(const Router &router, Authenticator *authenticator,
                       RequestObserver *observer)
    : m_router(router), m_authenticator(authenticator), m_observer(observer)
{
}

Response Dispatcher::dispatch(Request &request) const
{
    QElapsedTimer timer;
    timer.start();
    const Route *route = nullptr;
    Response response;
    std::optional<ApiError> failure;
    QString internalMessage;
    try {
        QHash<QString, QString> params;
        switch (m_router.match(request.method, request.path, &route, &params)) {
        case Router::Match::NotFound:
            throw ApiError(api::err::NotFound);
        case Router::Match::MethodNotAllowed:
            throw ApiError(api::err::MethodNotAllowed);
        case Router::Match::Found:
            break;
        }
        request.pathParams = params;
        authorise(request, *route);
        if (BodyScreen *screen = m_router.bodyScreen(); screen && !request.body.isEmpty())
            screen->screen(request, *route);
        request.handlerRan = true;
        ChangeJournal *journal = m_router.changeJournal();
        response = journal ? journal->run(request, *route) : route->handler(request);
    } catch (const ApiError &error) {
        failure = error;
    } catch (const std::exception &e) {
        internalMessage = QString::fromUtf8(e.what());
        failure = ApiError(api::err::Internal);
    } catch (...) {
        internalMessage = QStringLiteral("unknown exception");
        failure = ApiError(api::err::Internal);
    }
    if (failure)
        response = problem(*failure, request);
    if (m_observer) {
        m_observer->requestFinished(request, route, response, failure ? &*failure : nullptr,
                                    internalMessage, timer.elapsed());
    }
    return response;
}

qint64 Dispatcher::bodyLimit(const Request &request, qint64 serverLimit) const
{
    const Route *route = nullptr;
    QHash<QString, QString> params;
    if (m_router.match(request.method, request.path, &route, &params) != Router::Match::Found
        || route->maxBodyBytes <= serverLimit) {
        return serverLimit;
    }
    try {
        Request probe = request;
        authorise(probe, *route);
        return route->maxBodyBytes;
    } catch (const ApiError &) {
        return serverLimit; // refused again, and logged, when dispatched
    }
}

Response Dispatcher::refuse(Request &request, const ApiError &error) const
{
    Response response = problem(error, request);
    if (m_observer)
        m_observer->requestFinished(request, nullptr, response, &error, {}, 0);
    return response;
}

void Dispatcher::authorise(Request &request, const Route &route) const
{
    // Credentials are resolved even on public routes so that sign-out and the logs know who it was;
    // a bad token on a public route is ignored rather than refused.
    try {
        if (m_authenticator)
            request.principal = m_authenticator->authenticate(request);
    } catch (const ApiError &) {
        if (route.access.kind != Access::Kind::Public)
            throw;
    }
    if (route.access.kind == Access::Kind::Public)
        return;
    if (!request.principal)
        throw ApiError(api::err::Unauthenticated);
    if (request.principal->mustChangePassword && !route.allowedWithTemporaryPassword)
        throw ApiError(api::err::PasswordChangeRequired);
    if (route.access.kind == Access::Kind::Right
        && !request.principal->has(route.access.area, route.access.action)) {
        throw ApiError(api::err::Forbidden);
    }
}

Response Dispatcher::problem(const ApiError &error, const Request &request)
{
    const api::ErrorInfo &info = api::errorInfo(error.code());
    QJsonObject doc{
        {QStringLiteral("type"), QStringLiteral("urn:kikan:problem:") + error.code()},
        {QStringLiteral("title"), QString::fromUtf8(info.title)},
        {QStringLiteral("status"), info.httpStatus},
        {QStringLiteral("code"), error.code()},
        {QStringLiteral("instance"), request.path},
    };
    if (!error.detail().isEmpty())
        doc.insert(QStringLiteral("detail"), error.detail());
    if (!request.requestId.isEmpty())
        doc.insert(QStringLiteral("requestId"), request.requestId);
    for (auto it = error.extra().begin(); it != error.extra().end(); ++it)
        doc.insert(it.key(), it.value());
    Response r = Response::json(doc, info.httpStatus);
    r.contentType = "application/problem+json; charset=utf-8";
    if (info.httpStatus == 401)
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer realm=\"kikan\"")));
    return r;
}

} // namespace kikan::http
