#include "request.h"

#include "apierror.h"
#include "shared/api/errorcode.h"

#include <QJsonDocument>

namespace kikan::http {

QJsonObject Request::jsonObject() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        throw ApiError(api::err::BadRequest,
                       QStringLiteral("JSON オブジェクトとして読めません（%1 文字目付近）。")
                           .arg(error.offset));
    }
    return doc.object();
}

qint64 Request::idParam(const QString &name) const
{
    bool ok = false;
    const qint64 id = pathParams.value(name).toLongLong(&ok);
    if (!ok || id <= 0)
        throw ApiError(api::err::NotFound);
    return id;
}

core::Actor Request::actor() const
{
    core::Actor a;
    a.requestId = requestId;
    a.clientAddress = clientAddress;
    if (principal) {
        a.userId = principal->userId;
        a.loginId = principal->loginId;
        a.displayName = principal->displayName;
        a.authMethod = principal->authMethod;
        a.sessionRef = principal->sessionRef;
        a.rights = principal->rights;
    }
    return a;
}

Response Response::json(const QJsonObject &object, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::json(const QJsonArray &array, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Response Response::csv(const QByteArray &utf8, const QString &fileName)
{
    Response r;
    r.contentType = "text/csv; charset=utf-8";
    r.body = QByteArray("\xEF\xBB\xBF") + utf8;
    r.headers.append(qMakePair(QByteArray("Content-Disposition"),
                               "attachment; filename=\"" + fileName.toUtf8() + "\""));
    return r;
}

Response Response::pdf(const QByteArray &bytes, const QString &fileName)
{
    Response r;
    r.contentType = "application/pdf";
    r.body = bytes;
    r.headers.append(qMakePair(QByteArray("Content-Disposition"),
                               "inline; filename=\"" + fileName.toUtf8() + "\""));
    return r;
}

} // namespace kikan::http
