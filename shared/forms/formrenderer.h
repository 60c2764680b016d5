// Renders a FormLayout filled with PageData (one form each; several forms per sheet when the
// layout's page has slots): to PDF bytes (QPdfWriter, 300 dpi, fonts embedded)
// or onto any paged device such as the counter's QPrinter, with that printer's printOffset.
// Every page is laid out and checked before anything is drawn, so a text that does not fit
// (forms.text_overflow) or a missing value fails the whole document and prints nothing.
#pragma once

#include "formdata.h"
#include "formlayout.h"

#include <QByteArray>

#include <optional>

class QPagedPaintDevice;

namespace kikan::forms {

class FormRenderer {
public:
    explicit FormRenderer(FormLayout layout) : m_layout(std::move(layout)) {}

    const FormLayout &layout() const { return m_layout; }

    // One PDF page per sheet (a PageData each, or formsPerSheet() of them on an N-up layout), on
    // the layout's paper (A4 …, or 連帳 in inches) at `dpi`, no margins.
    core::Result<QByteArray> renderPdf(const QList<PageData> &pages, PrintOffset offset = {},
                                       const QString &title = {}, int dpi = 300) const;

    // Onto `device` (a QPrinter or QPdfWriter): sets the layout's paper and orientation; positions
    // are measured from the paper's corner whatever margins the device keeps (a QPrinter not in
    // full-page mode is translated back), then shifted by `offset`.
    std::optional<core::Error> render(QPagedPaintDevice &device, const QList<PageData> &pages,
                                      PrintOffset offset = {}) const;

private:
    FormLayout m_layout;
};

} // namespace kikan::forms
