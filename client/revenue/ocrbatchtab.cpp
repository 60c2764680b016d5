// OCR batch import (ocrbatchtab.h): POST /api/v1/revenue/imports/ocr submits the job, JobWatcher
// follows it.
#include "ocrbatchtab.h"

#include "treasurykit.h"

#include "client/app/buttons.h"
#include "client/app/jobprogress.h"
#include "client/net/apiclient.h"
#include "client/net/jobwatcher.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

OcrBatchTab::OcrBatchTab(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_batch = new QComboBox(this);
    m_batch->setMinimumWidth(180);
    m_file = new QComboBox(this);
    auto *reload = new QPushButton(tr("Re&load"), this);
    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    m_cancel->setEnabled(false);
    auto *batchLabel = new QLabel(tr("&Batch folder:"), this);
    batchLabel->setBuddy(m_batch);
    auto *fileLabel = new QLabel(tr("&Recognition file:"), this);
    fileLabel->setBuddy(m_file);
    for (QWidget *w : std::initializer_list<QWidget *>{batchLabel, m_batch, fileLabel, m_file, reload})
        top->addWidget(w);
    top->addStretch();
    layout->addLayout(top);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v / %m slips"));
    // The actions, then the bar and its cancel (shown from the first run on): a row of its own,
    // so that the window stays within 1024 pixels with Windows' wider buttons.
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_dryRun);
    progressRow->addWidget(m_apply);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addStretch();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_summary = new QLabel(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(this);
    m_table = treasury::makeTable({tr("Line"), tr("Image"), tr("Notice no."), tr("Amount"), tr("Result"),
                                   tr("Problem")}, split);
    m_image = new QLabel(split);
    m_image->setMinimumWidth(300);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::Box);
    split->addWidget(m_table);
    split->addWidget(m_image);
    split->setStretchFactor(0, 1);
    split->setSizes({640, 300});
    layout->addWidget(split, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(reload, &QPushButton::clicked, this, &OcrBatchTab::reloadBatches);
    connect(m_batch, &QComboBox::currentIndexChanged, this, &OcrBatchTab::showFiles);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (askYesNo(this, tr("Import OCR batch"),
                     tr("Import batch %1 and apply its payments?").arg(m_batch->currentText())))
            run(false);
    });
    connect(m_cancel, &QPushButton::clicked, this, &OcrBatchTab::cancelRun);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OcrBatchTab::showSelected);
}

void OcrBatchTab::reloadBatches()
{
    ApiReply *reply = m_api->get(treasury::path(QStringLiteral("/imports/ocr/batches")));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        treasury::showOutcome(m_message, reply);
        m_batches = reply->result().list(QStringLiteral("batches"));
        m_batch->clear();
        for (const QJsonValue &b : m_batches)
            m_batch->addItem(b[QStringLiteral("name")].toString());
        showFiles();
        emit batchesLoaded();
    });
}

void OcrBatchTab::showFiles()
{
    m_file->clear();
    const int i = m_batch->currentIndex();
    if (i < 0 || i >= m_batches.size())
        return;
    for (const QJsonValue &f : m_batches[i][QStringLiteral("files")].toArray())
        m_file->addItem(f.toString());
}

void OcrBatchTab::chooseBatch(const QString &batch, const QString &recognitionFile)
{
    m_batch->setCurrentText(batch);
    m_file->setCurrentText(recognitionFile);
}

void OcrBatchTab::setBusy(bool busy)
{
    m_dryRun->setEnabled(!busy);
    m_apply->setEnabled(!busy);
    m_cancel->setEnabled(busy && m_job);
    if (busy) {
        m_message->hide();
        m_progress->setRange(0, 0); // busy until the server's first report
        m_progress->setTextVisible(false);
        m_progress->show();
        m_cancel->show();
    } else if (m_progress->maximum() == 0) {
        m_progress->hide();         // no report came: nothing to count (else 「n / m 枚」 stays)
        m_cancel->hide();
    }
}

// The import is a server job: 202 with its id, then its progress until it ends.
void OcrBatchTab::run(bool dryRun)
{
    if (m_job)
        return;
    setBusy(true);
    ApiReply *reply = m_api->post(treasury::path(QStringLiteral("/imports/ocr")),
                                  {{"batch", m_batch->currentText()}, {"recognitionFile", m_file->currentText()},
                                   {"dryRun", dryRun}});
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return showFailure(reply->error().message(), reply->json());
        follow(reply->json().value(QStringLiteral("jobId")).toInteger());
    });
}

