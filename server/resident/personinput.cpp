// Person, address and date fields of 異動 requests (personinput.h).
#include "personinput.h"

#include "residentstore.h"
#include "search.h"
#include "server/core/failure.h"
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"
#include "shared/core/dateinput.h"
#include "shared/identity/mynumber.h"
#include "shared/text/normalize.h"

#include <QRegularExpression>

namespace kikan::resident {

namespace {
QString at(const QString &path, const QString &field)
{
    return path.isEmpty() ? field : path + QLatin1Char('.') + field;
}


bool isKana(const QString &s)
{
    static const QRegularExpression kana(
        QStringLiteral("^[\\x{3041}-\\x{309F}\\x{30A0}-\\x{30FF}\\x{FF65}-\\x{FF9F} "
                       "\\x{3000}]+$"));
    return kana.match(s).hasMatch();
}

bool allDigits(const QString &s, int length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}
} // namespace

void refuse(const QString &field, const QString &message)
{
    throw core::Failure::invalidField(field, message);
}

void refuseState(const QString &field, const QString &message)
{
    throw core::Failure(api::err::ResidentState, message,
                         {{QStringLiteral("field"), field}});
}

QDate readDate(const QJsonObject &body, const QString &field, const QString &path,
               bool required)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
        if (required)
            refuse(at(path, field), QStringLiteral("日付を入力してください。"));
        return {};
    }
    if (!v.isString())
        refuse(at(path, field), QStringLiteral("日付は文字列で指定してください。"));
    const auto parsed = core::parseDate(v.toString());
    if (!parsed.ok())
        refuse(at(path, field), parsed.error().message);
    return parsed.value().date;
}

QString readText(const QJsonObject &body, const QString &field, const QString &path,
                 bool required, int maxLength)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            refuse(at(path, field), QStringLiteral("入力してください。"));
        return {};
    }
    if (!v.isString())
        refuse(at(path, field), QStringLiteral("文字列で指定してください。"));
    const QString s = text::normalizeForStorage(v.toString().trimmed());
    if (required && s.isEmpty())
        refuse(at(path, field), QStringLiteral("入力してください。"));
    if (s.size() > maxLength)
        refuse(at(path, field), QStringLiteral("%1文字以内で入力してください。").arg(maxLength));
    return s;
}

qint64 readNumber(const QJsonObject &body, const QString &field, const QString &path,
                  bool required)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            refuse(at(path, field), QStringLiteral("番号を指定してください。"));
        return 0;
    }
    if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(qint64(v.toDouble())))
        refuse(at(path, field), QStringLiteral("正の整数で指定してください。"));
    return qint64(v.toDouble());
}

int readVersion(const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(v.toInt())) {
        refuse(field, QStringLiteral("照会したときの版数（%1）を指定してください。"
                                    "他の端末の更新を上書きしないために必要です。").arg(field));
    }
    return v.toInt();
}

void readRelationship(ResidentRecord &r, const QJsonObject &o, const QString &path,
                      const CodeEdition &codes)
{
    const QString code = readText(o, QStringLiteral("relationshipCode"), path, true, 20);
    if (!codes.isRelationship(code)) {
        refuse(at(path, QStringLiteral("relationshipCode")),
              QStringLiteral("続柄コード %1 は続柄の表にありません。").arg(code));
    }
    if (code.size() / 2 > codes.relationshipGenerations) {
        refuse(at(path, QStringLiteral("relationshipCode")),
               QStringLiteral("続柄は%1世代まで「の」でつなげられます。それを超える場合は縁故者と"
                              "してください。").arg(codes.relationshipGenerations));
    }
    r.relationshipCode = code;
    const QString text = readText(o, QStringLiteral("relationshipText"), path, false, 40);
    r.relationshipText = text.isEmpty() ? codes.relationshipText(code) : text;
}

