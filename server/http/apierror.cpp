#include "apierror.h"

#include "shared/api/errorcode.h"

#include <QJsonArray>

namespace kikan::http {

ApiError::ApiError(const char *code, QString detail, QJsonObject extra)
    : std::runtime_error(code), m_code(QString::fromLatin1(code)), m_detail(std::move(detail)),
      m_extra(std::move(extra))
{
}

int ApiError::httpStatus() const
{
    return api::errorInfo(m_code).httpStatus;
}

ApiError ApiError::invalidField(const QString &field, const QString &message)
{
    QJsonObject f{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
    return ApiError(api::err::Validation, message,
                    QJsonObject{{QStringLiteral("fields"), QJsonArray{f}}});
}

} // namespace kikan::http
