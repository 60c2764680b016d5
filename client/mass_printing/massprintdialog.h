// 一括印刷 (ツール → 一括印刷): staff choose the document kind, the 年度, the order (町字順 or
// 郵便番号順), the paper (A4 or 連帳), spool files of N pages or a BPO package, and start a run on
// the server (server/mass_printing, docs/printing.md "Mass printing"); the progress bar follows the
// run's job every second; the run can be cancelled; the list shows the latest runs, and a spool
// file (or the BPO package) of the selected run is saved to a file.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace kikan::client {

class ApiClient;

class MassPrintDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MassPrintDialog(ApiClient *api, QWidget *parent = nullptr);

    // Starts a run with what the form says.
    void start();
    void cancelRun();
    // Saves `name` of the selected run (a spool file, index.csv, manifest.sha256, or "package")
    // to `path`; emits saved() or failed().
    void saveFile(const QString &name, const QString &path);
    qint64 currentRun() const { return m_runId; }
    QJsonObject lastStatus() const { return m_status; }

Q_SIGNALS:
    void statusUpdated();
    void runsListed();
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void buildForm();
    void loadKinds();
    void loadRuns();
    void poll();
    void showStatus(const QJsonObject &run);
    void showError(const QString &message);
    void selectRun(qint64 id);
    void askForFile();

    ApiClient *m_api;
    QComboBox *m_kind;
    QSpinBox *m_year;
    QComboBox *m_order;
    QComboBox *m_paper;
    QComboBox *m_output;
    QSpinBox *m_pagesPerFile;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_save;
    QProgressBar *m_progress;
    QLabel *m_state;
    QTableWidget *m_runs;
    QComboBox *m_files;
    QTimer *m_timer;
    qint64 m_runId = 0;
    QJsonObject m_status;
};

} // namespace kikan::client
