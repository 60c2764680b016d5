// The pages of a form as the server prepared them (shared/forms/pagejson.h: layout name and digest,
// every page's values, rows and images), drawn here by the same engine that made the server's PDF:
// fitted into a box for a preview, and onto the printer at its own resolution through the
// terminal's printer profile for that printer (its 印字位置調整 for the form). One path on Linux
// and Windows (no PDF reader: QtPdf does not build with MinGW). Held in memory only: a certificate
// holds personal data.
#pragma once

#include "shared/forms/formrenderer.h"
#include "shared/forms/pagejson.h"

#include <QImage>

#include <optional>

class QPrinter;

namespace kikan::client {

class FormPages
{
public:
    // Reads the server's answer; the Japanese reason when it is not a page set this client can
    // draw (broken, or a layout this client's copy of resources/forms does not match).
    std::optional<QString> load(const QByteArray &json);
    void clear();
    int pageCount() const { return m_pages.size(); }
    const QList<forms::PageData> &pages() const { return m_pages; }
    // The layout's file name ("resident-household.json"; empty before load).
    QString layoutFile() const { return m_layoutFile; }
    // Page `page` drawn as large as fits in box (device pixels = box × devicePixelRatio), white.
    QImage renderFitted(int page, const QSize &box, qreal devicePixelRatio = 1.0) const;
    // Prints every page on `printer` through the profile this terminal keeps for the printer chosen
    // (none: no adjustment); the reason when nothing was printed.
    std::optional<QString> print(QPrinter &printer) const;
    // The pages as a PDF drawn here (save as PDF); empty when nothing is loaded.
    QByteArray pdf(const QString &title) const;

private:
    std::optional<forms::FormRenderer> m_renderer;
    QList<forms::PageData> m_pages;
    QString m_layoutFile;
};

} // namespace kikan::client
