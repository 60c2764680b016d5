// 収納日計表 / 月計表 (dailyreporttab.h) over GET /api/v1/revenue/reports/daily (JSON, CSV, PDF).
#include "dailyreporttab.h"

#include "treasurykit.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"

#include <QComboBox>
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

// The 収納日 range of the report: the day, or the month it lies in (月計表).
QUrlQuery periodQuery(const QDate &day, bool month, const QString &format)
{
    QUrlQuery q;
    const QDate from = month ? QDate(day.year(), day.month(), 1) : day;
    q.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("to"), (month ? from.addMonths(1).addDays(-1) : day).toString(Qt::ISODate));
    if (!format.isEmpty())
        q.addQueryItem(QStringLiteral("format"), format);
    return q;
}
} // namespace

DailyReportTab::DailyReportTab(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->addItems({tr("Daily report"), tr("Monthly report")});
    m_day = treasury::makeDateEdit(QDate::currentDate(), this);
    auto *label = new QLabel(tr("&Day:"), this);
    label->setBuddy(m_day);
    auto *show = new QPushButton(tr("&Show"), this);
    auto *save = new QPushButton(tr("Save &CSV..."), this);
    auto *savePdf = new QPushButton(tr("Save &PDF..."), this);
    top->addWidget(m_period);
    top->addWidget(label);
    top->addWidget(m_day);
    top->addWidget(show);
    top->addStretch();
    top->addWidget(save);
    top->addWidget(savePdf);
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
    connect(show, &QPushButton::clicked, this, [this] { showPeriod(m_day->date(), isMonthly()); });
    const auto askAndSave = [this](const QString &format, const QString &filter) {
        const QDate day = m_day->date();
        const QString name = isMonthly() ? QStringLiteral("shuno-%1.%2").arg(day.toString("yyyyMM"), format)
                                         : QStringLiteral("shuno-%1.%2").arg(day.toString("yyyyMMdd"), format);
        const QString file = QFileDialog::getSaveFileName(this, tr("Save report"), name, filter);
        if (!file.isEmpty())
            saveReport(file, format);
    };
    connect(save, &QPushButton::clicked, this, [askAndSave] { askAndSave(QStringLiteral("csv"), tr("CSV files (*.csv)")); });
    connect(savePdf, &QPushButton::clicked, this,
            [askAndSave] { askAndSave(QStringLiteral("pdf"), tr("PDF files (*.pdf)")); });
}

bool DailyReportTab::isMonthly() const { return m_period->currentIndex() == 1; }

void DailyReportTab::showDay(const QDate &day) { showPeriod(day, false); }

void DailyReportTab::showPeriod(const QDate &day, bool month)
{
    m_day->setDate(day);
    m_period->setCurrentIndex(month ? 1 : 0);
    ApiReply *reply = m_api->get(treasury::path(QStringLiteral("/reports/daily")), periodQuery(day, month, {}));
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

void DailyReportTab::saveCsv(const QString &file) { saveReport(file, QStringLiteral("csv")); }

void DailyReportTab::saveReport(const QString &file, const QString &format)
{
    ApiReply *reply = m_api->get(treasury::path(QStringLiteral("/reports/daily")),
                                 periodQuery(m_day->date(), isMonthly(), format));
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
