// ApiClient: requests, TLS trust, error mapping, the hold-and-retry of expired sessions, and the
// request ids of changes with their retry (apiclient.h).
#include "apiclient.h"

#include "townca.h"

#include "shared/api/endpoints.h"
#include "shared/api/errorcode.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QDateTime>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

namespace kikan::client {

ApiClient::ApiClient(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
}

ApiClient::~ApiClient() = default;

QString ApiClient::setServer(const QUrl &baseUrl, const QString &caFile)
{
    m_nam->clearConnectionCache();
    m_baseUrl = QUrl();
    if (!baseUrl.isValid() || baseUrl.scheme() != QLatin1String("https") || baseUrl.host().isEmpty())
        return tr("The server URL must start with https:// and name the server.");
    m_caCertificates.clear();
    m_useSystemCas = caFile.isEmpty();
    if (!m_useSystemCas) {
        if (!QFile::exists(caFile))
            return tr("The CA certificate file does not exist: %1").arg(caFile);
        m_caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (m_caCertificates.isEmpty())
            return tr("The CA certificate file holds no certificate in PEM form: %1").arg(caFile);
    }
    QUrl base = baseUrl;
    base.setPath(QString());
    m_baseUrl = base;
    return {};
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    QString p = path;
    if (!query.isEmpty())
        p += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return start("GET", p, {});
}

ApiReply *ApiClient::post(const QString &path, const QJsonObject &body)
{
    return start("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply *ApiClient::put(const QString &path, const QJsonObject &body)
{
    return start("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply *ApiClient::remove(const QString &path)
{
    return start("DELETE", path, {});
}

ApiReply *ApiClient::signIn(const QString &loginId, const QString &password)
{
    const QJsonObject body{{QStringLiteral("loginId"), loginId},
                           {QStringLiteral("password"), password}};
    return start("POST", QString::fromLatin1(api::path::SignInPassword),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), ApiReply::Role::SignIn);
}

ApiReply *ApiClient::signInWithCard(const QString &cardId, const QString &pin)
{
    const QJsonObject body{{QStringLiteral("cardId"), cardId.toUpper()},
                           {QStringLiteral("pin"), pin}};
    return start("POST", QString::fromLatin1(api::path::SignInCard),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), ApiReply::Role::SignIn);
}

void ApiClient::setSession(const QByteArray &token, const StaffUser &user)
{
    m_token = token;
    m_user = user;
}

void ApiClient::signOut()
{
    if (m_token.isEmpty())
        return;
    start("POST", QString::fromLatin1(api::path::SignOut), {}, ApiReply::Role::SignOut);
    // The session is forgotten now; the server's answer does not matter to the staff member.
    m_token.clear();
    m_user = StaffUser();
    abandonReauthentication();
    emit signedOut();
}

void ApiClient::abandonReauthentication()
{
    m_reauthenticating = false;
    const auto held = std::exchange(m_held, {});
    for (const QPointer<ApiReply> &r : held) {
        if (r)
            finish(r);
    }
    if (!held.isEmpty() && !m_token.isEmpty()) {
        m_token.clear();
        m_user = StaffUser();
        emit signedOut();
    }
}

ApiReply *ApiClient::start(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body, ApiReply::Role role)
{
    auto *reply = new ApiReply(this);
    reply->m_method = method;
    reply->m_pathAndQuery = pathAndQuery;
    reply->m_body = body;
    reply->m_role = role;
    if (role == ApiReply::Role::Normal && method != "GET" && method != "HEAD")
        reply->m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    reply->m_firstSentMs = QDateTime::currentMSecsSinceEpoch();
    send(reply);
    return reply;
}

void ApiClient::send(ApiReply *reply)
{
    ++reply->m_attempts;
    if (!m_baseUrl.isValid()) {
        reply->m_result = {};
        reply->m_result.error.kind = ApiError::Kind::Unreachable;
        reply->m_result.error.title =
            tr("No server is set. Enter the server URL in the settings.");
        QMetaObject::invokeMethod(this, [this, reply] { finish(reply); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest req(QUrl(m_baseUrl.toString() + reply->m_pathAndQuery));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_useSystemCas)
        ssl.setCaCertificates(m_caCertificates);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    req.setSslConfiguration(ssl);
    req.setTransferTimeout(m_timeoutMs);
    req.setRawHeader("Accept", "application/json, application/problem+json");
    if (!m_token.isEmpty() && reply->m_role != ApiReply::Role::SignIn)
        req.setRawHeader("Authorization", "Bearer " + m_token);
    if (!reply->m_key.isEmpty())
        req.setRawHeader("Idempotency-Key", reply->m_key);
    if (!reply->m_body.isEmpty() || reply->m_method == "POST" || reply->m_method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *net = m_nam->sendCustomRequest(req, reply->m_method, reply->m_body);
    // Schannel (Windows) ignores the pinned CA: accept the chain only if it leads to the town's
    // CA and names the host by the client's own check (townca.h); otherwise the errors stand.
    connect(net, &QNetworkReply::sslErrors, this, [this, net](const QList<QSslError> &errors) {
        if (!m_useSystemCas
            && chainLeadsToTownCa(net->sslConfiguration().peerCertificateChain(),
                                  m_caCertificates, net->url().host()))
            net->ignoreSslErrors(errors);
    });
    connect(net, &QNetworkReply::finished, this, [this, reply, net] {
        net->deleteLater();
        handleFinished(reply, net);
    });
}

void ApiClient::handleFinished(ApiReply *reply, QNetworkReply *net)
{
    ApiResult &r = reply->m_result;
    r = {};
    r.status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.contentType = net->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    r.body = net->readAll();
    r.headers = net->rawHeaderPairs();
    if (r.status == 0) {
        r.error = networkError(net);
    } else if (r.status >= 400) {
        r.error = ApiError::fromProblem(r.status, r.body);
        if (r.error.kind == ApiError::Kind::Protocol && r.error.code.isEmpty())
            r.error.title = tr("The server gave an answer the client does not understand "
                               "(HTTP %1).").arg(r.status);
    }
    if (retryLater(reply))
        return;
    const bool expired = r.error.kind == ApiError::Kind::Api && r.status == 401
                         && (r.error.code == QLatin1String(api::err::SessionExpired)
                             || r.error.code == QLatin1String(api::err::Unauthenticated));
    if (expired && reply->m_role == ApiReply::Role::Normal && m_user.isValid()) {
        // Held until the same staff member has signed in again (or gives up).
        m_held.append(reply);
        if (!m_reauthenticating) {
            m_reauthenticating = true;
            emit sessionExpired(r.error);
        }
        return;
    }
    if (reply->m_role == ApiReply::Role::SignIn && r.ok())
        applySession(r.json());
    finish(reply);
}

// A change that did not get through is sent again with its key: when the server could not be
// reached or said it is unavailable. Pauses of 0.5, 1, 2, 4, 5, 5 … s within the retry window.
bool ApiClient::retryLater(ApiReply *reply)
{
    const ApiResult &r = reply->m_result;
    const bool unavailable = (r.status == 0 && (r.error.kind == ApiError::Kind::Unreachable
                                                || r.error.kind == ApiError::Kind::Timeout))
                             || r.status == 502 || r.status == 503 || r.status == 504
                             || r.error.code == QLatin1String("idempotency.in_progress");
    if (reply->m_key.isEmpty() || !unavailable)
        return false;
    const int pause = std::min(5000, 500 << std::min(reply->m_attempts - 1, 4));
    if (QDateTime::currentMSecsSinceEpoch() + pause - reply->m_firstSentMs > m_retryWindowMs)
        return false;
    QTimer::singleShot(pause, this, [this, reply = QPointer<ApiReply>(reply)] {
        if (reply)
            send(reply);
    });
    return true;
}

void ApiClient::applySession(const QJsonObject &answer)
{
    const StaffUser previous = m_user;
    m_token = answer.value(QStringLiteral("token")).toString().toUtf8();
    m_idleTimeoutSeconds = answer.value(QStringLiteral("idleTimeoutSeconds")).toInt();
    m_user = StaffUser::fromJson(answer.value(QStringLiteral("user")).toObject());
    emit signedIn();
    if (!m_reauthenticating)
        return;
    m_reauthenticating = false;
    const auto held = std::exchange(m_held, {});
    const bool sameUser = previous.loginId == m_user.loginId;
    for (const QPointer<ApiReply> &r : held) {
        if (!r)
            continue;
        if (sameUser)
            send(r); // the same request again, now with the new token
        else
            finish(r); // another staff member must not inherit the screen's work
    }
}

void ApiClient::finish(ApiReply *reply)
{
    emit reply->finished();
    reply->deleteLater();
}

ApiError ApiClient::networkError(QNetworkReply *net) const
{
    ApiError e;
    switch (net->error()) {
    case QNetworkReply::NoError:
        e.kind = ApiError::Kind::Protocol;
        e.title = tr("The server gave an answer the client does not understand (HTTP %1).")
                      .arg(0);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.kind = ApiError::Kind::Tls;
        e.title = tr("The server's certificate could not be verified, so the connection was "
                     "stopped. Check the server URL and the CA certificate in the settings.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        e.kind = ApiError::Kind::Timeout;
        e.title = tr("The server did not answer in time. Check the network and the state of "
                     "the server.");
        break;
    default:
        e.kind = ApiError::Kind::Unreachable;
        e.title = tr("Cannot connect to the server. Check the network and the state of the "
                     "server.");
        break;
    }
    e.technical = net->errorString(); // for the help desk; not shown as the message
    return e;
}

} // namespace kikan::client
