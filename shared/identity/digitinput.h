// Reading a fixed-length identification number typed by staff or found in a file: the error
// codes shared by MyNumber, CorporateNumber and LocalGovernmentCode.
#pragma once

#include "shared/core/error.h"

#include <QString>

namespace kikan::identity {

namespace err {
inline constexpr char Empty[] = "identity.empty";             // nothing typed
inline constexpr char NotDigits[] = "identity.not_digits";    // a character that is not a digit
inline constexpr char WrongLength[] = "identity.wrong_length"; // too few or too many digits
inline constexpr char CheckDigit[] = "identity.check_digit";  // digits fine, check digit wrong
} // namespace err

// The ASCII digits of text, which must hold exactly `length` digits. Full-width digits are
// normalised; spaces (ASCII and U+3000) and hyphens (- － ‐ −) between digits are ignored, as
// numbers are printed in groups (個人番号カード: 4-4-4). `label` names the number in messages.
core::Result<QString> readDigits(const QString &text, int length, const QString &label);

// The Error for a wrong check digit of the number named `label`.
core::Error checkDigitError(const QString &label);

} // namespace kikan::identity
