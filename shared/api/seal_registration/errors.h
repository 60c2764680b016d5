// The error codes of 印鑑登録 (server/seal_registration, docs/seal-registration.md) with their
// Japanese messages for staff; registered by the area's modules with api::registerErrors.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
inline constexpr char SealNotResident[] = "seal.not_resident";
inline constexpr char SealUnderAge[] = "seal.under_age";
inline constexpr char SealAdultWard[] = "seal.adult_ward";
inline constexpr char SealAlreadyRegistered[] = "seal.already_registered";
inline constexpr char SealNameMismatch[] = "seal.name_mismatch";
inline constexpr char SealTooSmall[] = "seal.too_small";
inline constexpr char SealTooLarge[] = "seal.too_large";
inline constexpr char SealUnsuitable[] = "seal.unsuitable";
inline constexpr char SealImageUnreadable[] = "seal.image_unreadable";
inline constexpr char SealNoImpression[] = "seal.no_impression";
inline constexpr char SealNoResolution[] = "seal.no_resolution";
inline constexpr char SealNotFound[] = "seal.not_found";
inline constexpr char SealState[] = "seal.state";
inline constexpr char SealGuarantor[] = "seal.guarantor";
inline constexpr char SealInquiryExpired[] = "seal.inquiry_expired";
inline constexpr char SealConflict[] = "seal.conflict";
inline constexpr char SealCardUnknown[] = "seal.card_unknown";
inline constexpr char SealProtected[] = "seal.protected";
inline constexpr char SealCannotPrint[] = "seal.cannot_print";
} // namespace err

// Every code above with its HTTP status and message.
QList<ErrorInfo> sealRegistrationErrors();

} // namespace kikan::api
