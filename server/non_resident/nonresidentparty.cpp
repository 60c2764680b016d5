// The pure rules of a 住登外者・法人 entry (nonresidentparty.h).
#include "nonresidentparty.h"

#include "shared/api/non_resident/errors.h"
#include "shared/identity/corporatenumber.h"

namespace kikan::non_resident {

namespace {
core::Failure refusal(const char *field, const QString &message)
{
    return core::Failure::invalidField(QString::fromLatin1(field), message);
}
} // namespace

std::optional<core::Failure> entryRefusal(PartyInput &in)
{
    const bool corporation = in.kind == QLatin1String(party::kind::Corporation);
    if (!corporation && in.kind != QLatin1String(party::kind::NonResident))
        return refusal("kind", QStringLiteral("種別は non_resident（住登外者）か corporation（法人）です。"));
    if (in.familyName.isEmpty())
        return refusal("familyName", corporation ? QStringLiteral("名称を入力してください。")
                                                 : QStringLiteral("氏を入力してください。"));
    if (in.address.isEmpty())
        return refusal("address", QStringLiteral("住所・所在地を入力してください。"));
    if (corporation) {
        if (!in.givenName.isEmpty() || !in.sex.isEmpty() || in.birthDate.isValid())
            return refusal("givenName", QStringLiteral("法人には名・性別・生年月日はありません。"));
        if (!in.corporateNumber.isEmpty()) {
            const auto number = identity::CorporateNumber::parse(in.corporateNumber);
            if (!number.ok())
                return core::Failure(api::err::NonResidentCorporateNumber, number.error().message,
                                     {{QStringLiteral("fields"), QJsonObject{{QStringLiteral("corporateNumber"),
                                                                              number.error().message}}}});
            in.corporateNumber = number.value().digits();
        }
        return std::nullopt;
    }
    if (!in.corporateNumber.isEmpty())
        return refusal("corporateNumber", QStringLiteral("法人番号は法人にだけ記録します。"));
    if (in.sex.isEmpty())
        in.sex = QStringLiteral("9");
    if (in.sex != QLatin1String("1") && in.sex != QLatin1String("2") && in.sex != QLatin1String("9"))
        return refusal("sex", QStringLiteral("性別は 1（男）、2（女）、9（不明）のいずれかです。"));
    return std::nullopt;
}

party::PartySnapshot snapshotOf(const PartyRecord &r, QDate asOf)
{
    party::PartySnapshot s;
    s.partyNo = r.partyNo;
    s.asOf = asOf;
    s.kind = r.fields.kind;
    s.status = r.fields.closed ? QStringLiteral("closed") : QStringLiteral("active");
    s.familyName = r.fields.familyName;
    s.givenName = r.fields.givenName;
    s.familyNameKana = r.fields.familyNameKana;
    s.givenNameKana = r.fields.givenNameKana;
    s.birthDate = r.fields.birthDate;
    s.sex = r.fields.sex;
    s.address = r.fields.address;
    s.postalCode = r.fields.postalCode;
    s.corporateNumber = r.fields.corporateNumber;
    return s;
}

} // namespace kikan::non_resident
