// saveRecord (saverecord.h).
#include "saverecord.h"

#include "client/net/apiclient.h"

namespace kikan::client {

ApiReply *saveRecord(ApiClient *api, const char *collection, const QJsonObject &record,
                     QJsonObject body)
{
    const QString path = QString::fromLatin1(collection);
    if (record.isEmpty())
        return api->post(path, body);
    body.insert(QStringLiteral("version"), record.value(QStringLiteral("version")));
    return api->put(path + QLatin1Char('/')
                        + record.value(QStringLiteral("id")).toVariant().toString(),
                    body);
}

} // namespace kikan::client
