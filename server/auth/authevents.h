// The closed catalogue of audit events written by the auth module (docs/auth.md lists them with
// their detail fields). A failure is logged under the same event with success = false.
#pragma once

namespace kikan::auth::event {
// LogKind::Authentication
inline constexpr char SignIn[] = "auth.sign_in";             // detail: method, reason (failures)
inline constexpr char SignOut[] = "auth.sign_out";
inline constexpr char SessionExpired[] = "auth.session_expired"; // detail: reason idle|lifetime
inline constexpr char AccountLocked[] = "auth.account_lock";  // detail: failedCount
inline constexpr char PasswordChange[] = "auth.password_change";
// LogKind::Operation (administration, over the API or the kikan-server command line)
inline constexpr char UserCreate[] = "user.create";
inline constexpr char UserUpdate[] = "user.update";
inline constexpr char UserDisable[] = "user.disable";
inline constexpr char UserEnable[] = "user.enable";
inline constexpr char UserUnlock[] = "user.unlock";
inline constexpr char UserResetPassword[] = "user.reset_password";
inline constexpr char UserSetPin[] = "user.set_pin";
inline constexpr char CardBind[] = "user.bind_card";
inline constexpr char CardRevoke[] = "user.revoke_card";
inline constexpr char GroupCreate[] = "group.create";
inline constexpr char GroupUpdate[] = "group.update";
inline constexpr char GroupDelete[] = "group.delete";
inline constexpr char SettingsUpdate[] = "settings.update";
// Reads (the request observer logs them as the route's event).
inline constexpr char Options[] = "auth.options";
inline constexpr char Me[] = "auth.me";
inline constexpr char UserList[] = "user.list";
inline constexpr char UserRead[] = "user.read";
inline constexpr char GroupList[] = "group.list";
inline constexpr char RightsRead[] = "rights.read";
inline constexpr char SettingsRead[] = "settings.read";
} // namespace kikan::auth::event
