// Content negotiation (mediatype.h).
#include "mediatype.h"

namespace kikan::http {

bool asksFor(const Request &request, const QByteArray &mediaType, const QString &format)
{
    if (request.query.queryItemValue(QStringLiteral("format")) == format)
        return true;
    for (const QByteArray &part : request.header("accept").split(',')) {
        if (part.split(';').first().trimmed() == mediaType)
            return true;
    }
    return false;
}

Response jsonAs(const QByteArray &mediaType, const QJsonObject &object)
{
    Response r = Response::json(object);
    r.contentType = mediaType;
    return r;
}

} // namespace kikan::http
