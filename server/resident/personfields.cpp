// Applying the person, address and 続柄 items of a 異動 to a record (personfields.h).
#include "personfields.h"

#include "server/core/failure.h"
#include "shared/api/resident/errors.h"

namespace kikan::resident {

namespace {
const QString kMissing = QStringLiteral("入力してください。");

// The names, with the 住民種別 already applied: 名 and both フリガナ are required of a Japanese
// resident's new record, 氏 and 氏のフリガナ of everyone's.
void applyNames(ResidentRecord &r, const PersonInput &in, const QString &path, bool creating)
{
    if (in.familyName)
        r.familyName = *in.familyName;
    else if (creating)
        refuse(fieldAt(path, QStringLiteral("familyName")), kMissing);
    const bool japanese = r.kind == ResidentKind::Japanese;
    const struct {
        const char *name;
        const std::optional<QString> &value;
        QString ResidentRecord::*member;
        bool required;
    } items[] = {
        {"givenName", in.givenName, &ResidentRecord::givenName, japanese},
        {"familyNameKana", in.familyNameKana, &ResidentRecord::familyNameKana, creating},
        {"givenNameKana", in.givenNameKana, &ResidentRecord::givenNameKana, creating && japanese},
    };
    for (const auto &item : items) {
        if (!item.value && !creating)
            continue;
        const QString value = item.value.value_or(QString());
        if (item.required && value.isEmpty())
            refuse(fieldAt(path, QLatin1String(item.name)), kMissing);
        r.*item.member = value;
    }
}

// 法第30条の45の区分 from the table; 外国人住民: 国籍等 and the 区分 are part of every record.
void checkForeignItems(const ResidentRecord &r, const PersonInput &in, const QString &path,
                       const CodeEdition &codes)
{
    const QString cls = r.article30_45Class;
    const bool given = in.texts.contains(QStringLiteral("article30_45Class"));
    if (given && !cls.isEmpty() && !codes.article30_45Classes.contains(cls)) {
        refuse(fieldAt(path, QStringLiteral("article30_45Class")),
               QStringLiteral("法第30条の45の区分 %1 は表にありません。").arg(cls));
    }
    if (r.kind != ResidentKind::Foreign)
        return;
    if (r.nationality.isEmpty()) {
        refuse(fieldAt(path, QStringLiteral("nationality")),
               QStringLiteral("外国人住民は国籍等を入力してください。"));
    }
    if (cls.isEmpty()) {
        refuse(fieldAt(path, QStringLiteral("article30_45Class")),
               QStringLiteral("外国人住民は法第30条の45の区分を入力してください。"));
    }
}
} // namespace

void refuse(const QString &field, const QString &message)
{
    throw core::Failure::invalidField(field, message);
}

void refuseState(const QString &field, const QString &message)
{
    throw core::Failure(api::err::ResidentState, message, {{QStringLiteral("field"), field}});
}

QString fieldAt(const QString &path, const QString &field)
{
    return path.isEmpty() ? field : path + QLatin1Char('.') + field;
}

const QList<PersonTextItem> &personTextItems()
{
    static const QList<PersonTextItem> items{
        {"formerFamilyName", &ResidentRecord::formerFamilyName, 50},
        {"alias", &ResidentRecord::alias, 100},
        {"nameRoman", &ResidentRecord::nameRoman, 200},
        {"birthDateUnknown", &ResidentRecord::birthDateUnknown, 20},
        {"residentRecordCode", &ResidentRecord::residentRecordCode, 11},
        {"registeredDomicile", &ResidentRecord::registeredDomicile, 200},
        {"familyRegisterHead", &ResidentRecord::familyRegisterHead, 50},
        {"nationality", &ResidentRecord::nationality, 50},
        {"residenceStatus", &ResidentRecord::residenceStatus, 50},
        {"periodOfStay", &ResidentRecord::periodOfStay, 50},
        {"residenceCardNo", &ResidentRecord::residenceCardNo, 12},
        {"article30_45Class", &ResidentRecord::article30_45Class, 2},
    };
    return items;
}

void applyPerson(ResidentRecord &r, const PersonInput &in, const QString &path,
                 const CodeEdition &codes, bool creating)
{
    if (in.kind)
        r.kind = *in.kind;
    applyNames(r, in, path, creating);
    if (in.birthDate)
        r.birthDate = *in.birthDate;
    else if (creating)
        refuse(fieldAt(path, QStringLiteral("birthDate")), QStringLiteral("日付を入力してください。"));
    if (in.sex) {
        if (!codes.sexes.contains(*in.sex)) {
            refuse(fieldAt(path, QStringLiteral("sex")),
                   QStringLiteral("性別は 1（男）、2（女）、9（不明）です。"));
        }
        r.sex = *in.sex;
    } else if (creating) {
        refuse(fieldAt(path, QStringLiteral("sex")), kMissing);
    }
    if (in.myNumber)
        r.myNumber = *in.myNumber;
    if (in.stayExpiryDate)
        r.stayExpiryDate = *in.stayExpiryDate;
    for (const PersonTextItem &item : personTextItems()) {
        const auto it = in.texts.constFind(QLatin1String(item.name));
        if (it != in.texts.constEnd())
            r.*item.member = *it;
    }
    checkForeignItems(r, in, path, codes);
}

void applyAddress(ResidentRecord &r, const AddressInput &address)
{
    r.townAreaCode = address.townAreaCode;
    r.addressNumber = address.addressNumber;
    r.addressSupplement = address.addressSupplement;
    r.postalCode = address.postalCode;
}

void applyRelationship(ResidentRecord &r, const RelationshipInput &in, const QString &path,
                       const CodeEdition &codes)
{
    const QString field = fieldAt(path, QStringLiteral("relationshipCode"));
    if (!codes.isRelationship(in.code))
        refuse(field, QStringLiteral("続柄コード %1 は続柄の表にありません。").arg(in.code));
    // 標準仕様書 1.1.11: beyond the generations joined with の, the person is a 縁故者.
    if (in.code.size() / 2 > codes.relationshipGenerations) {
        refuse(field, QStringLiteral("続柄は%1世代まで「の」でつなげられます。それを超える場合は"
                                     "縁故者としてください。").arg(codes.relationshipGenerations));
    }
    r.relationshipCode = in.code;
    r.relationshipText = in.text.isEmpty() ? codes.relationshipText(in.code) : in.text;
}

QString addressText(const ResidentRecord &r)
{
    const TownArea *area = CodeTables::instance().townArea(r.townAreaCode);
    QString s = CodeTables::instance().municipality() + (area ? area->name : r.townAreaCode)
                + r.addressNumber;
    if (!r.addressSupplement.isEmpty())
        s += QChar(0x3000) + r.addressSupplement;
    return s;
}

} // namespace kikan::resident
