// Parsing of problem+json answers into ApiError.
#include "apierror.h"

#include "shared/api/errorcode.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kikan::client {

QString ApiError::message() const
{
    if (detail.isEmpty() || detail == title)
        return title;
    return title + QLatin1Char('\n') + detail;
}

ApiError ApiError::fromProblem(int status, const QByteArray &body)
{
    ApiError e;
    e.kind = Kind::Api;
    e.status = status;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.code = o.value(QStringLiteral("code")).toString();
    e.title = o.value(QStringLiteral("title")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    e.requestId = o.value(QStringLiteral("requestId")).toString();
    // The server sends fields as [{field, message}, …] (server/http/apierror.cpp); kept here as
    // field → message. Several messages for one field are joined.
    for (const QJsonValue &v : o.value(QStringLiteral("fields")).toArray()) {
        const QString field = v.toObject().value(QStringLiteral("field")).toString();
        const QString message = v.toObject().value(QStringLiteral("message")).toString();
        const QString before = e.fields.value(field).toString();
        e.fields.insert(field, before.isEmpty() ? message : before + QLatin1Char(' ') + message);
    }
    if (e.code.isEmpty())
        e.kind = Kind::Protocol;
    if (e.title.isEmpty())
        e.title = QString::fromUtf8(api::errorInfo(e.code).title);
    return e;
}

} // namespace kikan::client
