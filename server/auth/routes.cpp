// The auth module wired into the server, and reading fields of request bodies (see routes.h).
#include "routes.h"

#include "authenticator.h"

#include <QJsonArray>

namespace kikan::auth {

namespace {
[[noreturn]] void wrong(const QString &field, const QString &what)
{
    throw core::Failure::invalidField(field, what);
}

// body[field] as an array, empty when the field is absent or null; anything else is `what`.
QJsonArray optionalArray(const QJsonObject &body, const QString &field, const QString &what)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        wrong(field, what);
    return v.toArray();
}
} // namespace

void registerRoutes(core::ServerContext &context, http::Router &router)
{
    registerSignInRoutes(context, router);
    registerUserRoutes(context, router);
    registerGroupRoutes(context, router);
}

std::unique_ptr<http::Authenticator> makeAuthenticator(core::ServerContext &context)
{
    return std::make_unique<SessionAuthenticator>(context);
}

void addAdminRoute(http::Router &router, const char *method, const QString &pattern,
                   const char *event, http::Handler handler)
{
    router.add({QString::fromLatin1(method), pattern,
                http::Access::right(QStringLiteral("admin"), QStringLiteral("administer")),
                QString::fromLatin1(event), std::move(handler), /*auditsItself=*/true});
}

QString requiredString(const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    if (!v.isString())
        wrong(field, QStringLiteral("文字列で指定してください。"));
    return v.toString();
}

int requiredInt(const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    if (!v.isDouble() || v.toDouble() != double(v.toInt()))
        wrong(field, QStringLiteral("整数で指定してください。"));
    return v.toInt();
}

bool requiredBool(const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    if (!v.isBool())
        wrong(field, QStringLiteral("true か false で指定してください。"));
    return v.toBool();
}

QList<qint64> idList(const QJsonObject &body, const QString &field)
{
    QList<qint64> out;
    const QString what = QStringLiteral("番号の配列で指定してください。");
    for (const QJsonValue &item : optionalArray(body, field, what)) {
        if (!item.isDouble() || item.toDouble() < 1)
            wrong(field, what);
        out.append(qint64(item.toDouble()));
    }
    return out;
}

QStringList stringList(const QJsonObject &body, const QString &field)
{
    QStringList out;
    const QString what = QStringLiteral("文字列の配列で指定してください。");
    for (const QJsonValue &item : optionalArray(body, field, what)) {
        if (!item.isString())
            wrong(field, what);
        out.append(item.toString());
    }
    return out;
}

} // namespace kikan::auth
