// An HTTP answer as the tests read it: status, content type, body and (lower-case) headers.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace kikan::test {

struct HttpReply {
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
};

} // namespace kikan::test
