// Reading a person, an address and a date from a 異動 request body, with the checks of the
// standard's data items (基本データリスト: 氏名, フリガナ, 生年月日, 性別, 続柄, 住所, 外国人住民の
// 在留資格等 …). Every refusal is core::Failure::invalidField naming the field ("persons[0].birthDate").
#pragma once

#include "codetables.h"
#include "residentrecord.h"

#include <QJsonObject>

namespace kikan::resident {

// A refusal naming the field at fault (core::Failure::invalidField, request.validation).
[[noreturn]] void refuse(const QString &field, const QString &message);
// resident.state: the person's present state does not allow the change (moved out, dead …).
[[noreturn]] void refuseState(const QString &field, const QString &message);

// A date in any form the counter accepts (shared/core/dateinput.h: 1990-04-01, 平成2年4月1日,
// 2020401 …). Null when absent and !required.
QDate readDate(const QJsonObject &body, const QString &field, const QString &path,
               bool required);
QString readText(const QJsonObject &body, const QString &field, const QString &path,
                 bool required, int maxLength = 100);
qint64 readNumber(const QJsonObject &body, const QString &field, const QString &path,
                  bool required);
int readVersion(const QJsonObject &body, const QString &field);

// Applies the person fields present in `o` to `r` (a patch); with `creating`, the fields every
// record must have are required. `path` prefixes field names in errors ("persons[0]").
void readPerson(ResidentRecord &r, const QJsonObject &o, const QString &path,
                const CodeEdition &codes, bool creating);
// 住所 {townAreaCode, addressNumber, addressSupplement, postalCode}: required as a whole.
void readAddress(ResidentRecord &r, const QJsonObject &body, const QString &field);
// 続柄 {relationshipCode[, relationshipText]} into r.
void readRelationship(ResidentRecord &r, const QJsonObject &o, const QString &path,
                      const CodeEdition &codes);
// The address as printed: 町字 + 番地・号 (+ 方書).
QString addressText(const ResidentRecord &r);

} // namespace kikan::resident
