// The one HTTP client of kikan-client: JSON over HTTPS to /api/v1 with the bearer token, the town's
// CA pinned (peer verified, TLS 1.2+), problem+json mapped to ApiError. When the session of a
// signed-in staff member has expired, failed requests are held, sessionExpired() is emitted, and
// after the same staff member signs in again the held requests are sent again, so the screen that
// made them carries on as if nothing had happened.
// Every change (POST, PUT, PATCH, DELETE other than sign-in/out) carries an `Idempotency-Key` (a
// UUID made once per change); a change is sent again only with the same key, and only when the
// server could not be reached or answered that it is unavailable (502/503/504, or
// idempotency.in_progress), with growing pauses for at most retryWindow (failover of the database
// or of an application server; the server answers a repeat with its first answer).
#pragma once

#include "apierror.h"
#include "user.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace kikan::client {

class ApiClient;

// What a finished request gave: the HTTP status and body, or an error.
struct ApiResult {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // as received (X-Kikan-Certificate-Serial …)
    ApiError error;

    bool ok() const { return !error.isError(); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    // A response header by name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    // A list answer: the body itself when it is an array, else the member key of the object.
    QJsonArray list(const QString &key) const
    {
        const QJsonDocument d = QJsonDocument::fromJson(body);
        return d.isArray() ? d.array() : d.object().value(key).toArray();
    }
};

// One request in flight. It emits finished() once and then deletes itself: read result() in the
// slot connected to finished().
class ApiReply : public QObject
{
    Q_OBJECT
public:
    const ApiResult &result() const { return m_result; }
    bool ok() const { return m_result.ok(); }
    const ApiError &error() const { return m_result.error; }
    QJsonObject json() const { return m_result.json(); }
    int attempts() const { return m_attempts; }
    // The change's Idempotency-Key (empty for reads, sign-in and sign-out).
    const QByteArray &requestKey() const { return m_key; }

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    enum class Role { Normal, SignIn, SignOut };
    explicit ApiReply(QObject *parent) : QObject(parent) {}

    QByteArray m_method;
    QString m_pathAndQuery;
    QByteArray m_body;
    QByteArray m_key;
    qint64 m_firstSentMs = 0;
    Role m_role = Role::Normal;
    int m_attempts = 0;
    ApiResult m_result;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // baseUrl: "https://host:port" (the /api/v1 paths are appended). caFile: the town's CA in PEM;
    // only that CA is trusted. An empty caFile trusts the system's CAs. Returns an error message
    // (Japanese, via tr) or an empty string.
    QString setServer(const QUrl &baseUrl, const QString &caFile);
    QUrl serverUrl() const { return m_baseUrl; }
    // Milliseconds without any data after which a request is given up (default 20 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // How long a change is tried again after it could not be delivered (default 90 s; 0: never).
    void setRetryWindow(int ms) { m_retryWindowMs = ms; }

    // path: one of kikan::api::path (with /api/v1), optionally with a query.
    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    ApiReply *post(const QString &path, const QJsonObject &body = {});
    ApiReply *put(const QString &path, const QJsonObject &body);
    ApiReply *remove(const QString &path);

    // Sign-in: on success the token and user are kept and signedIn() is emitted.
    ApiReply *signIn(const QString &loginId, const QString &password);
    ApiReply *signInWithCard(const QString &cardId, const QString &pin);
    // Tells the server and forgets the session at once.
    void signOut();

    // The signed-in staff member replaced a temporary password (POST /auth/password succeeded).
    void passwordChanged() { m_user.mustChangePassword = false; }
    // Adopts a session obtained elsewhere (the screenshot tool and tests).
    void setSession(const QByteArray &token, const StaffUser &user);
    bool isSignedIn() const { return !m_token.isEmpty(); }
    const StaffUser &user() const { return m_user; }
    int idleTimeoutSeconds() const { return m_idleTimeoutSeconds; }
    // Requests held while waiting for the staff member to sign in again.
    int heldRequests() const { return int(m_held.size()); }
    bool isReauthenticating() const { return m_reauthenticating; }
    // The staff member gave up signing in again: held requests fail, the session is forgotten.
    void abandonReauthentication();

Q_SIGNALS:
    void signedIn();
    void signedOut();
    // The session expired while signed in; sign the same user in again to continue.
    void sessionExpired(const kikan::client::ApiError &error);

private:
    ApiReply *start(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body, ApiReply::Role role = ApiReply::Role::Normal);
    void send(ApiReply *reply);
    void handleFinished(ApiReply *reply, QNetworkReply *net);
    void finish(ApiReply *reply);
    void applySession(const QJsonObject &answer);
    ApiError networkError(QNetworkReply *net) const;
    bool retryLater(ApiReply *reply);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_caCertificates;
    bool m_useSystemCas = true;
    int m_timeoutMs = 20000;
    int m_retryWindowMs = 90000;
    QByteArray m_token;
    StaffUser m_user;
    int m_idleTimeoutSeconds = 0;
    bool m_reauthenticating = false;
    QList<QPointer<ApiReply>> m_held;
};

} // namespace kikan::client
