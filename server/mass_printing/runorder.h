// The print order of a mass run (docs/printing.md "Mass printing"), pure: "town_area" sorts by
// 町字コード, then 宛名番号; "postal" by 郵便番号, then 町字コード, then 宛名番号 (the order a
// postal discount for sorted mail asks; [要確認] the town's contract with the post office). Ties
// cannot occur (宛名番号 is unique), so the order is the same on every run over the same data.
#pragma once

#include "server/document/documentsource.h"

namespace kikan::mass_printing {

inline constexpr char OrderTownArea[] = "town_area";
inline constexpr char OrderPostal[] = "postal";

bool knownOrder(const QString &order);
QList<document::Recipient> inPrintOrder(QList<document::Recipient> recipients, const QString &order);

// Whether a document of `pages` pages joins a spool file already holding `filePages` pages of
// `fileDocuments` documents: a document is never split; one longer than a file gets a file of its
// own.
inline bool joinsFile(int filePages, int fileDocuments, int pages, int pagesPerFile)
{
    return fileDocuments == 0 || filePages + pages <= pagesPerFile;
}

} // namespace kikan::mass_printing
