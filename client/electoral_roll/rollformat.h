// What the 選挙人名簿 panels share: a read-only table, an elector as a table row, and the names of
// states, reasons and event kinds as staff read them (tr(), context RollFormat).
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace kikan::client {

class RollFormat
{
    Q_DECLARE_TR_FUNCTIONS(RollFormat)
public:
    // State, reason, event kind or requester kind code → text.
    static QString text(const QString &code);
    // The columns of electorCells.
    static QStringList electorHeaders();
    static QStringList electorCells(const QJsonObject &elector);
};

// A table with these headers: rows selected whole, one at a time, not editable.
QTableWidget *makeRollTable(const QStringList &headers, QWidget *parent);
// Replaces the table's rows.
void fillRollTable(QTableWidget *table, const QList<QStringList> &rows);
// The electors of a list as rows (RollFormat::electorCells).
QList<QStringList> electorRows(const QJsonArray &electors);

} // namespace kikan::client
