// The one error of the server's domain, store and platform code: a stable code (shared/api error
// catalogues), optionally the field it is about, a Japanese detail for staff and machine-readable
// members. Thrown below a handler (or built from a shared core::Error); server/http/dispatcher
// maps it to an RFC 9457 problem+json response once. Nothing here knows HTTP.
#pragma once

#include "shared/core/error.h"

#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace kikan::core {

class Failure : public std::runtime_error
{
public:
    // code: a catalogued code (api::err::…); detail: Japanese text for staff (optional);
    // extra: machine-readable members for the problem document (e.g. "fields").
    explicit Failure(const char *code, QString detail = {}, QJsonObject extra = {});
    Failure(const QString &code, QString detail, QJsonObject extra = {});
    // A shared-code error value (code + Japanese message) as a failure.
    explicit Failure(const Error &error);

    const QString &code() const { return m_code; }
    const QString &detail() const { return m_detail; }
    const QJsonObject &extra() const { return m_extra; }
    // The field a validation failure is about (the first one named), or empty.
    QString field() const;
    // The HTTP status the code's catalogue entry gives (the dispatcher's business, kept here so
    // that a log or CLI can say it too).
    int httpStatus() const;

    // A validation failure (request.validation) naming one field and what is wrong with it.
    static Failure invalidField(const QString &field, const QString &message);

private:
    QString m_code;
    QString m_detail;
    QJsonObject m_extra;
};

} // namespace kikan::core
