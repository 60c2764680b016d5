// makeListTable and layOutListPage (listlayout.h).
#include "listlayout.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace kikan::client {

QTableWidget *makeListTable(const QStringList &headers, QWidget *page)
{
    auto *table = new QTableWidget(0, int(headers.size()), page);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *layOutListPage(QWidget *page, QTableWidget *table, const QList<QPushButton *> &actions,
                       QPushButton *refresh)
{
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : actions)
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(refresh);
    auto *status = new QLabel(page);
    auto *row = new QHBoxLayout;
    row->addWidget(table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row, 1);
    layout->addWidget(status);
    return status;
}

} // namespace kikan::client