void OcrBatchTab::follow(qint64 jobId)
{
    m_job = new JobWatcher(m_api, jobId, this);
    m_job->setInterval(m_pollMs);
    m_cancel->setEnabled(true);
    showJobProgress(m_job, m_progress);
    connect(m_job, &JobWatcher::progressed, this, &OcrBatchTab::progressed);
    auto ended = [this] {
        m_job->deleteLater();
        m_job = nullptr;
        setBusy(false);
    };
    connect(m_job, &JobWatcher::succeeded, this, [this, ended](const QJsonObject &result) {
        ended();
        showResult(result);
        emit imported();
    });
    connect(m_job, &JobWatcher::failed, this, [this, ended](const QString &message, const QJsonObject &problem) {
        ended();
        showFailure(message, problem);
    });
    connect(m_job, &JobWatcher::cancelled, this, [this, ended] {
        ended();
        m_message->setText(tr("The import was cancelled while the slips were being read; nothing was applied."));
        m_message->show();
        emit cancelled();
    });
    m_job->start();
}

void OcrBatchTab::cancelRun()
{
    if (!m_job)
        return;
    m_cancel->setEnabled(false);
    m_job->cancel();
}

// A refused request or a failed job: every bad line of a broken batch (`lines`), else the message.
void OcrBatchTab::showFailure(const QString &message, const QJsonObject &problem)
{
    setBusy(false);
    QStringList lines;
    for (const QJsonValue &l : problem.value(QStringLiteral("lines")).toArray())
        lines << l[QStringLiteral("message")].toString();
    m_message->setText(lines.isEmpty() ? message : lines.join(u'\n'));
    m_message->show();
    emit failed();
}

void OcrBatchTab::showResult(const QJsonObject &result)
{
    const QJsonObject counts = result.value(QStringLiteral("counts")).toObject();
    QString text = result.value(QStringLiteral("dryRun")).toBool() ? tr("Dry run (nothing applied): ") : QString();
    if (result.value(QStringLiteral("alreadyImported")).toBool())
        text = tr("This batch was already imported; nothing applied again: ");
    m_summary->setText(text + tr("%1 matched, %2 mismatched, %3 unmatched, total %4")
                                  .arg(counts.value("matched").toInt()).arg(counts.value("mismatch").toInt())
                                  .arg(counts.value("unmatched").toInt())
                                  .arg(treasury::yen(result.value("total").toInteger())));
    m_receipts = result.value(QStringLiteral("receipts")).toArray();
    QList<QStringList> rows;
    for (const QJsonValue &v : m_receipts) {
        const QJsonObject r = v.toObject();
        rows.append({QString::number(r.value("sourceLine").toInt()), r.value("reference").toString(),
                     r.value("noticeNo").toString(), treasury::yen(r.value("amount").toInteger()),
                     treasury::outcomeText(r.value("outcome").toString()), r.value("problem").toString()});
    }
    treasury::fillTable(m_table, rows);
    m_image->clear();
}

void OcrBatchTab::showSelected()
{
    const int row = m_table->currentRow();
    const qint64 id = row >= 0 && row < m_receipts.size() ? m_receipts[row][QStringLiteral("id")].toInteger() : 0;
    if (id <= 0) {
        m_image->setText(row >= 0 ? tr("The image is shown once the batch is imported.") : QString());
        return;
    }
    ApiReply *reply = m_api->get(treasury::path(QStringLiteral("/receipts/%1/image").arg(id)));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!treasury::showOutcome(m_message, reply))
            return;
        const QImage slip = QImage::fromData(reply->result().body);
        m_image->setPixmap(QPixmap::fromImage(slip.scaledToWidth(qMax(1, m_image->width() - 8),
                                                                 Qt::SmoothTransformation)));
        emit imageShown();
    });
}

QString OcrBatchTab::summary() const { return m_summary->text(); }
QString OcrBatchTab::errorText() const { return m_message->text(); }
QString OcrBatchTab::progressText() const { return m_progress->text(); }

} // namespace kikan::client
