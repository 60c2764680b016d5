// The error codes of 住民記録 and its certificates, with their Japanese messages for staff. The
// area's modules (server/resident/module.cpp, client/resident/module.cpp) register them with
// api::registerErrors; the constants are what server and client code compare against.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
// 住民記録 (server/resident, docs/resident.md)
inline constexpr char ResidentConflict[] = "resident.conflict";
inline constexpr char ResidentState[] = "resident.state";
inline constexpr char ResidentNotFound[] = "resident.not_found";
inline constexpr char ResidentProtected[] = "resident.protected";
inline constexpr char ResidentMyNumberForbidden[] = "resident.my_number_forbidden";
// 証明書の発行 (server/resident/certificateroutes.h; the renderer's own codes, docs/forms.md)
inline constexpr char CertificateNotFound[] = "certificate.not_found";
inline constexpr char CertificateNoRecords[] = "certificate.no_records";
inline constexpr char CertificateNotResident[] = "certificate.not_resident";
inline constexpr char CertificateNotRemoved[] = "certificate.not_removed";
inline constexpr char CertificateNoDestination[] = "certificate.no_destination";
inline constexpr char CertificateHistoryNotAllowed[] = "certificate.history_not_allowed";
inline constexpr char CertificateMyNumberReason[] = "certificate.my_number_reason";
inline constexpr char CertificateCannotPrint[] = "certificate.cannot_print";
} // namespace err

// Every code above with its HTTP status and message.
QList<ErrorInfo> residentErrors();

} // namespace kikan::api
