#include "failure.h"

#include "shared/api/errorcode.h"

#include <QJsonArray>

namespace kikan::core {

Failure::Failure(const char *code, QString detail, QJsonObject extra)
    : Failure(QString::fromLatin1(code), std::move(detail), std::move(extra))
{
}

Failure::Failure(const QString &code, QString detail, QJsonObject extra)
    : std::runtime_error(code.toStdString()), m_code(code), m_detail(std::move(detail)),
      m_extra(std::move(extra))
{
}

Failure::Failure(const Error &error) : Failure(error.code, error.message)
{
}

QString Failure::field() const
{
    const QJsonArray fields = m_extra.value(QStringLiteral("fields")).toArray();
    return fields.isEmpty() ? QString()
                            : fields.first().toObject().value(QStringLiteral("field")).toString();
}

int Failure::httpStatus() const
{
    return api::errorInfo(m_code).httpStatus;
}

Failure Failure::invalidField(const QString &field, const QString &message)
{
    QJsonObject f{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}};
    return Failure(api::err::Validation, message,
                   QJsonObject{{QStringLiteral("fields"), QJsonArray{f}}});
}

} // namespace kikan::core
