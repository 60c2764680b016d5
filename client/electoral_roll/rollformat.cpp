// The 選挙人名簿 panels' shared formatting (rollformat.h).
#include "rollformat.h"

#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QTableWidget>

namespace kikan::client {

QString RollFormat::text(const QString &code)
{
    static const QHash<QString, const char *> names{
        {"registered", QT_TR_NOOP("Registered")},
        {"marked", QT_TR_NOOP("Marked (moved out)")},
        {"removed", QT_TR_NOOP("Removed")},
        {"unmarked", QT_TR_NOOP("Mark withdrawn")},
        {"moved", QT_TR_NOOP("Polling district changed")},
        {"updated", QT_TR_NOOP("Name or address updated")},
        {"periodic", QT_TR_NOOP("Periodic registration")},
        {"election", QT_TR_NOOP("Registration for an election")},
        {"move_out", QT_TR_NOOP("Moved out")},
        {"moved_out", QT_TR_NOOP("Four months after moving out")},
        {"death", QT_TR_NOOP("Death")},
        {"nationality_lost", QT_TR_NOOP("Loss of Japanese nationality")},
        {"person", QT_TR_NOOP("The person or family")},
        {"candidate", QT_TR_NOOP("Candidate")},
        {"political", QT_TR_NOOP("Political activity")},
        {"research", QT_TR_NOOP("Research")},
        {"news", QT_TR_NOOP("News report")},
    };
    const char *name = names.value(code);
    return name ? tr(name) : code;
}

QStringList RollFormat::electorHeaders()
{
    return {tr("Party no."), tr("Name"), tr("Kana"), tr("Born"), tr("Address"), tr("District"),
            tr("State"), tr("Registered on"), tr("Marked on"), tr("Removed on")};
}

QStringList RollFormat::electorCells(const QJsonObject &e)
{
    const QChar space(0x3000);
    return {QString::number(e.value("partyNo").toInteger()),
            e.value("familyName").toString() + space + e.value("givenName").toString(),
            e.value("familyNameKana").toString() + space + e.value("givenNameKana").toString(),
            e.value("birthDate").toString(), e.value("address").toString(),
            QString::number(e.value("districtNo").toInt()),
            text(e.value("state").toString(QStringLiteral("registered"))),
            e.value("registeredOn").toString(), e.value("markedOn").toString(),
            e.value("removedOn").toString()};
}

QTableWidget *makeRollTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    return table;
}

void fillRollTable(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    table->resizeColumnsToContents();
}

QList<QStringList> electorRows(const QJsonArray &electors)
{
    QList<QStringList> rows;
    for (const QJsonValue &v : electors)
        rows << RollFormat::electorCells(v.toObject());
    return rows;
}

} // namespace kikan::client
