// Stable machine-readable error codes of the Kikan API and their Japanese messages for staff.
// The server sends them as RFC 9457 problem+json ("code", "title", "detail"); the client shows "title".
#pragma once

#include <QString>

namespace kikan::api {

struct ErrorInfo {
    const char *code;  // stable, e.g. "auth.session_expired"
    int httpStatus;    // the HTTP status the server answers with
    const char *title; // Japanese message for staff (UTF-8)
};

// Every code the API can answer with. Codes never change meaning once released.
namespace err {
inline constexpr char BadRequest[] = "request.malformed";
inline constexpr char BodyTooLarge[] = "request.too_large";
inline constexpr char UnsupportedMedia[] = "request.unsupported_media_type";
inline constexpr char Validation[] = "request.validation";
inline constexpr char NotFound[] = "request.not_found";
inline constexpr char MethodNotAllowed[] = "request.method_not_allowed";
inline constexpr char Timeout[] = "request.timeout";
inline constexpr char Unauthenticated[] = "auth.unauthenticated";
inline constexpr char SessionExpired[] = "auth.session_expired";
inline constexpr char InvalidCredentials[] = "auth.invalid_credentials";
inline constexpr char AccountLocked[] = "auth.account_locked";
inline constexpr char AccountDisabled[] = "auth.account_disabled";
inline constexpr char PasswordMethodDisabled[] = "auth.password_sign_in_disabled";
inline constexpr char PasswordPolicy[] = "auth.password_policy";
inline constexpr char PasswordChangeRequired[] = "auth.password_change_required";
inline constexpr char CardNotBound[] = "auth.card_not_bound";
inline constexpr char Forbidden[] = "auth.forbidden";
inline constexpr char Conflict[] = "store.conflict";
inline constexpr char AlreadyExists[] = "store.already_exists";
inline constexpr char StoreUnavailable[] = "store.unavailable";
inline constexpr char ShuttingDown[] = "server.shutting_down";
inline constexpr char Internal[] = "server.internal";
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

// The catalogue entry for a code; unknown codes map to server.internal.
const ErrorInfo &errorInfo(const QString &code);
// All catalogue entries (for documentation and tests).
const ErrorInfo *errorCatalogue(int *count);

} // namespace kikan::api
