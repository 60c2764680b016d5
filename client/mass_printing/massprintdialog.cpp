// MassPrintDialog (massprintdialog.h).
#include "massprintdialog.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/mass_printing/paths.h"
#include "shared/core/fiscalyear.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
QString runsPath() { return QString::fromLatin1(api::path::MassPrintRuns); }

QString stateText(const QJsonObject &run)
{
    const QString state = run.value(QStringLiteral("state")).toString();
    if (state == QLatin1String("queued"))
        return MassPrintDialog::tr("Waiting");
    if (state == QLatin1String("running"))
        return MassPrintDialog::tr("Printing");
    if (state == QLatin1String("done"))
        return MassPrintDialog::tr("Finished");
    if (state == QLatin1String("cancelled"))
        return MassPrintDialog::tr("Cancelled");
    return MassPrintDialog::tr("Failed: %1").arg(run.value(QStringLiteral("error")).toString());
}
} // namespace

MassPrintDialog::MassPrintDialog(ApiClient *api, QWidget *parent) : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Mass printing"));
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &MassPrintDialog::poll);
    buildForm();
    loadKinds();
    loadRuns();
}

void MassPrintDialog::buildForm()
{
    m_kind = new QComboBox(this);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().month() >= 4 ? QDate::currentDate().year() : QDate::currentDate().year() - 1);
    m_order = new QComboBox(this);
    m_order->addItem(tr("By town area, then address number"), QStringLiteral("town_area"));
    m_order->addItem(tr("By postal code"), QStringLiteral("postal"));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4 sheets"), QStringLiteral("sheet"));
    m_paper->addItem(tr("Continuous forms"), QStringLiteral("continuous"));
    m_output = new QComboBox(this);
    m_output->addItem(tr("Spool files for our printer"), QStringLiteral("spool"));
    m_output->addItem(tr("Package for a printing bureau (BPO)"), QStringLiteral("bpo"));
    m_pagesPerFile = new QSpinBox(this);
    m_pagesPerFile->setRange(1, 20000);
    m_pagesPerFile->setValue(1000);
    auto *form = new QFormLayout;
    form->addRow(tr("&Document"), m_kind);
    form->addRow(tr("&Fiscal year"), m_year);
    form->addRow(tr("&Order"), m_order);
    form->addRow(tr("&Paper"), m_paper);
    form->addRow(tr("O&utput"), m_output);
    form->addRow(tr("Pages per spool fi&le"), m_pagesPerFile);
    m_start = new QPushButton(tr("&Start"), this);
    m_cancel = new QPushButton(tr("&Cancel the run"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("massPrintState"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    m_runs = new QTableWidget(0, 5, this);
    m_runs->setHorizontalHeaderLabels({tr("No."), tr("Document"), tr("Fiscal year"), tr("Progress"), tr("State")});
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_runs->verticalHeader()->hide();
    m_files = new QComboBox(this);
    m_save = new QPushButton(tr("Sa&ve..."), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File of the selected run"), this));
    fileRow->addWidget(m_files, 1);
    fileRow->addWidget(m_save);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_state);
    layout->addWidget(m_runs, 1);
    layout->addLayout(fileRow);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &MassPrintDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &MassPrintDialog::cancelRun);
    connect(m_save, &QPushButton::clicked, this, &MassPrintDialog::askForFile);
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_runs->currentRow();
        if (row >= 0)
            selectRun(m_runs->item(row, 0)->text().toLongLong());
    });
    resize(720, 560);
}

void MassPrintDialog::loadKinds()
{
    ApiReply *reply = m_api->get(QString::fromLatin1(api::path::MassPrintKinds));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return showError(reply->error().message());
        for (const QJsonValue &k : reply->result().list(QStringLiteral("kinds")))
            m_kind->addItem(k[QStringLiteral("title")].toString(), k[QStringLiteral("kind")].toString());
    });
}

void MassPrintDialog::loadRuns()
{
    ApiReply *reply = m_api->get(runsPath());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return showError(reply->error().message());
        const QJsonArray runs = reply->result().list(QStringLiteral("runs"));
        m_runs->setRowCount(int(runs.size()));
        for (int i = 0; i < runs.size(); ++i) {
            const QJsonObject r = runs[i].toObject();
            const QStringList cells{QString::number(r[QStringLiteral("id")].toInteger()), r[QStringLiteral("title")].toString(),
                                    QString::number(r[QStringLiteral("fiscalYear")].toInt()),
                                    tr("%1 / %2").arg(r[QStringLiteral("documentsDone")].toInt())
                                        .arg(r[QStringLiteral("documentCount")].toInt()),
                                    stateText(r)};
            for (int c = 0; c < cells.size(); ++c)
                m_runs->setItem(i, c, new QTableWidgetItem(cells[c]));
        }
        emit runsListed();
    });
}

