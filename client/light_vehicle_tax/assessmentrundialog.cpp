// 当初課税 run and the 課税台帳 totals (assessmentrundialog.h).
#include "assessmentrundialog.h"

#include "vehicletext.h"

#include "client/app/buttons.h"
#include "client/app/jobprogress.h"
#include "client/net/apiclient.h"
#include "client/net/jobwatcher.h"
#include "shared/api/light_vehicle_tax/paths.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

AssessmentRunDialog::AssessmentRunDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Annual assessment"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setRange(2016, 2100);
    const QDate today = QDate::currentDate();
    m_year->setValue(today.month() >= 4 ? today.year() : today.year() - 1);
    m_run = new QPushButton(tr("&Run assessment"), this);
    m_totals = new QPushButton(tr("Show &totals"), this);
    auto *yearLabel = new QLabel(tr("&Fiscal year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_run);
    top->addWidget(m_totals);
    m_cancel = new QPushButton(tr("&Cancel run"), this);
    m_cancel->setEnabled(false);
    top->addWidget(m_cancel);
    top->addStretch();
    layout->addLayout(top);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m vehicles"));
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Vehicle class"), tr("Count"), tr("Tax"),
                                        tr("Reduction"), tr("Assessed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_counts = new QLabel(this);
    layout->addWidget(m_counts);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(close);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (askYesNo(this, windowTitle(),
                     tr("Run the annual assessment of fiscal year %1? A second run only corrects "
                        "differences.").arg(m_year->value())))
            run();
    });
    connect(m_totals, &QPushButton::clicked, this, &AssessmentRunDialog::showTotals);
    connect(m_cancel, &QPushButton::clicked, this, &AssessmentRunDialog::cancelRun);
    resize(820, 560);
}

void AssessmentRunDialog::setFiscalYear(int fiscalYear) { m_year->setValue(fiscalYear); }

QString AssessmentRunDialog::countsText() const { return m_counts->text(); }

QString AssessmentRunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AssessmentRunDialog::setBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_totals->setEnabled(!busy);
    m_cancel->setEnabled(busy && m_job);
    m_year->setEnabled(!busy);
    if (busy) {
        m_error->hide();
        m_progress->setRange(0, 0); // until the first report
        m_progress->setTextVisible(false);
    }
}

void AssessmentRunDialog::showError(const QString &message)
{
    setBusy(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_error->setText(message);
    m_error->show();
    emit failed(message);
}

// The run is a server job: 202 with its id, then its progress until it ends.
void AssessmentRunDialog::run()
{
    const QString path = QString::fromLatin1(api::path::LightVehicleAssessments)
                         + QStringLiteral("/%1/run").arg(m_year->value());
    setBusy(true);
    ApiReply *reply = m_api->post(path);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return showError(reply->error().message());
        follow(reply->json().value(QStringLiteral("jobId")).toInteger());
    });
}

void AssessmentRunDialog::follow(qint64 jobId)
{
    m_job = new JobWatcher(m_api, jobId, this);
    m_job->setInterval(m_pollMs);
    m_cancel->setEnabled(true);
    showJobProgress(m_job, m_progress);
    auto ended = [this] {
        m_job->deleteLater();
        m_job = nullptr;
        setBusy(false);
    };
    connect(m_job, &JobWatcher::succeeded, this, [this, ended](const QJsonObject &summary) {
        ended();
        showSummary(summary, true);
        emit finished(summary);
    });
    connect(m_job, &JobWatcher::failed, this, [this, ended](const QString &message) {
        ended();
        showError(message);
    });
    connect(m_job, &JobWatcher::cancelled, this, [this, ended] {
        ended();
        showError(tr("The run was cancelled. The vehicles done so far keep their assessment; "
                     "running again completes the fiscal year."));
    });
    m_job->start();
}

void AssessmentRunDialog::cancelRun()
{
    if (!m_job)
        return;
    m_cancel->setEnabled(false);
    m_job->cancel();
}

void AssessmentRunDialog::showTotals()
{
    const QString path = QString::fromLatin1(api::path::LightVehicleAssessments)
                         + QStringLiteral("/%1").arg(m_year->value());
    setBusy(true);
    ApiReply *reply = m_api->get(path);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return showError(reply->error().message());
        setBusy(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        showSummary(reply->json(), false);
        emit finished(reply->json());
    });
}

void AssessmentRunDialog::showSummary(const QJsonObject &summary, bool ran)
{
    const QJsonArray classes = summary.value("classes").toArray();
    m_table->setRowCount(int(classes.size()) + 1);
    auto put = [this](int row, const QJsonObject &c, const QString &label) {
        const QStringList cells{label, QString::number(c.value("count").toInt()),
                                VehicleText::yen(c.value("tax").toInteger()),
                                VehicleText::yen(c.value("reduction").toInteger()),
                                VehicleText::yen(c.value("amount").toInteger())};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        }
    };
    for (int row = 0; row < classes.size(); ++row) {
        const QJsonObject c = classes[row].toObject();
        put(row, c, VehicleText::rateClass(c.value("rateClass").toString()));
    }
    put(int(classes.size()), summary.value("total").toObject(), tr("Total"));
    QFont bold = m_table->font();
    bold.setBold(true);
    for (int col = 0; col < 5; ++col)
        m_table->item(int(classes.size()), col)->setFont(bold);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->setText(ran ? tr("Fiscal year %1: %2 created, %3 unchanged, %4 corrected.")
                                .arg(summary.value("fiscalYear").toInt())
                                .arg(summary.value("created").toInt())
                                .arg(summary.value("unchanged").toInt())
                                .arg(summary.value("corrected").toInt())
                          : tr("Fiscal year %1: the totals as recorded.")
                                .arg(summary.value("fiscalYear").toInt()));
}

} // namespace kikan::client
