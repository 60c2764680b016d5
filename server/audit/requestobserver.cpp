// The request observer: which entries a finished request produces, and what is done when the store
// refuses them (rules in docs/audit.md).
#include "requestobserver.h"

#include "auditlog.h"
#include "events.h"
#include "shared/api/errorcode.h"
#include "server/core/dates.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace kikan::audit {

namespace {
// 4xx answers that mean the client misbehaved rather than staff made a mistake.
bool isMisuse(const core::Failure *error)
{
    if (!error)
        return false;
    const QString &code = error->code();
    return code == QLatin1String(api::err::BadRequest)
           || code == QLatin1String(api::err::BodyTooLarge)
           || code == QLatin1String(api::err::Timeout);
}
} // namespace

QString spillFilePath(const QString &dataDir)
{
    return dataDir + QStringLiteral("/audit-unwritten.jsonl");
}

AuditRequestObserver::AuditRequestObserver(AuditLog &log, QString spillFile)
    : m_log(log), m_spillFile(std::move(spillFile))
{
}

QList<AuditEntry> AuditRequestObserver::entriesFor(const http::Request &request,
                                                   const http::Route *route,
                                                   const http::Response &response,
                                                   const core::Failure *error,
                                                   const QString &internalMessage,
                                                   qint64 elapsedMs)
{
    QList<AuditEntry> entries;
    // 通信: the request line and its outcome. Never the body, the query or a header: they may carry
    // a token, a password or personal data. The query is for the access log to interpret.
    AuditEntry comm = AuditEntry::forRequest(request, LogKind::Communication,
                                             QString::fromLatin1(event::HttpRequest));
    comm.success = response.status < 400;
    comm.detail = QJsonObject{
        {QStringLiteral("method"), request.method},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("status"), response.status},
        {QStringLiteral("elapsedMs"), elapsedMs},
        {QStringLiteral("requestBytes"), qint64(request.body.size())},
        {QStringLiteral("responseBytes"), qint64(response.body.size())},
    };
    if (error)
        comm.detail.insert(QStringLiteral("code"), error->code());
    entries.append(comm);

    // エラー: what went wrong on the server (with the internal message staff never see), or misuse.
    if (response.status >= 500 || isMisuse(error)) {
        AuditEntry err = AuditEntry::forRequest(request, LogKind::Error,
                                                QString::fromLatin1(event::HttpError));
        err.success = false;
        err.detail = QJsonObject{
            {QStringLiteral("method"), request.method},
            {QStringLiteral("path"), request.path},
            {QStringLiteral("status"), response.status},
            {QStringLiteral("code"), error ? error->code() : QString()},
        };
        if (!internalMessage.isEmpty())
            err.detail.insert(QStringLiteral("message"), internalMessage);
        if (error && !error->detail().isEmpty())
            err.detail.insert(QStringLiteral("detail"), error->detail());
        entries.append(err);
    }

    // 操作: every request to a route that changes something, successful or refused — unless the
    // route's handler ran and wrote its own, more specific entry.
    if (route && route->method != QLatin1String("GET")
        && !(route->auditsItself && request.handlerRan)) {
        const QString name = route->event.isEmpty() ? QStringLiteral("operation.unnamed")
                                                    : route->event;
        AuditEntry op = AuditEntry::forRequest(request, LogKind::Operation, name);
        op.success = response.status < 400;
        op.subject = request.path;
        op.detail = QJsonObject{
            {QStringLiteral("method"), request.method},
            {QStringLiteral("status"), response.status},
        };
        if (error)
            op.detail.insert(QStringLiteral("code"), error->code());
        entries.append(op);
    }
    return entries;
}

void AuditRequestObserver::requestFinished(const http::Request &request, const http::Route *route,
                                           const http::Response &response,
                                           const core::Failure *error,
                                           const QString &internalMessage, qint64 elapsedMs)
{
    const QList<AuditEntry> entries =
        entriesFor(request, route, response, error, internalMessage, elapsedMs);
    for (const AuditEntry &entry : entries) {
        try {
            m_log.append(entry);
        } catch (const std::exception &e) {
            spill(entry, QString::fromUtf8(e.what()));
        } catch (...) {
            spill(entry, QStringLiteral("unknown exception"));
        }
    }
}

int AuditRequestObserver::unwrittenCount() const
{
    QMutexLocker lock(&m_spillMutex);
    return m_unwritten;
}

void AuditRequestObserver::spill(const AuditEntry &entry, const QString &reason)
{
    // The same facts as the row would have held, masked the same way, one JSON object per line.
    const QJsonObject line{
        {QStringLiteral("failedAt"),
         core::timestamp(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("reason"), maskText(reason)},
        {QStringLiteral("kind"), kindName(entry.kind)},
        {QStringLiteral("event"), maskText(entry.event)},
        {QStringLiteral("success"), entry.success},
        {QStringLiteral("userId"), entry.userId},
        {QStringLiteral("loginId"), maskText(entry.loginId)},
        {QStringLiteral("authMethod"), maskText(entry.authMethod)},
        {QStringLiteral("requestId"), maskText(entry.requestId)},
        {QStringLiteral("clientAddress"), maskText(entry.clientAddress)},
        {QStringLiteral("subject"), maskText(entry.subject)},
        {QStringLiteral("detail"),
         maskText(QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact)))},
    };
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&m_spillMutex);
    ++m_unwritten;
    std::fprintf(stderr, "kikan-server: 監査ログを記録できませんでした（%s）: %s",
                 reason.toUtf8().constData(), text.constData());
    std::fflush(stderr);
    if (m_spillFile.isEmpty())
        return;
    QFile file(m_spillFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(text) != text.size()) {
        std::fprintf(stderr, "kikan-server: 未記録ログの退避ファイルにも書けません: %s\n",
                     m_spillFile.toUtf8().constData());
        return;
    }
    file.flush();
}

} // namespace kikan::audit
