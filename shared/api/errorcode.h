// Stable machine-readable error codes of the Kikan API and their Japanese messages for staff.
// The server sends them as RFC 9457 problem+json ("code", "title", "detail"); the client shows "title".
// This file holds the platform's codes; each business area keeps its own beside its paths in
// shared/api/<area>/ and registers them through its module (registerErrors).
#pragma once

#include <QList>
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
} // namespace err

// The catalogue entry for a code; unknown codes map to server.internal.
ErrorInfo errorInfo(const QString &code);
// Every code known in this process: the platform's (this file) and those of every area that
// registered its own (shared/api/<area>/errors.h), for documentation and tests.
QList<ErrorInfo> errorCatalogue();
// The platform's own codes (request, auth, store, server).
QList<ErrorInfo> platformErrors();
// Adds an area's codes (its module does, on the server and on the client, before any request).
// Registering the same table again is harmless; a code registered twice with another status or
// message is a programming error (std::logic_error).
void registerErrors(const QList<ErrorInfo> &errors);

} // namespace kikan::api
