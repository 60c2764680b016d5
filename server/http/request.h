// One HTTP request and its response as the handlers see them, free of POCO types.
#pragma once

#include "principal.h"
#include "server/core/actor.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace kikan::http {

struct Request {
    QString method;
    QString path;
    QUrlQuery query;
    QHash<QString, QString> pathParams; // from "{name}" segments of the route pattern
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString clientAddress;
    QString requestId;
    std::optional<Principal> principal;
    bool handlerRan = false; // set by the dispatcher once authentication and rights passed

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    // The body as a JSON object; throws ApiError(request.malformed) when it is not one.
    QJsonObject jsonObject() const;
    // A path parameter that must be a positive integer; throws ApiError(request.not_found) otherwise.
    qint64 idParam(const QString &name) const;
    // The signed-in principal; the dispatcher guarantees it for non-public routes.
    const Principal &who() const { return *principal; }
    // Who acts and from where, for domain code and the logs (no principal: userId 0).
    core::Actor actor() const;
};

struct Response {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    static Response noContent();
    // A CSV download (UTF-8 with BOM so that Excel on the counter terminals opens it correctly).
    static Response csv(const QByteArray &utf8, const QString &fileName);
    // A PDF shown inline (a certificate for the client's viewer or printer).
    static Response pdf(const QByteArray &bytes, const QString &fileName);
};

} // namespace kikan::http
