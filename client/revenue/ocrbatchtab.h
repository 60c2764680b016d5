// OCR batch import: a batch folder of the reader's inbox and its recognition file chosen from the
// server's list, a dry run then the import, the result list (matched / mismatched / unmatched …)
// and, for the selected slip, its image (GET receipts/{id}/image). Keyboard-first: Alt+D dry run,
// Alt+A apply, arrow keys move through the slips.
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

class OcrBatchTab : public QWidget
{
    Q_OBJECT
public:
    explicit OcrBatchTab(ApiClient *api, QWidget *parent = nullptr);

    void reloadBatches();
    void chooseBatch(const QString &batch, const QString &recognitionFile);
    void run(bool dryRun);
    QTableWidget *table() const { return m_table; }
    QLabel *image() const { return m_image; }
    QString summary() const;
    QString errorText() const;

Q_SIGNALS:
    void batchesLoaded();
    void imported();
    void failed();
    void imageShown();

private:
    void showFiles();
    void showResult(const QJsonObject &result);
    void showSelected();

    ApiClient *m_api;
    QJsonArray m_batches;
    QJsonArray m_receipts;
    QComboBox *m_batch;
    QComboBox *m_file;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_image;
    QLabel *m_message;
};

} // namespace kikan::client
