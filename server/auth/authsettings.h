// The auth module's settings from the configuration file ([auth] section; defaults in
// docs/auth.md) and the password and PIN rules they set. Breaking a rule is
// core::Failure(auth.password_policy) whose Japanese detail names the rule.
#pragma once

#include <QString>

namespace kikan::core {
class ServerConfig;
}

namespace kikan::auth {

struct AuthSettings {
    int iterations = 600000;        // auth/pbkdf2_iterations (never below 600,000)
    int passwordMinLength = 10;     // auth/password_min_length
    int passwordMinClasses = 2;     // auth/password_min_classes: of upper, lower, digit, symbol
    int pinMinLength = 4;           // auth/pin_min_length
    int maxFailedAttempts = 5;      // auth/max_failed_attempts
    int sessionIdleMinutes = 30;    // auth/session_idle_minutes
    int sessionMaxHours = 10;       // auth/session_max_hours
    bool passwordSignInDefault = true; // auth/password_sign_in (until an administrator sets it)

    static AuthSettings from(const core::ServerConfig &config);

    // Throws core::Failure(auth.password_policy) naming the rule the password breaks.
    void checkPassword(const QString &loginId, const QString &password) const;
    // Throws core::Failure(auth.password_policy) when the PIN is not pinMinLength–12 digits.
    void checkPin(const QString &pin) const;
};

} // namespace kikan::auth
