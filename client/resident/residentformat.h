// How the 住民記録 screens show the registry's values: dates in 和暦 (FORMATS.md "Dates"), the
// codes of 性別, 住民状態 and 住民種別 (STANDARDS.md; resources/resident/codes.json) by name, the
// person of a 照会 answer, and the server's 422 `fields` list read from a problem answer.
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace kikan::client {

struct ApiResult;

// 平成2年1月15日 for "1990-01-15"; empty for null; the text itself when it is not a date.
QString warekiText(const QJsonValue &isoDate);
// R2.1.15 style, for narrow table cells.
QString warekiShortText(const QJsonValue &isoDate);
QString sexText(const QString &code);             // 1 男, 2 女, 9 不明
QString statusText(const QString &code);          // resident → 住民, moved_out → 転出 (除票) …
QString residentKindText(const QString &code);    // japanese → 日本人, foreign → 外国人
// The person an inquiry shows (person as of the date, else the latest state).
QJsonObject inquiryPerson(const QJsonObject &inquiry);
// The value of key as text: a number without a fraction, a string as it is.
QString jsonText(const QJsonObject &o, const char *key);
// The {field, message} pairs of a 422 answer (request.validation), in the server's order.
QList<QPair<QString, QString>> problemFields(const ApiResult &result);

} // namespace kikan::client
