// The layout the administration list pages share: the table, a column of action buttons with
// Refresh at the bottom, and a status line under both.
#pragma once

#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;
class QWidget;

namespace kikan::client {

// Lays out page; returns the status label it created.
QLabel *layOutListPage(QWidget *page, QTableWidget *table, const QList<QPushButton *> &actions,
                       QPushButton *refresh);

} // namespace kikan::client
