// OCR batch import: a batch folder of the reader's inbox and its recognition file chosen from the
// server's list, a dry run then the import — each a server job (docs/revenue.md "OCR") followed
// with a JobWatcher: a progress bar of the slips read (「n / m 枚」) and a cancel button while the
// server reads them — then the result list (matched / mismatched / unmatched …) or every bad line
// of a broken batch, and, for the selected slip, its image (GET receipts/{id}/image).
// Keyboard-first: Alt+D dry run, Alt+A apply, Alt+C cancel, arrow keys move through the slips.
#pragma once

#include <QJsonArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;
class JobWatcher;

class OcrBatchTab : public QWidget
{
    Q_OBJECT
public:
    explicit OcrBatchTab(ApiClient *api, QWidget *parent = nullptr);

    void reloadBatches();
    void chooseBatch(const QString &batch, const QString &recognitionFile);
    void run(bool dryRun);
    // Asks the server to stop the running import (it stops while still reading the slips).
    void cancelRun();
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }
    QTableWidget *table() const { return m_table; }
    QLabel *image() const { return m_image; }
    QString summary() const;
    QString errorText() const;
    QString progressText() const;

Q_SIGNALS:
    void batchesLoaded();
    void imported();
    void failed();
    void cancelled();
    void progressed(qint64 done, qint64 total);
    void imageShown();

private:
    void showFiles();
    void follow(qint64 jobId);
    void setBusy(bool busy);
    void showFailure(const QString &message, const QJsonObject &problem);
    void showResult(const QJsonObject &result);
    void showSelected();

    ApiClient *m_api;
    QJsonArray m_batches;
    QJsonArray m_receipts;
    QComboBox *m_batch;
    QComboBox *m_file;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    JobWatcher *m_job = nullptr;
    int m_pollMs = 500;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_image;
    QLabel *m_message;
};

} // namespace kikan::client
