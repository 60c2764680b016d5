// The household and history tables of 照会 (inquirytables.h).
#include "inquirytables.h"

#include "residentformat.h"

#include "client/widgets/namefont.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>

namespace kikan::client {

namespace {
constexpr int kPartyRole = Qt::UserRole + 1;
const QColor kGrey(120, 120, 120);

void setUpTable(QTableWidget *t, const QStringList &headers)
{
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setItemDelegate(new NameItemDelegate(t)); // names with an IVS show their variant glyph
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(22);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

// Puts the values into a row, the name column in the name font; bold marks the row of the
// person or state shown. Returns the items for what only one table adds.
QList<QTableWidgetItem *> setRow(QTableWidget *t, int row, const QStringList &values,
                                 int nameColumn, bool bold)
{
    QList<QTableWidgetItem *> items;
    for (int c = 0; c < values.size(); ++c) {
        auto *item = new QTableWidgetItem(values.at(c));
        QFont f = c == nameColumn ? nameFont() : item->font();
        f.setBold(bold);
        item->setFont(f);
        t->setItem(row, c, item);
        items << item;
    }
    return items;
}
} // namespace

HouseholdMemberTable::HouseholdMemberTable(QWidget *parent) : QTableWidget(parent)
{
    setUpTable(this, {tr("Name"), tr("Relationship"), tr("Born"), tr("Sex"), tr("Status"),
                      tr("Party no.")});
    setObjectName(QStringLiteral("householdMembers"));
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto open = [this] {
        const int row = currentRow();
        if (row >= 0)
            Q_EMIT memberChosen(item(row, 0)->data(kPartyRole).toLongLong());
    };
    connect(this, &QTableWidget::activated, this, open);
    connect(this, &QTableWidget::doubleClicked, this, open);
}

void HouseholdMemberTable::showMembers(const QJsonArray &members, qint64 selfPartyNo)
{
    setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const QJsonObject m = members.at(row).toObject();
        const qint64 party = m.value(QStringLiteral("partyNo")).toInteger();
        const QStringList values{jsonText(m, "name"), jsonText(m, "relationshipText"),
                                 warekiText(m.value(QStringLiteral("birthDate"))),
                                 sexText(jsonText(m, "sex")), statusText(jsonText(m, "status")),
                                 jsonText(m, "partyNo")};
        for (QTableWidgetItem *item : setRow(this, row, values, 0, party == selfPartyNo))
            item->setData(kPartyRole, party);
    }
}

ResidentHistoryTable::ResidentHistoryTable(QWidget *parent) : QTableWidget(parent)
{
    setUpTable(this, {tr("No."), tr("Change"), tr("Effective"), tr("Notified"), tr("Name"),
                      tr("Address"), tr("Relationship"), tr("Status"), tr("Note")});
    setObjectName(QStringLiteral("residentHistory"));
    horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
}

void ResidentHistoryTable::showHistory(const QJsonArray &history, qint64 shownHistoryNo)
{
    setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const QJsonObject h = history.at(row).toObject();
        const QJsonObject change = h.value(QStringLiteral("change")).toObject();
        const bool superseded = h.value(QStringLiteral("superseded")).toBool();
        const QStringList values{
            jsonText(h, "historyNo"), jsonText(change, "kindName"),
            warekiShortText(change.value(QStringLiteral("effectiveDate"))),
            warekiShortText(change.value(QStringLiteral("notifiedDate"))), jsonText(h, "name"),
            jsonText(h, "address"), jsonText(h, "relationshipText"),
            statusText(jsonText(h, "status")), superseded ? tr("Corrected") : QString()};
        const bool shown = !superseded && h.value(QStringLiteral("historyNo")).toInteger()
                                              == shownHistoryNo;
        const QList<QTableWidgetItem *> items = setRow(this, row, values, 4, shown);
        for (int c = 0; c < items.size(); ++c) {
            QTableWidgetItem *item = items.at(c);
            QFont f = item->font();
            f.setStrikeOut(superseded && c != 8);
            item->setFont(f);
            item->setToolTip(values.at(c));
            if (superseded)
                item->setForeground(kGrey);
        }
    }
}

} // namespace kikan::client
