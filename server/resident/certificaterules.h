// Who may ask for a resident certificate and what it may print, as pure rules over typed values
// (住民基本台帳法 第12条 本人・同一世帯, 第12条の2 国・地方公共団体, 第12条の3 第三者; 第12条第5項:
// 本籍・続柄・住民票コード・個人番号 only on request; 個人番号 only with resident:my_number and a
// reason), which records of the registry are printed, and what is masked in what is kept of the
// request (certificate_issues, the 印刷ログ). Tests: tests/server/resident/certificaterules_test.cpp.
#pragma once

#include "certificate/certificaterequest.h"
#include "residentrecord.h"
#include "server/core/actor.h"
#include "server/core/failure.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace kikan::resident {

// Who asks (請求者).
enum class RequesterRelation {
    Self,       // 本人 (法第12条第1項)
    Household,  // 同一の世帯に属する者 (法第12条第1項)
    PublicBody, // 国又は地方公共団体の機関 (法第12条の2): not taken by the API yet
    ThirdParty, // 第三者 (法第12条の3)
};
// API names: self, household, third_party (public_body is not accepted by the API).
std::optional<RequesterRelation> requesterRelationFromName(const QString &name);
QString requesterRelationName(RequesterRelation relation);

struct Requester {
    RequesterRelation relation = RequesterRelation::Self;
    QString name;    // as given at the counter (may be empty)
    QString reason;  // 請求事由
    QString purpose; // 利用目的 (optional)
};

// Whom the certificate is about: a person, a household, or some of a household's members.
struct CertificateTarget {
    qint64 partyNo = 0;
    qint64 householdNo = 0;
    QList<qint64> partyNos; // 世帯の一部 / several 転出者; empty: all
};

// API names of the kinds: household, individual, entries_certificate, removed, move_out.
std::optional<CertificateKind> certificateKindFromApiName(const QString &name);
// 個人票, 記載事項証明書 and 除票 certify one person (partyNo); the others a household.
bool certifiesOnePerson(CertificateKind kind);

// --- Refusals (each the failure the API answers, or none) ---

// Throws the refusal, if any.
inline void throwIf(const std::optional<core::Failure> &refusal)
{
    if (refusal)
        throw *refusal;
}

// A one-person kind needs partyNo; a household kind partyNo or householdNo.
std::optional<core::Failure> targetRefusal(CertificateKind kind, const CertificateTarget &target);
// A certificate is as of a day not after the 処理日.
std::optional<core::Failure> asOfRefusal(QDate asOf, QDate today);
// 法第12条第5項 items: 個人番号 only with resident:my_number and a stated reason.
std::optional<core::Failure> optionsRefusal(const CertificateOptions &options,
                                            const core::Actor &actor);
// 法第12条の2第2項, 第12条の3: 国・地方公共団体 and 第三者 state why they need it.
bool reasonRequired(RequesterRelation relation);
std::optional<core::Failure> requesterRefusal(const Requester &requester);

// --- The records printed ---

// A person's rows as of `asOf`: the rows in force (not superseded) that began on or before it.
QList<ResidentRecord> rowsAsOf(const QList<ResidentRecord> &history, QDate asOf);

// The members of a household printed: residents (住民票の写し) or those who moved out (転出証明書),
// all of them or those in partyNos.
struct MemberSelection {
    QList<ResidentRecord> printed;
    int eligible = 0; // residents / 転出者 of the household
    bool wholeHousehold() const { return printed.size() == eligible; } // 世帯全員
};
MemberSelection selectMembers(const QList<ResidentRecord> &members, bool moveOut,
                              const QList<qint64> &partyNos);
// A partyNos entry that is no resident (転出者) of the household.
std::optional<core::Failure> selectionRefusal(const MemberSelection &selection,
                                              const QList<qint64> &partyNos, qint64 householdNo,
                                              bool moveOut);

// --- Masking ---

// 個人番号 is printed only when requested (and allowed): cleared from every record otherwise.
void clearUnrequested(QList<ResidentRecord> &records, const CertificateOptions &options);
// The request as kept (certificate_issues.requester): every text through audit::maskText.
QJsonObject recordedRequester(const Requester &requester);
// The options as kept (certificate_issues.options): the 個人番号 reason masked.
QJsonObject recordedOptions(const CertificateOptions &options);

} // namespace kikan::resident
