// The route table of the API: method + path pattern → required access + handler. The table is also
// the list the authorisation test walks, so every endpoint added later is proved to refuse bad sessions.
#pragma once

#include "request.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace kikan::http {

// What a route requires of the caller.
struct Access {
    enum class Kind { Public, SignedIn, Right };
    Kind kind = Kind::SignedIn;
    QString area;   // with Kind::Right: business area, e.g. "resident", "admin"
    QString action; // with Kind::Right: "view", "update", "issue", "print", "administer", "my_number"

    static Access publicRoute() { return {Kind::Public, {}, {}}; }
    static Access signedIn() { return {Kind::SignedIn, {}, {}}; }
    static Access right(const QString &area, const QString &action)
    {
        return {Kind::Right, area, action};
    }
};

using Handler = std::function<Response(Request &)>;

struct Route {
    QString method;  // "GET", "POST", "PUT", "PATCH", "DELETE"
    QString pattern; // "/api/v1/admin/users/{id}"
    Access access;
    QString event;   // operation name for the logs, e.g. "user.create"
    Handler handler;
    // The handler writes its own operation/authentication log entries (with the domain facts),
    // so the request observer does not add a second, generic one once the handler has run.
    bool auditsItself = false;
    // Reachable while the user still holds a temporary password (who am I, change it, sign out);
    // every other route answers auth.password_change_required until the password is changed.
    bool allowedWithTemporaryPassword = false;
    // A body limit above the server's (server/max_body_bytes) for routes that take files, e.g. a
    // legacy system's glyph list; granted only to a request already authorised for the route, so
    // an anonymous caller can never make the server read more than the server-wide limit.
    qint64 maxBodyBytes = 0;
    // The module that added the route (set by the module set; for tests and documentation).
    QString module;
};

// Looks at a request's body before its handler does (the antivirus, server/operations/antivirus.h:
// files from outside are scanned before any processing). Throws ApiError to refuse the request.
class BodyScreen
{
public:
    virtual ~BodyScreen() = default;
    virtual void screen(const Request &request, const Route &route) = 0;
};

// Wraps the handler of every authorised request (the request journal,
// server/operations/requestjournalroutes.h: a change repeated with the same request id gets the first
// answer and is never applied twice). Returns the answer; may throw ApiError like a handler.
class ChangeJournal
{
public:
    virtual ~ChangeJournal() = default;
    virtual Response run(Request &request, const Route &route) = 0;
};

class Router
{
public:
    void add(Route route);
    // The screen every authorised request with a body passes before its handler (one; a module
    // sets it while its routes are registered).
    void setBodyScreen(std::shared_ptr<BodyScreen> screen) { m_screen = std::move(screen); }
    BodyScreen *bodyScreen() const { return m_screen.get(); }
    void setChangeJournal(std::shared_ptr<ChangeJournal> journal) { m_journal = std::move(journal); }
    ChangeJournal *changeJournal() const { return m_journal.get(); }
    const QList<Route> &routes() const { return m_routes; }
    // Marks the routes from index `from` on as added by `module`.
    void markModule(qsizetype from, const QString &module);

    enum class Match { Found, NotFound, MethodNotAllowed };
    // Finds the route for method + path; fills request.pathParams on success.
    Match match(const QString &method, const QString &path, const Route **route,
                QHash<QString, QString> *params) const;

private:
    static bool matchPattern(const QString &pattern, const QString &path,
                             QHash<QString, QString> *params);
    QList<Route> m_routes;
    std::shared_ptr<BodyScreen> m_screen;
    std::shared_ptr<ChangeJournal> m_journal;
};

} // namespace kikan::http
