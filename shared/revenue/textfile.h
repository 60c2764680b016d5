// Reading the lines of a text file a payment agent or bank sends: split into lines (LF or CRLF),
// each decoded strictly from its encoding (Shift_JIS through ICU, or UTF-8) so that a wrong
// encoding is named by line instead of read as garbage, and CSV fields split (quotes, "" inside).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kikan::revenue {

// The lines of `bytes` without their line ends; a last empty line (the file's final newline) is
// dropped.
QList<QByteArray> splitLines(const QByteArray &bytes);

// `line` decoded from `encoding` ("Shift_JIS", "UTF-8"), or nothing when a byte sequence is not
// valid in it.
std::optional<QString> decodeStrict(const QByteArray &line, const QString &encoding);

// The fields of one CSV line: comma-separated, a field in double quotes may hold commas and ""
// for a quote. Nothing when a quote is left open.
std::optional<QStringList> splitCsv(const QString &line);

} // namespace kikan::revenue