void MassPrintDialog::start()
{
    const QJsonObject body{{QStringLiteral("kind"), m_kind->currentData().toString()},
                           {QStringLiteral("fiscalYear"), m_year->value()},
                           {QStringLiteral("order"), m_order->currentData().toString()},
                           {QStringLiteral("paper"), m_paper->currentData().toString()},
                           {QStringLiteral("output"), m_output->currentData().toString()},
                           {QStringLiteral("pagesPerFile"), m_pagesPerFile->value()}};
    m_start->setEnabled(false);
    ApiReply *reply = m_api->post(runsPath(), body);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_start->setEnabled(true);
        if (!reply->ok())
            return showError(reply->error().message());
        selectRun(reply->json().value(QStringLiteral("id")).toInteger());
        loadRuns();
    });
}

void MassPrintDialog::selectRun(qint64 id)
{
    if (id == m_runId)
        return;
    m_runId = id;
    m_files->clear();
    poll();
    m_timer->start();
}

void MassPrintDialog::poll()
{
    if (!m_runId)
        return;
    ApiReply *reply = m_api->get(runsPath() + QStringLiteral("/%1").arg(m_runId));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_timer->stop();
            return showError(reply->error().message());
        }
        showStatus(reply->json());
    });
}

void MassPrintDialog::showStatus(const QJsonObject &run)
{
    m_status = run;
    const int total = run.value(QStringLiteral("documentCount")).toInt();
    const int done = run.value(QStringLiteral("documentsDone")).toInt();
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_state->setText(tr("Run %1: %2 — %3 of %4 documents, %5 pages in %6 files")
                         .arg(run.value(QStringLiteral("id")).toInteger())
                         .arg(stateText(run)).arg(done).arg(total)
                         .arg(run.value(QStringLiteral("pagesDone")).toInt())
                         .arg(run.value(QStringLiteral("filesDone")).toInt()));
    const QString state = run.value(QStringLiteral("state")).toString();
    const bool active = state == QLatin1String("queued") || state == QLatin1String("running");
    m_cancel->setEnabled(active && !run.value(QStringLiteral("cancelRequested")).toBool());
    const QString current = m_files->currentText();
    m_files->clear();
    for (const QJsonValue &f : run.value(QStringLiteral("files")).toArray())
        m_files->addItem(f[QStringLiteral("name")].toString());
    if (run.value(QStringLiteral("finished")).toBool()) {
        m_files->addItem(QStringLiteral("index.csv"));
        m_files->addItem(QStringLiteral("manifest.sha256"));
        if (run.value(QStringLiteral("output")).toString() == QLatin1String("bpo"))
            m_files->addItem(QStringLiteral("package"));
    }
    m_files->setCurrentText(current);
    for (int row = 0; row < m_runs->rowCount(); ++row) { // the list follows the run too
        if (m_runs->item(row, 0)->text().toLongLong() == m_runId) {
            m_runs->item(row, 3)->setText(tr("%1 / %2").arg(done).arg(total));
            m_runs->item(row, 4)->setText(stateText(run));
        }
    }
    if (!active) {
        m_timer->stop();
        loadRuns();
    }
    emit statusUpdated();
}

void MassPrintDialog::cancelRun()
{
    if (!m_runId)
        return;
    ApiReply *reply = m_api->post(runsPath() + QStringLiteral("/%1/cancel").arg(m_runId));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return showError(reply->error().message());
        showStatus(reply->json());
    });
}

void MassPrintDialog::askForFile()
{
    const QString name = m_files->currentText();
    if (!m_runId || name.isEmpty())
        return;
    const QString suggested = name == QLatin1String("package") ? QStringLiteral("mass-print-%1.tar").arg(m_runId) : name;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the file"), suggested);
    if (!path.isEmpty())
        saveFile(name, path);
}

void MassPrintDialog::saveFile(const QString &name, const QString &path)
{
    const QString route = name == QLatin1String("package")
                              ? runsPath() + QStringLiteral("/%1/package").arg(m_runId)
                              : runsPath() + QStringLiteral("/%1/files/%2").arg(m_runId).arg(name);
    ApiReply *reply = m_api->get(route);
    connect(reply, &ApiReply::finished, this, [this, reply, path] {
        if (!reply->ok())
            return showError(reply->error().message());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(reply->result().body) != reply->result().body.size())
            return showError(tr("Cannot write %1.").arg(path));
        file.close();
        m_state->setText(tr("Saved %1.").arg(path));
        emit saved(path);
    });
}

void MassPrintDialog::showError(const QString &message)
{
    m_state->setText(message);
    emit failed(message);
}

} // namespace kikan::client
