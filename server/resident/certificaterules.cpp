// Who may ask for a certificate and what it prints (certificaterules.h; 住民基本台帳法 第12条,
// 第12条の2, 第12条の3).
#include "certificaterules.h"

#include "server/audit/auditlog.h"
#include "shared/api/resident/errors.h"

#include <cstddef>

namespace kikan::resident {

namespace {

// An API name and what it stands for.
template <class T>
struct ApiName {
    const char *api;
    T value;
};

template <class T, std::size_t N>
std::optional<T> fromApiName(const ApiName<T> (&names)[N], const QString &name)
{
    for (const ApiName<T> &n : names) {
        if (name == QLatin1String(n.api))
            return n.value;
    }
    return std::nullopt;
}

const ApiName<CertificateKind> kKinds[] = {
    {"household", CertificateKind::HouseholdCopy},
    {"individual", CertificateKind::IndividualCopy},
    {"entries_certificate", CertificateKind::EntryCertificate},
    {"removed", CertificateKind::RemovedCopy},
    {"move_out", CertificateKind::MoveOutCertificate},
};

// public_body is left out: the API takes 本人, 同一世帯 and 第三者 only (docs/resident.md).
const ApiName<RequesterRelation> kRelations[] = {
    {"self", RequesterRelation::Self},
    {"household", RequesterRelation::Household},
    {"third_party", RequesterRelation::ThirdParty},
};

} // namespace

std::optional<RequesterRelation> requesterRelationFromName(const QString &name)
{
    return fromApiName(kRelations, name);
}

QString requesterRelationName(RequesterRelation relation)
{
    for (const ApiName<RequesterRelation> &r : kRelations) {
        if (r.value == relation)
            return QString::fromLatin1(r.api);
    }
    return QStringLiteral("public_body");
}

std::optional<CertificateKind> certificateKindFromApiName(const QString &name)
{
    return fromApiName(kKinds, name);
}

bool certifiesOnePerson(CertificateKind kind)
{
    return kind == CertificateKind::IndividualCopy || kind == CertificateKind::EntryCertificate
           || kind == CertificateKind::RemovedCopy;
}

std::optional<core::Failure> targetRefusal(CertificateKind kind, const CertificateTarget &target)
{
    const bool onePerson = certifiesOnePerson(kind);
    if (onePerson ? target.partyNo != 0 : (target.partyNo != 0 || target.householdNo != 0))
        return std::nullopt;
    return core::Failure::invalidField(
        onePerson ? QStringLiteral("partyNo") : QStringLiteral("householdNo"),
        QStringLiteral("証明する方の宛名番号か世帯番号を指定してください。"));
}

std::optional<core::Failure> asOfRefusal(QDate asOf, QDate today)
{
    if (asOf <= today)
        return std::nullopt;
    return core::Failure::invalidField(QStringLiteral("date"),
                                       QStringLiteral("今日より後の日付では証明できません。"));
}

std::optional<core::Failure> optionsRefusal(const CertificateOptions &options,
                                            const core::Actor &actor)
{
    if (!options.myNumber)
        return std::nullopt;
    if (!actor.has(QStringLiteral("resident"), QStringLiteral("my_number"))) {
        return core::Failure(api::err::ResidentMyNumberForbidden,
                             QStringLiteral("個人番号を記載する権限（resident:my_number）が"
                                            "ありません。"));
    }
    if (options.myNumberReason.isEmpty())
        return core::Failure(api::err::CertificateMyNumberReason);
    return std::nullopt;
}

bool reasonRequired(RequesterRelation relation)
{
    return relation == RequesterRelation::ThirdParty || relation == RequesterRelation::PublicBody;
}

std::optional<core::Failure> requesterRefusal(const Requester &requester)
{
    if (reasonRequired(requester.relation) && requester.reason.isEmpty())
        return core::Failure::invalidField(QStringLiteral("requester.reason"),
                                           QStringLiteral("入力してください。"));
    return std::nullopt;
}

QList<ResidentRecord> rowsAsOf(const QList<ResidentRecord> &history, QDate asOf)
{
    QList<ResidentRecord> out;
    for (const ResidentRecord &h : history) {
        if (h.supersededAt.isEmpty() && h.validFrom <= asOf)
            out.append(h);
    }
    return out;
}

MemberSelection selectMembers(const QList<ResidentRecord> &members, bool moveOut,
                              const QList<qint64> &partyNos)
{
    MemberSelection out;
    for (const ResidentRecord &m : members) {
        if (moveOut == (m.status == ResidentStatus::Resident))
            continue;
        ++out.eligible;
        if (partyNos.isEmpty() || partyNos.contains(m.partyNo))
            out.printed.append(m);
    }
    return out;
}

std::optional<core::Failure> selectionRefusal(const MemberSelection &selection,
                                              const QList<qint64> &partyNos, qint64 householdNo,
                                              bool moveOut)
{
    if (selection.printed.size() == (partyNos.isEmpty() ? selection.eligible : partyNos.size()))
        return std::nullopt;
    return core::Failure::invalidField(
        QStringLiteral("partyNos"),
        QStringLiteral("世帯 %1 の%2ではない方が含まれています。")
            .arg(householdNo)
            .arg(moveOut ? QStringLiteral("転出者") : QStringLiteral("住民")));
}

void clearUnrequested(QList<ResidentRecord> &records, const CertificateOptions &options)
{
    if (options.myNumber)
        return;
    for (ResidentRecord &r : records)
        r.myNumber.clear();
}

QJsonObject recordedRequester(const Requester &requester)
{
    return {{QStringLiteral("relation"), requesterRelationName(requester.relation)},
            {QStringLiteral("name"), audit::maskText(requester.name)},
            {QStringLiteral("reason"), audit::maskText(requester.reason)},
            {QStringLiteral("purpose"), audit::maskText(requester.purpose)}};
}

QJsonObject recordedOptions(const CertificateOptions &o)
{
    return {{QStringLiteral("registeredDomicile"), o.registeredDomicile},
            {QStringLiteral("relationship"), o.relationship},
            {QStringLiteral("residentRecordCode"), o.residentRecordCode},
            {QStringLiteral("myNumber"), o.myNumber},
            {QStringLiteral("myNumberReason"), audit::maskText(o.myNumberReason)},
            {QStringLiteral("previousAddress"), o.previousAddress},
            {QStringLiteral("history"), o.history},
            {QStringLiteral("wholeHousehold"), o.wholeHousehold}};
}

} // namespace kikan::resident