void readPerson(ResidentRecord &r, const QJsonObject &o, const QString &path,
                const CodeEdition &codes, bool creating)
{
    auto has = [&](const char *f) { return o.contains(QLatin1String(f)); };
    auto txt = [&](const char *f, bool required, int max = 100) {
        return readText(o, QLatin1String(f), path, required, max);
    };
    if (has("residentKind") || creating) {
        const QString k = txt("residentKind", false, 20);
        if (!k.isEmpty() && k != QLatin1String("japanese") && k != QLatin1String("foreign")) {
            refuse(at(path, QStringLiteral("residentKind")),
                  QStringLiteral("住民種別は japanese（日本人）か foreign（外国人）です。"));
        }
        if (!k.isEmpty())
            r.kind = kindFromCode(k);
    }
    if (has("familyName") || creating)
        r.familyName = txt("familyName", true, 50);
    if (has("givenName") || creating)
        r.givenName = txt("givenName", r.kind == ResidentKind::Japanese, 50);
    for (const char *f : {"familyNameKana", "givenNameKana"}) {
        if (!has(f) && !creating)
            continue;
        const bool required = creating && (r.kind == ResidentKind::Japanese
                                           || QLatin1String(f) == "familyNameKana");
        const QString kana = txt(f, required);
        if (!kana.isEmpty() && !isKana(kana)) {
            refuse(at(path, QLatin1String(f)),
                  QStringLiteral("フリガナはカタカナかひらがなで入力してください。"));
        }
        (QLatin1String(f) == "familyNameKana" ? r.familyNameKana : r.givenNameKana) = kana;
    }
    if (has("formerFamilyName"))
        r.formerFamilyName = txt("formerFamilyName", false, 50);
    if (has("alias"))
        r.alias = txt("alias", false);
    if (has("nameRoman"))
        r.nameRoman = txt("nameRoman", false, 200);
    if (has("birthDate") || creating)
        r.birthDate = readDate(o, QStringLiteral("birthDate"), path, true);
    if (has("birthDateUnknown"))
        r.birthDateUnknown = txt("birthDateUnknown", false, 20);
    if (has("sex") || creating) {
        r.sex = txt("sex", true, 2);
        if (!codes.sexes.contains(r.sex))
            refuse(at(path, QStringLiteral("sex")), QStringLiteral("性別は 1（男）、2（女）、9（不明）です。"));
    }
    if (has("residentRecordCode")) {
        r.residentRecordCode = txt("residentRecordCode", false, 11);
        if (!r.residentRecordCode.isEmpty() && !allDigits(r.residentRecordCode, 11)) {
            refuse(at(path, QStringLiteral("residentRecordCode")),
                  QStringLiteral("住民票コードは11桁の数字です。"));
        }
    }
    if (has("myNumber")) {
        const QString typed = txt("myNumber", false, 20);
        r.myNumber.clear();
        if (!typed.isEmpty()) {
            const auto n = identity::MyNumber::parse(typed);
            if (!n.ok())
                refuse(at(path, QStringLiteral("myNumber")), n.error().message);
            r.myNumber = n.value().clearText();
        }
    }
    if (has("registeredDomicile"))
        r.registeredDomicile = txt("registeredDomicile", false, 200);
    if (has("familyRegisterHead"))
        r.familyRegisterHead = txt("familyRegisterHead", false, 50);
    if (has("nationality"))
        r.nationality = txt("nationality", false, 50);
    if (has("residenceStatus"))
        r.residenceStatus = txt("residenceStatus", false, 50);
    if (has("periodOfStay"))
        r.periodOfStay = txt("periodOfStay", false, 50);
    if (has("stayExpiryDate"))
        r.stayExpiryDate = readDate(o, QStringLiteral("stayExpiryDate"), path, false);
    if (has("residenceCardNo"))
        r.residenceCardNo = txt("residenceCardNo", false, 12);
    if (has("article30_45Class")) {
        r.article30_45Class = txt("article30_45Class", false, 2);
        if (!r.article30_45Class.isEmpty() && !codes.article30_45Classes.contains(
                r.article30_45Class)) {
            refuse(at(path, QStringLiteral("article30_45Class")),
                  QStringLiteral("法第30条の45の区分 %1 は表にありません。")
                      .arg(r.article30_45Class));
        }
    }
    // 外国人住民 (法第30条の45): 国籍等 and the 区分 are part of every record.
    if (r.kind == ResidentKind::Foreign) {
        if (r.nationality.isEmpty())
            refuse(at(path, QStringLiteral("nationality")), QStringLiteral("外国人住民は国籍等を入力してください。"));
        if (r.article30_45Class.isEmpty()) {
            refuse(at(path, QStringLiteral("article30_45Class")),
                  QStringLiteral("外国人住民は法第30条の45の区分を入力してください。"));
        }
    }
}

void readAddress(ResidentRecord &r, const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    if (!v.isObject())
        refuse(field, QStringLiteral("住所（町字コードと番地）を入力してください。"));
    const QJsonObject a = v.toObject();
    const QString code = readText(a, QStringLiteral("townAreaCode"), field, true, 10);
    if (!CodeTables::instance().townArea(code)) {
        refuse(field + QStringLiteral(".townAreaCode"),
              QStringLiteral("町字コード %1 は町字の表にありません。").arg(code));
    }
    r.townAreaCode = code;
    r.addressNumber = normalizeAddressNumber(
        readText(a, QStringLiteral("addressNumber"), field, true, 50));
    r.addressSupplement = readText(a, QStringLiteral("addressSupplement"), field, false);
    r.postalCode = readText(a, QStringLiteral("postalCode"), field, false, 8);
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
