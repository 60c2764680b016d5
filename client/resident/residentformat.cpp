// Display helpers of the 住民記録 screens (residentformat.h).
#include "residentformat.h"

#include "client/net/apiclient.h"
#include "shared/core/wareki.h"

#include <QCoreApplication>
#include <QDate>

namespace kikan::client {

namespace {
std::optional<core::WarekiDate> wareki(const QJsonValue &iso)
{
    const QDate d = QDate::fromString(iso.toString(), Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    const auto w = core::WarekiDate::fromDate(d);
    if (!w.ok())
        return std::nullopt;
    return w.value();
}
} // namespace

QString warekiText(const QJsonValue &isoDate)
{
    const auto w = wareki(isoDate);
    return w ? w->toLongString() : isoDate.toString();
}

QString warekiShortText(const QJsonValue &isoDate)
{
    const auto w = wareki(isoDate);
    return w ? w->toShortString() : isoDate.toString();
}

QString sexText(const QString &code)
{
    if (code == QLatin1String("1"))
        return QCoreApplication::translate("kikan::client::ResidentFormat",
                                           "Male");
    if (code == QLatin1String("2"))
        return QCoreApplication::translate("kikan::client::ResidentFormat",
                                           "Female");
    if (code == QLatin1String("9"))
        return QCoreApplication::translate("kikan::client::ResidentFormat",
                                           "Unknown");
    return code;
}

QString statusText(const QString &code)
{
    if (code == QLatin1String("resident"))
        return QCoreApplication::translate("kikan::client::ResidentFormat",
                                           "Resident");
    if (code == QLatin1String("moved_out"))
        return QCoreApplication::translate("kikan::client::ResidentFormat",
                                           "Moved out (removed record)");
    if (code == QLatin1String("deceased"))
        return QCoreApplication::translate("kikan::client::ResidentFormat",
                                           "Deceased (removed record)");
    if (code == QLatin1String("removed"))
        return QCoreApplication::translate("kikan::client::ResidentFormat",
                                           "Struck off (removed record)");
    return code;
}

QString residentKindText(const QString &code)
{
    if (code == QLatin1String("japanese"))
        return QCoreApplication::translate("kikan::client::ResidentFormat",
                                           "Japanese national");
    if (code == QLatin1String("foreign"))
        return QCoreApplication::translate("kikan::client::ResidentFormat",
                                           "Foreign resident");
    return code;
}

QList<QPair<QString, QString>> problemFields(const ApiResult &result)
{
    // The server sends [{field, message}]; an object field → message is read as well.
    QList<QPair<QString, QString>> out;
    const QJsonValue fields = result.json().value(QStringLiteral("fields"));
    for (const QJsonValue &f : fields.toArray()) {
        out.append({f[QStringLiteral("field")].toString(),
                    f[QStringLiteral("message")].toString()});
    }
    const QJsonObject o = fields.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append({it.key(), it.value().toString()});
    return out;
}

} // namespace kikan::client
