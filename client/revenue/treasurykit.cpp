// The treasury screens' shared parts (treasurykit.h).
#include "treasurykit.h"

#include "client/net/apiclient.h"
#include "shared/api/revenue/paths.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSaveFile>
#include <QTableWidget>

namespace kikan::client::treasury {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("kikan::client::treasury", text); }
} // namespace

QString path(const QString &tail) { return QString::fromLatin1(api::path::RevenueRoot) + tail; }

QString yen(qint64 amount) { return tr("%1 yen").arg(QLocale(QLocale::English).toString(amount)); }

QString outcomeText(const QString &outcome)
{
    static const QHash<QString, const char *> names{
        {"matched", QT_TRANSLATE_NOOP("kikan::client::treasury", "Matched")},
        {"partial", QT_TRANSLATE_NOOP("kikan::client::treasury", "Partial payment")},
        {"excess", QT_TRANSLATE_NOOP("kikan::client::treasury", "Excess payment")},
        {"double", QT_TRANSLATE_NOOP("kikan::client::treasury", "Double payment")},
        {"unmatched", QT_TRANSLATE_NOOP("kikan::client::treasury", "Unmatched")},
        {"mismatch", QT_TRANSLATE_NOOP("kikan::client::treasury", "Mismatch")},
        {"reversed", QT_TRANSLATE_NOOP("kikan::client::treasury", "Reversed")},
    };
    const char *name = names.value(outcome);
    return name ? tr(name) : outcome;
}

QString channelText(const QString &channel)
{
    static const QHash<QString, const char *> names{
        {"ocr", QT_TRANSLATE_NOOP("kikan::client::treasury", "OCR slip")},
        {"convenience", QT_TRANSLATE_NOOP("kikan::client::treasury", "Convenience store")},
        {"direct_debit", QT_TRANSLATE_NOOP("kikan::client::treasury", "Direct debit")},
        {"counter", QT_TRANSLATE_NOOP("kikan::client::treasury", "Counter")},
    };
    const char *name = names.value(channel);
    return name ? tr(name) : channel;
}

QDateEdit *makeDateEdit(const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
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

void fillTable(QTableWidget *table, const QList<QStringList> &rows)
{
    table->clearContents();
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            item->setToolTip(rows[r][c]); // a long problem text is read in full
            if (!rows[r][c].isEmpty() && rows[r][c].at(0).isDigit() && rows[r][c].endsWith(yen(0).right(1)))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
    for (int c = 0; c + 1 < table->columnCount(); ++c) // the last one stretches, long texts elided
        table->resizeColumnToContents(c);
}

bool showOutcome(QLabel *label, const ApiReply *reply)
{
    label->setVisible(!reply->ok());
    label->setText(reply->ok() ? QString() : reply->error().message());
    return reply->ok();
}

QString saveFile(const QString &file, const QByteArray &bytes)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) < 0 || !out.commit())
        return tr("The file could not be written: %1").arg(file);
    return {};
}

} // namespace kikan::client::treasury
