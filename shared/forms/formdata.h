// The values a form is filled with (one PageData per printed page) and the per-printer print
// offset (GLOSSARY 印字位置調整 = printOffset). Layouts refer to values by key as {key}.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace kikan::forms {

using Values = QHash<QString, QString>;

struct PageData {
    Values values;                          // {key} placeholders of the page
    QHash<QString, QList<Values>> rows;     // repeat source name → its rows on this page
    QHash<QString, QByteArray> images;      // image elements' files (PNG …) by key; empty: none
    // On a layout with several forms per sheet: this form starts a new sheet even when the
    // current one has a free slot (the first page of each document of a mass run).
    bool startsSheet = false;
};

// Shifts everything printed by (x, y) mm: the printer's 印字位置調整 (client/printing). Positive
// x moves right, positive y moves down.
struct PrintOffset {
    double xMm = 0;
    double yMm = 0;
    double scale = 1.0; // the printer's 拡大縮小, about the paper's top-left corner (offset kept)
};

} // namespace kikan::forms
