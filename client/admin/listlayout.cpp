// layOutListPage (listlayout.h).
#include "listlayout.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace kikan::client {

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
