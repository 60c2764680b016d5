// Resident records as JSON (recordjson.h).
#include "recordjson.h"
#include "server/core/dates.h"

#include "codetables.h"
#include "personinput.h"
#include "residentstore.h"
#include "shared/identity/mynumber.h"

namespace kikan::resident {

namespace {
QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(core::isoDate(d)) : QJsonValue();
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue myNumber(const QString &digits, bool show)
{
    if (digits.isEmpty())
        return QJsonValue();
    if (show)
        return digits;
    const auto n = identity::MyNumber::parse(digits);
    return n.ok() ? n.value().masked() : QStringLiteral("************");
}
} // namespace

QJsonObject summaryJson(const ResidentRecord &r, bool showMyNumber)
{
    return {{QStringLiteral("partyNo"), r.partyNo},
            {QStringLiteral("householdNo"), r.householdNo},
            {QStringLiteral("status"), statusCode(r.status)},
            {QStringLiteral("removed"), r.status != ResidentStatus::Resident}, // 除票
            {QStringLiteral("residentKind"), kindCode(r.kind)},
            {QStringLiteral("name"), r.fullName()},
            {QStringLiteral("nameKana"), r.fullNameKana()},
            {QStringLiteral("birthDate"), date(r.birthDate)},
            {QStringLiteral("sex"), r.sex},
            {QStringLiteral("relationshipCode"), r.relationshipCode},
            {QStringLiteral("relationshipText"), r.relationshipText},
            {QStringLiteral("address"), addressText(r)},
            {QStringLiteral("residentRecordCode"), text(r.residentRecordCode)},
            {QStringLiteral("myNumber"), myNumber(r.myNumber, showMyNumber)}};
}

QJsonObject recordJson(const ResidentRecord &r, bool showMyNumber)
{
    QJsonObject o = summaryJson(r, showMyNumber);
    const QList<QPair<const char *, QJsonValue>> more = {
        {"historyNo", r.historyNo},
        {"changeId", r.changeId},
        {"validFrom", date(r.validFrom)},
        {"validTo", date(r.validTo)},
        {"recordedAt", r.recordedAt},
        {"supersededAt", text(r.supersededAt)},
        {"supersededByChangeId", r.supersededByChangeId ? QJsonValue(r.supersededByChangeId)
                                                        : QJsonValue()},
        {"familyName", r.familyName},
        {"givenName", r.givenName},
        {"familyNameKana", r.familyNameKana},
        {"givenNameKana", r.givenNameKana},
        {"formerFamilyName", text(r.formerFamilyName)},
        {"alias", text(r.alias)},
        {"nameRoman", text(r.nameRoman)},
        {"birthDateUnknown", text(r.birthDateUnknown)},
        {"entryOrder", r.entryOrder},
        {"townAreaCode", r.townAreaCode},
        {"addressNumber", r.addressNumber},
        {"addressSupplement", text(r.addressSupplement)},
        {"postalCode", text(r.postalCode)},
        {"addressSince", date(r.addressSince)},
        {"residentSince", date(r.residentSince)},
        {"previousAddress", text(r.previousAddress)},
        {"destinationAddress", text(r.destinationAddress)},
        {"registeredDomicile", text(r.registeredDomicile)},
        {"familyRegisterHead", text(r.familyRegisterHead)},
        {"nationality", text(r.nationality)},
        {"residenceStatus", text(r.residenceStatus)},
        {"periodOfStay", text(r.periodOfStay)},
        {"stayExpiryDate", date(r.stayExpiryDate)},
        {"residenceCardNo", text(r.residenceCardNo)},
        {"article30_45Class", text(r.article30_45Class)},
    };
    for (const auto &[key, value] : more)
        o.insert(QLatin1String(key), value);
    return o;
}

} // namespace kikan::resident
