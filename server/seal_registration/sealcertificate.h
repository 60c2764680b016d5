// The seal register's printed documents. 印鑑登録証明書: asked for by the 印鑑登録証's number (the card, not the name, proves the request;
// 印鑑登録証明事務処理要領), printed through the forms engine (resources/forms/seal-certificate.json)
// with the impression at its measured size, 氏名, 生年月日, 住所, 男女の別 when the town's data says so
// (rules.json certificate.printSex), 認証文, 証明日 and 町長 (resources/town/town.json), 発行番号 as
// text and Code 128. Refused for a 支援措置 subject unless the person asks in person (as 住民記録's
// certificates refuse third parties); every issue is a seal_certificate_issues row and a print-log
// entry in one transaction. 照会書: the letter of the 照会書 path (sealregister.h). Tests: tests/server/seal_registration/sealcertificate_test.cpp.
#pragma once

#include "sealstore.h"

#include "server/core/actor.h"
#include "server/core/context.h"
#include "shared/forms/formdata.h"
#include "shared/forms/pagejson.h"

namespace kikan::seal_registration {

struct SealCertificateRequest {
    qint64 cardNo = 0;
    QString requester;      // self | agent (代理人: brings the card and the 委任状)
    QString requesterName;  // the agent's name, for the log
};

struct IssuedSealCertificate {
    QByteArray pdf;
    forms::PageSet pages; // what the PDF draws (shared/forms/pagejson.h), for the client
    QString serial;
    qint64 registrationNo = 0;
};

// The refusal for a 支援措置 subject asked for by someone else (or none).
std::optional<core::Failure> protectionRefusal(const party::PartySnapshot &person,
                                               const QString &requester);
// The page's values and image (pure: the person as of the 証明日, the stored impression, the town).
forms::PageData certificatePage(const party::PartySnapshot &person, const QByteArray &impressionPng,
                                QDate issueDate, const QString &serial, const SealRules &rules);

// The 照会書 (with its 回答書 below) of a pending registration, to the applicant's address as the
// register has it; logged in the print log. Refused for a registration not pending (seal.state).
QByteArray inquiryLetter(core::ServerContext &context, const core::Actor &actor, qint64 id);

IssuedSealCertificate issueSealCertificate(core::ServerContext &context, const core::Actor &actor,
                                           const SealCertificateRequest &request);

} // namespace kikan::seal_registration
