// The audit events of 印鑑登録 (the operation log's event names; module.cpp declares them).
#pragma once

namespace kikan::seal_registration::event {
inline constexpr char Register[] = "seal.register";
inline constexpr char View[] = "seal.view";
inline constexpr char Search[] = "seal.search";
inline constexpr char Abolish[] = "seal.abolish";
inline constexpr char CardReissue[] = "seal.card_reissue";
inline constexpr char InquiryAnswer[] = "seal.inquiry_answer";
inline constexpr char InquiryLetter[] = "seal.inquiry_letter";
inline constexpr char Measure[] = "seal.measure";
inline constexpr char AdultWard[] = "seal.adult_ward";
inline constexpr char CertificateIssue[] = "seal.certificate_issue";
} // namespace kikan::seal_registration::event
