// Reading request fields, persons and addresses from JSON (personinput.h).
#include "personinput.h"

#include "residentstore.h"
#include "search.h"
#include "server/core/failure.h"
#include "shared/api/errorcode.h"
#include "shared/core/dateinput.h"
#include "shared/identity/mynumber.h"
#include "shared/text/normalize.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace kikan::resident {

namespace {
QString at(const QString &path, const QString &field)
{
    return fieldAt(path, field);
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

QList<qint64> partyNoList(const QJsonObject &body, const QString &field)
{
    QList<qint64> out;
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray())
        refuse(field, QStringLiteral("宛名番号の配列で指定してください。"));
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isDouble() || item.toDouble() < 1) {
            refuse(QStringLiteral("%1[%2]").arg(field).arg(i),
                   QStringLiteral("宛名番号を指定してください。"));
        }
        out.append(qint64(item.toDouble()));
    }
    return out;
}

RelationshipInput parseRelationship(const QJsonObject &o, const QString &path)
{
    return {readText(o, QStringLiteral("relationshipCode"), path, true, 20),
            readText(o, QStringLiteral("relationshipText"), path, false, 40)};
}

namespace {
// 住民種別, 氏名 and フリガナ; whether 名 and フリガナ are required is decided when applying.
void parseNames(PersonInput &in, const QJsonObject &o, const QString &path)
{
    const QString kind = readText(o, QStringLiteral("residentKind"), path, false, 20);
    if (!kind.isEmpty() && kind != QLatin1String("japanese") && kind != QLatin1String("foreign")) {
        refuse(at(path, QStringLiteral("residentKind")),
               QStringLiteral("住民種別は japanese（日本人）か foreign（外国人）です。"));
    }
    if (!kind.isEmpty())
        in.kind = kindFromCode(kind);
    if (o.contains(QStringLiteral("familyName")))
        in.familyName = readText(o, QStringLiteral("familyName"), path, true, 50);
    if (o.contains(QStringLiteral("givenName")))
        in.givenName = readText(o, QStringLiteral("givenName"), path, false, 50);
    for (const char *f : {"familyNameKana", "givenNameKana"}) {
        if (!o.contains(QLatin1String(f)))
            continue;
        const QString kana = readText(o, QLatin1String(f), path, false);
        if (!kana.isEmpty() && !isKana(kana)) {
            refuse(at(path, QLatin1String(f)),
                   QStringLiteral("フリガナはカタカナかひらがなで入力してください。"));
        }
        (QLatin1String(f) == "familyNameKana" ? in.familyNameKana : in.givenNameKana) = kana;
    }
}

QString parseMyNumber(const QJsonObject &o, const QString &path)
{
    const QString typed = readText(o, QStringLiteral("myNumber"), path, false, 20);
    if (typed.isEmpty())
        return {};
    const auto n = identity::MyNumber::parse(typed);
    if (!n.ok())
        refuse(at(path, QStringLiteral("myNumber")), n.error().message);
    return n.value().clearText();
}
} // namespace

PersonInput parsePerson(const QJsonObject &o, const QString &path)
{
    PersonInput in;
    parseNames(in, o, path);
    if (o.contains(QStringLiteral("birthDate")))
        in.birthDate = readDate(o, QStringLiteral("birthDate"), path, true);
    if (o.contains(QStringLiteral("sex")))
        in.sex = readText(o, QStringLiteral("sex"), path, true, 2);
    if (o.contains(QStringLiteral("myNumber")))
        in.myNumber = parseMyNumber(o, path);
    if (o.contains(QStringLiteral("stayExpiryDate")))
        in.stayExpiryDate = readDate(o, QStringLiteral("stayExpiryDate"), path, false);
    for (const PersonTextItem &item : personTextItems()) {
        const QString name = QLatin1String(item.name);
        if (o.contains(name))
            in.texts.insert(name, readText(o, name, path, false, item.maxLength));
    }
    const QString code = in.texts.value(QStringLiteral("residentRecordCode"));
    if (!code.isEmpty() && !allDigits(code, 11)) {
        refuse(at(path, QStringLiteral("residentRecordCode")),
               QStringLiteral("住民票コードは11桁の数字です。"));
    }
    return in;
}

AddressInput parseAddress(const QJsonObject &body, const QString &field)
{
    const QJsonValue v = body.value(field);
    if (!v.isObject())
        refuse(field, QStringLiteral("住所（町字コードと番地）を入力してください。"));
    const QJsonObject a = v.toObject();
    AddressInput out;
    out.townAreaCode = readText(a, QStringLiteral("townAreaCode"), field, true, 10);
    if (!CodeTables::instance().townArea(out.townAreaCode)) {
        refuse(field + QStringLiteral(".townAreaCode"),
               QStringLiteral("町字コード %1 は町字の表にありません。").arg(out.townAreaCode));
    }
    out.addressNumber = normalizeAddressNumber(
        readText(a, QStringLiteral("addressNumber"), field, true, 50));
    out.addressSupplement = readText(a, QStringLiteral("addressSupplement"), field, false);
    out.postalCode = readText(a, QStringLiteral("postalCode"), field, false, 8);
    return out;
}

} // namespace kikan::resident
