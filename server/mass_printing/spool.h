// The files of a mass run (docs/printing.md "BPO package"): spool PDFs written durably (a
// temporary file, fsync, rename, fsync of the folder: a file that exists is complete), the CSV
// index of the documents, the manifest (SHA-256 of every file, `sha256sum -c` format) and the
// package as one POSIX tar (ustar) archive.
#pragma once

#include "runstore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kikan::mass_printing {

inline constexpr char IndexFile[] = "index.csv";
inline constexpr char ManifestFile[] = "manifest.sha256";

// spool-0001.pdf …
QString spoolFileName(int fileNo);
// Throws core::Failure (mass_printing.spool_write) when the file cannot be written and synced.
void writeDurably(const QString &path, const QByteArray &bytes);
QString sha256Hex(const QByteArray &bytes);
// UTF-8, one line per document: seq,recipient,pages,postal_code,file,first_page.
QByteArray indexCsv(const QList<DocumentRow> &documents, const QList<FileRow> &files);
// "<sha256>  <name>\n" per file, in the given order.
QByteArray manifestText(const QList<QPair<QString, QString>> &nameAndHash);
// The named files of `folder` as an uncompressed ustar archive (names ≤ 100 bytes).
QByteArray tarArchive(const QString &folder, const QStringList &names);

} // namespace kikan::mass_printing
