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

struct CodeName {
    const char *code;
    const char *name; // QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", …)
};

// The translated name of a code, or the code itself when it has none.
QString codeName(const QString &code, std::initializer_list<CodeName> names)
{
    for (const CodeName &n : names) {
        if (code == QLatin1String(n.code))
            return QCoreApplication::translate("kikan::client::ResidentFormat", n.name);
    }
    return code;
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
    return codeName(code, {{"1", QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", "Male")},
                           {"2", QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", "Female")},
                           {"9", QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", "Unknown")}});
}

QString statusText(const QString &code)
{
    return codeName(code, {
        {"resident", QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", "Resident")},
        {"moved_out",
         QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", "Moved out (removed record)")},
        {"deceased",
         QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", "Deceased (removed record)")},
        {"removed",
         QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", "Struck off (removed record)")},
    });
}

QString residentKindText(const QString &code)
{
    return codeName(code, {
        {"japanese", QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", "Japanese national")},
        {"foreign", QT_TRANSLATE_NOOP("kikan::client::ResidentFormat", "Foreign resident")},
    });
}

QJsonObject inquiryPerson(const QJsonObject &inquiry)
{
    const bool onDate = inquiry.value(QStringLiteral("flags"))[QStringLiteral("existedOnDate")]
                            .toBool();
    return inquiry.value(onDate ? QStringLiteral("person") : QStringLiteral("latest")).toObject();
}

QString jsonText(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
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
