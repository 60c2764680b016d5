// The error codes of mass printing with their Japanese messages for staff, registered by the
// module (server/mass_printing/module.cpp); docs/printing.md lists them.
#pragma once

#include "shared/api/errorcode.h"

namespace kikan::api {

namespace err {
inline constexpr char MassPrintUnknownKind[] = "mass_printing.unknown_kind";
inline constexpr char MassPrintNotFound[] = "mass_printing.run_not_found";
inline constexpr char MassPrintFileNotFound[] = "mass_printing.file_not_found";
inline constexpr char MassPrintNothing[] = "mass_printing.nothing_to_print";
inline constexpr char MassPrintRecipientGone[] = "mass_printing.recipient_gone";
inline constexpr char MassPrintNotFinished[] = "mass_printing.not_finished";
inline constexpr char MassPrintSpoolWrite[] = "mass_printing.spool_write";
inline constexpr char ProfileSetNotFound[] = "mass_printing.profile_set_not_found";
inline constexpr char ProfileSetInvalid[] = "mass_printing.profile_set_invalid";
} // namespace err

// Every code above with its HTTP status and message.
QList<ErrorInfo> massPrintingErrors();

} // namespace kikan::api
