// Reading a fixed-length identification number typed by staff or found in a file: the error
// codes shared by MyNumber, CorporateNumber and LocalGovernmentCode.
#pragma once

#include "shared/core/error.h"

#include <QString>
#include <QStringView>

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

// The digits of a `length`-digit number whose check digit stands at index `checkAt`, read as by
// readDigits; when checkDigit(the other digits) differs from it, checkDigitError(label).
core::Result<QString> readCheckedDigits(const QString &text, int length, qsizetype checkAt,
                                        int (*checkDigit)(QStringView), const QString &label);

// Σ P_n·weight(n), the digits P_n of `base` numbered from the right (n = 1..length), where the
// check-digit formulas start; -1 when `base` is not `length` ASCII digits.
int weightedDigitSum(QStringView base, int length, int (*weight)(int n));

} // namespace kikan::identity
