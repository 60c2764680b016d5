// What the treasury screens (client/revenue) share: the /api/v1/revenue paths, yen and outcome
// texts, read-only tables filled from rows of text, the error line under a screen and saving a
// file the server sent.
#pragma once

#include <QString>
#include <QStringList>

class QDate;
class QDateEdit;
class QLabel;
class QTableWidget;
class QWidget;

namespace kikan::client {

class ApiReply;

namespace treasury {

// "/api/v1/revenue" + tail.
QString path(const QString &tail);
// 12,345円
QString yen(qint64 amount);
// The staff's word for a 消込 outcome (matched, mismatch, unmatched …).
QString outcomeText(const QString &outcome);
// The staff's word for a channel (ocr, convenience, direct_debit, counter).
QString channelText(const QString &channel);
// A date field (yyyy-MM-dd, calendar popup) showing `date`.
QDateEdit *makeDateEdit(const QDate &date, QWidget *parent);
// A read-only, row-selecting table with these column headers.
QTableWidget *makeTable(const QStringList &headers, QWidget *parent);
// Replaces the table's rows; numbers (cells starting with a digit and ending in 円) align right.
void fillTable(QTableWidget *table, const QList<QStringList> &rows);
// Shows the reply's error in `label` (hidden when it succeeded); true when it succeeded.
bool showOutcome(QLabel *label, const ApiReply *reply);
// Writes `bytes` to `file`; an error text (translated) or "".
QString saveFile(const QString &file, const QByteArray &bytes);

} // namespace treasury
} // namespace kikan::client
