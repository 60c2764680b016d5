// The layout the administration list pages share: the table and how it behaves, a column of
// action buttons with Refresh at the bottom, and a status line under both.
#pragma once

#include <QList>
#include <QStringList>

class QLabel;
class QPushButton;
class QTableWidget;
class QWidget;

namespace kikan::client {

// The read-only table of a list page: one column per header, whole rows selected one at a time,
// no row numbers, the last column stretched.
QTableWidget *makeListTable(const QStringList &headers, QWidget *page);
// Lays out page; returns the status label it created.
QLabel *layOutListPage(QWidget *page, QTableWidget *table, const QList<QPushButton *> &actions,
                       QPushButton *refresh);

} // namespace kikan::client
