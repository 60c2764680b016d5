// Printing through a printer profile (printerprofile.h): the QPrinter set up as the profile says,
// the form drawn by the form engine (shared/forms) with the profile's 印字位置調整 for that form,
// and the adjustment's test page — the form's frames over a millimetre grid. A profile naming a
// printer this terminal does not have is refused in Japanese before anything is printed.
#pragma once

#include "printerprofile.h"
#include "shared/forms/formrenderer.h"

#include <optional>

class QPainter;
class QPrinter;

namespace kikan::client {

// Sets `printer` up: the named printer (nullopt when it exists, else the error to show), tray,
// duplex, resolution. A printer already writing a PDF file (tests, "save as PDF") keeps it.
std::optional<QString> applyProfile(QPrinter &printer, const PrinterProfile &profile);

// Prints `pages` of the renderer's form with the profile's adjustment for that form.
std::optional<QString> printForm(QPrinter &printer, const PrinterProfile &profile,
                                 const forms::FormRenderer &renderer,
                                 const QList<forms::PageData> &pages);

// The test page of `layout` at `offset`: a grid of 1 mm (every 10 mm bold and numbered) over
// the paper and every element's frame, as the printer will place them. `pxPerMm` of the device.
void drawTestPage(QPainter &painter, const forms::FormLayout &layout, double pxPerMm,
                  forms::PrintOffset offset);

// Prints the test page of `layout` through the profile (its current adjustment).
std::optional<QString> printTestPage(QPrinter &printer, const PrinterProfile &profile,
                                     const forms::FormLayout &layout);

} // namespace kikan::client
