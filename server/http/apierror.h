// The one error type of the server: a stable code from shared/api/errorcode.h plus detail for staff.
// Thrown anywhere below a handler; the dispatcher turns it into an RFC 9457 problem+json response.
#pragma once

#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace kikan::http {

class ApiError : public std::runtime_error
{
public:
    // code: one of kikan::api::err; detail: Japanese text for staff (optional);
    // extra: machine-readable members added to the problem document (e.g. "fields").
    explicit ApiError(const char *code, QString detail = {}, QJsonObject extra = {});

    const QString &code() const { return m_code; }
    const QString &detail() const { return m_detail; }
    const QJsonObject &extra() const { return m_extra; }
    int httpStatus() const;

    // A 422 validation error naming one field and what is wrong with it (Japanese).
    static ApiError invalidField(const QString &field, const QString &message);

private:
    QString m_code;
    QString m_detail;
    QJsonObject m_extra;
};

} // namespace kikan::http
