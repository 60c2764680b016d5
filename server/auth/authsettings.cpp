// Reading the [auth] settings and applying the password and PIN rules (see authsettings.h).
#include "authsettings.h"

#include "secrethash.h"
#include "server/core/config.h"
#include "server/core/failure.h"
#include "shared/api/errorcode.h"

namespace kikan::auth {

namespace {
constexpr int kPinMaxLength = 12;

[[noreturn]] void refuse(const QString &detail)
{
    throw core::Failure(api::err::PasswordPolicy, detail);
}
} // namespace

AuthSettings AuthSettings::from(const core::ServerConfig &config)
{
    AuthSettings s;
    s.iterations = qMax(kMinIterations, config.intValue(QStringLiteral("auth/pbkdf2_iterations"),
                                                        s.iterations));
    s.passwordMinLength = qMax(8, config.intValue(QStringLiteral("auth/password_min_length"),
                                                  s.passwordMinLength));
    s.passwordMinClasses = qBound(1, config.intValue(QStringLiteral("auth/password_min_classes"),
                                                     s.passwordMinClasses), 4);
    s.pinMinLength = qBound(4, config.intValue(QStringLiteral("auth/pin_min_length"),
                                               s.pinMinLength), kPinMaxLength);
    s.maxFailedAttempts = qMax(1, config.intValue(QStringLiteral("auth/max_failed_attempts"),
                                                  s.maxFailedAttempts));
    s.sessionIdleMinutes = qMax(1, config.intValue(QStringLiteral("auth/session_idle_minutes"),
                                                   s.sessionIdleMinutes));
    s.sessionMaxHours = qMax(1, config.intValue(QStringLiteral("auth/session_max_hours"),
                                                s.sessionMaxHours));
    s.passwordSignInDefault =
        config.boolValue(QStringLiteral("auth/password_sign_in"), s.passwordSignInDefault);
    return s;
}

void AuthSettings::checkPassword(const QString &loginId, const QString &password) const
{
    if (password.size() < passwordMinLength)
        refuse(QStringLiteral("パスワードは %1 文字以上にしてください。").arg(passwordMinLength));
    if (password.compare(loginId, Qt::CaseInsensitive) == 0)
        refuse(QStringLiteral("パスワードを職員IDと同じにすることはできません。"));
    bool upper = false, lower = false, digit = false, symbol = false;
    for (const QChar c : password) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            refuse(QStringLiteral("パスワードに空白や制御文字は使えません。"));
        if (c.unicode() < 0x80 && c.isUpper())
            upper = true;
        else if (c.unicode() < 0x80 && c.isLower())
            lower = true;
        else if (c.unicode() < 0x80 && c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    const int classes = int(upper) + int(lower) + int(digit) + int(symbol);
    if (classes < passwordMinClasses) {
        refuse(QStringLiteral("パスワードには英大文字・英小文字・数字・記号のうち %1 種類以上を"
                              "含めてください。").arg(passwordMinClasses));
    }
}

void AuthSettings::checkPin(const QString &pin) const
{
    bool digits = !pin.isEmpty();
    for (const QChar c : pin)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits || pin.size() < pinMinLength || pin.size() > kPinMaxLength) {
        refuse(QStringLiteral("PIN は %1〜%2 桁の数字にしてください。")
                   .arg(pinMinLength).arg(kPinMaxLength));
    }
}

} // namespace kikan::auth
