// The person, address and 続柄 items of a 異動 request as typed values (parsed from JSON in
// personinput.cpp), and how they are applied to a record with the checks that need the code
// tables or the record itself: the standard's data items (基本データリスト: 氏名, フリガナ,
// 生年月日, 性別, 続柄, 住所; 外国人住民の国籍等 and 法第30条の45の区分). Every refusal names the field
// ("persons[0].sex"). No JSON here.
#pragma once

#include "codetables.h"
#include "residentrecord.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kikan::resident {

// A refusal naming the field at fault (core::Failure::invalidField, request.validation).
[[noreturn]] void refuse(const QString &field, const QString &message);
// resident.state: the person's present state does not allow the change (moved out, dead …).
[[noreturn]] void refuseState(const QString &field, const QString &message);
// "path.field", or "field" when the path is empty.
QString fieldAt(const QString &path, const QString &field);

// The person items present in a request (a patch: an absent item leaves the record as it is).
// Formats (kana, digits, 個人番号 check digit, dates, lengths) are checked when parsing.
struct PersonInput {
    std::optional<ResidentKind> kind;           // residentKind, when given and not empty
    std::optional<QString> familyName;          // 氏
    std::optional<QString> givenName;           // 名
    std::optional<QString> familyNameKana;
    std::optional<QString> givenNameKana;
    std::optional<QDate> birthDate;
    std::optional<QString> sex;
    std::optional<QString> myNumber;            // clear text; empty clears it
    std::optional<QDate> stayExpiryDate;        // 在留期間の満了の日 (null date clears it)
    // The plain text items (personTextItems()) by name.
    QHash<QString, QString> texts;
};

// The plain text items of a person: JSON name, the record's member, the longest allowed text.
struct PersonTextItem {
    const char *name;
    QString ResidentRecord::*member;
    int maxLength;
};
const QList<PersonTextItem> &personTextItems();

// 住所: a 町字 of the town's table, 番地・号 normalised, 方書, 郵便番号.
struct AddressInput {
    QString townAreaCode;
    QString addressNumber;
    QString addressSupplement;
    QString postalCode;
};

// 続柄: the code sequence ("1220" = 妻の子) and, optionally, the printed text.
struct RelationshipInput {
    QString code;
    QString text;
};

// Applies the items present to `r`; with `creating`, the items every record must have are
// required. `path` prefixes field names in errors ("persons[0]").
void applyPerson(ResidentRecord &r, const PersonInput &in, const QString &path,
                 const CodeEdition &codes, bool creating);
void applyAddress(ResidentRecord &r, const AddressInput &address);
// Checks the code against the 続柄 table (at most codes.relationshipGenerations joined with の)
// and sets code and text (derived from the code when none is given).
void applyRelationship(ResidentRecord &r, const RelationshipInput &in, const QString &path,
                       const CodeEdition &codes);
// The address as printed: 町字 + 番地・号 (+ 方書).
QString addressText(const ResidentRecord &r);

} // namespace kikan::resident
