// The printed form of resident items on certificates (see certificatefields_p.h).
#include "certificatefields_p.h"

#include "certificaterenderer.h"
#include "shared/core/wareki.h"
#include "shared/api/resident/errors.h"

namespace kikan::resident::detail {

namespace {

QString sexText(const QString &code)
{
    // 性別 codes of resources/resident/codes.json: 1 男, 2 女, 9 不明 (printed blank).
    if (code == u"1")
        return QStringLiteral("男");
    if (code == u"2")
        return QStringLiteral("女");
    return QString();
}

QString groupedMyNumber(const QString &digits)
{
    if (digits.size() != 12)
        return digits;
    return digits.left(4) + u' ' + digits.mid(4, 4) + u' ' + digits.mid(8);
}

} // namespace

QString printedDate(QDate date, ResidentKind kind, const QString &unknownParts)
{
    if (!date.isValid() || unknownParts == u"all")
        return unknownParts == u"all" ? QStringLiteral("不詳") : QString();
    QString year;
    if (kind == ResidentKind::Japanese) {
        const auto wareki = core::WarekiDate::fromDate(date);
        if (!wareki.ok())
            return QString();
        year = core::eraYearLabel(wareki->era(), wareki->year());
    } else {
        year = QStringLiteral("%1年").arg(date.year());
    }
    if (unknownParts == u"month_day")
        return year + QStringLiteral("（月日不詳）");
    if (unknownParts == u"day")
        return year + QStringLiteral("%1月（日不詳）").arg(date.month());
    return year + QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
}

core::Result<QString> printedAddress(const ResidentRecord &record, const TownData &town)
{
    const auto area = town.townAreas.constFind(record.townAreaCode);
    if (area == town.townAreas.constEnd()) {
        return core::Error{QString::fromLatin1(err::CertificateUnknownTownArea),
                           QStringLiteral("町字コード %1 が町字の表にありません")
                               .arg(record.townAreaCode)};
    }
    QString address = town.prefecture + town.municipality + town.townAreaPrefix + *area
                      + record.addressNumber;
    if (!record.addressSupplement.isEmpty())
        address += QChar(0x3000) + record.addressSupplement;
    return address;
}

forms::Values personValues(const ResidentRecord &r, const CertificateRequest &request,
                           const QString &address)
{
    const CertificateOptions &o = request.options;
    forms::Values v;
    v[QStringLiteral("name")] = r.fullName();
    v[QStringLiteral("nameKana")] = r.fullNameKana();
    v[QStringLiteral("birthDate")] = printedDate(r.birthDate, r.kind, r.birthDateUnknown);
    v[QStringLiteral("sex")] = sexText(r.sex);
    v[QStringLiteral("relationship")] = o.relationship ? r.relationshipText : QString();
    v[QStringLiteral("address")] = address;
    // 標準仕様書 1.1.9: every date in 和暦 but a foreign resident's 生年月日 and 在留期間の満了の日.
    v[QStringLiteral("residentSince")] = printedDate(r.residentSince, ResidentKind::Japanese);
    v[QStringLiteral("addressSince")] = printedDate(r.addressSince, ResidentKind::Japanese);
    v[QStringLiteral("registeredDomicile")] =
        o.registeredDomicile ? r.registeredDomicile : QString();
    v[QStringLiteral("familyRegisterHead")] =
        o.registeredDomicile ? r.familyRegisterHead : QString();
    v[QStringLiteral("residentRecordCode")] =
        o.residentRecordCode ? r.residentRecordCode : QString();
    v[QStringLiteral("myNumber")] = o.myNumber ? groupedMyNumber(r.myNumber) : QString();
    v[QStringLiteral("previousAddress")] = o.previousAddress ? r.previousAddress : QString();
    v[QStringLiteral("destinationAddress")] = r.destinationAddress;
    v[QStringLiteral("formerFamilyName")] = r.formerFamilyName;
    // 外国人住民 (法第30条の45): printed on the 個人票 when present.
    const bool foreign = r.kind == ResidentKind::Foreign;
    v[QStringLiteral("foreign")] = foreign ? QStringLiteral("1") : QString();
    v[QStringLiteral("alias")] = r.alias;
    v[QStringLiteral("nameRoman")] = r.nameRoman;
    v[QStringLiteral("nationality")] = foreign ? r.nationality : QString();
    v[QStringLiteral("residenceStatus")] = foreign ? r.residenceStatus : QString();
    v[QStringLiteral("periodOfStay")] = foreign ? r.periodOfStay : QString();
    v[QStringLiteral("stayExpiryDate")] = foreign ? printedDate(r.stayExpiryDate, r.kind)
                                                  : QString();
    v[QStringLiteral("residenceCardNo")] = foreign ? r.residenceCardNo : QString();
    v[QStringLiteral("article30_45Class")] = foreign ? r.article30_45Class : QString();
    return v;
}

} // namespace kikan::resident::detail
