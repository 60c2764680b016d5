// Reading the fields of a request body (JSON) with the checks of their form: dates in any form the
// counter accepts, texts (normalised, with a length), numbers, versions, and a person, an address
// and a 続柄 of a 異動 as typed values (personfields.h: the standard's data items, 基本データリスト).
// Every refusal is core::Failure::invalidField naming the field ("persons[0].birthDate").
#pragma once

#include "personfields.h"

#include <QJsonObject>

namespace kikan::resident {

// A date in any form the counter accepts (shared/core/dateinput.h: 1990-04-01, 平成2年4月1日,
// 2020401 …). Null when absent and !required.
QDate readDate(const QJsonObject &body, const QString &field, const QString &path,
               bool required);
QString readText(const QJsonObject &body, const QString &field, const QString &path,
                 bool required, int maxLength = 100);
qint64 readNumber(const QJsonObject &body, const QString &field, const QString &path,
                  bool required);
int readVersion(const QJsonObject &body, const QString &field);
// The party numbers in body[field] (an array); empty when absent.
QList<qint64> partyNoList(const QJsonObject &body, const QString &field);

// The person items present in `o`; `path` prefixes field names in errors ("persons[0]").
PersonInput parsePerson(const QJsonObject &o, const QString &path);
// 住所 {townAreaCode, addressNumber, addressSupplement, postalCode}: required as a whole.
AddressInput parseAddress(const QJsonObject &body, const QString &field);
// 続柄 {relationshipCode[, relationshipText]}.
RelationshipInput parseRelationship(const QJsonObject &o, const QString &path);

} // namespace kikan::resident
