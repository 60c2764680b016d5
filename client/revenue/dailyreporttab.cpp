// 収納日計表 (dailyreporttab.h) over GET /api/v1/revenue/reports/daily (JSON and CSV).
#include "dailyreporttab.h"

#include "treasurykit.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
QStringList totalRow(const QJsonObject &c, const QString &label)
{
    return {label, QString::number(c.value("count").toInt()), treasury::yen(c.value("amount").toInteger()),
            treasury::yen(c.value("applied").toInteger()), treasury::yen(c.value("queued").toInteger()),
            treasury::yen(c.value("overpaid").toInteger())};
}

QUrlQuery dayQuery(const QDate &day, bool csv)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), day.toString(Qt::ISODate));
    if (csv)
        q.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    return q;
}
} // namespace

DailyReportTab::DailyReportTab(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_day = treasury::makeDateEdit(QDate::currentDate(), this);
    auto *label = new QLabel(tr("&Day:"), this);
    label->setBuddy(m_day);
    auto *show = new QPushButton(tr("&Show"), this);
    auto *save = new QPushButton(tr("Save &CSV..."), this);
    top->addWidget(label);
    top->addWidget(m_day);
    top->addWidget(show);
    top->addStretch();
    top->addWidget(save);
    layout->addLayout(top);
    m_channels = treasury::makeTable({tr("Channel"), tr("Count"), tr("Amount"), tr("Applied"), tr("Queued"),
                                      tr("Overpaid")}, this);
    layout->addWidget(m_channels, 1);
    layout->addWidget(new QLabel(tr("Files against their own totals:"), this));
    m_imports = treasury::makeTable({tr("File"), tr("Channel"), tr("Lines"), tr("File total"), tr("Received"),
                                     tr("Agrees")}, this);
    layout->addWidget(m_imports, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(show, &QPushButton::clicked, this, [this] { showDay(m_day->date()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save CSV"), QStringLiteral("shuno-%1.csv").arg(m_day->date().toString("yyyyMMdd")),
            tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            saveCsv(file);
    });
}

void DailyReportTab::showDay(const QDate &day)
{
    m_day->setDate(day);
    ApiReply *reply = m_api->get(treasury::path(QStringLiteral("/reports/daily")), dayQuery(day, false));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        treasury::showOutcome(m_message, reply);
        const QJsonObject r = reply->json();
        QList<QStringList> rows;
        for (const QJsonValue &c : r.value(QStringLiteral("channels")).toArray())
            rows.append(totalRow(c.toObject(), treasury::channelText(c[QStringLiteral("channel")].toString())));
        rows.append(totalRow(r.value(QStringLiteral("total")).toObject(), tr("Total")));
        treasury::fillTable(m_channels, rows);
        QList<QStringList> files;
        for (const QJsonValue &v : r.value(QStringLiteral("imports")).toArray()) {
            const QJsonObject t = v.toObject();
            files.append({t.value("fileName").toString(), treasury::channelText(t.value("channel").toString()),
                          QString::number(t.value("lineCount").toInt()), treasury::yen(t.value("fileTotal").toInteger()),
                          treasury::yen(t.value("receiptTotal").toInteger()),
                          t.value("agrees").toBool() ? tr("Yes") : tr("No")});
        }
        treasury::fillTable(m_imports, files);
        emit loaded();
    });
}

void DailyReportTab::saveCsv(const QString &file)
{
    ApiReply *reply = m_api->get(treasury::path(QStringLiteral("/reports/daily")), dayQuery(m_day->date(), true));
    connect(reply, &ApiReply::finished, this, [this, reply, file] {
        if (!treasury::showOutcome(m_message, reply))
            return emit failed();
        const QString error = treasury::saveFile(file, reply->result().body);
        m_message->setVisible(!error.isEmpty());
        m_message->setText(error);
        if (!error.isEmpty())
            return emit failed();
        emit saved();
    });
}

QString DailyReportTab::errorText() const { return m_message->text(); }

} // namespace kikan::client
