// 当初課税 of a 年度 (administer): the run (POST …/assessments/{年度}/run submits it as a server job, a
// re-run only 更正s the differences), its progress polled from GET /api/v1/jobs/{id} (JobWatcher)
// in a progress bar of lines done, with a Cancel button, then the 課税台帳 totals the tax office
// checks: per 車種区分 the count, 税額, 減免額 and 調定額, their sum, and how many 調定 were created,
// left unchanged and corrected. "Show totals" reads the recorded totals without running.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kikan::client {

class ApiClient;
class JobWatcher;

class AssessmentRunDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AssessmentRunDialog(ApiClient *api, QWidget *parent = nullptr);

    void setFiscalYear(int fiscalYear);
    void run();        // without asking (the Run button asks first)
    void cancelRun();  // asks the server to stop the running job
    void showTotals(); // the recorded totals
    QTableWidget *table() const { return m_table; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    void setPollInterval(int milliseconds) { m_pollMs = milliseconds; }
    QString countsText() const;
    QString errorText() const;

Q_SIGNALS:
    void finished(const QJsonObject &summary);
    void failed(const QString &message);

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void follow(qint64 jobId);
    void showSummary(const QJsonObject &summary, bool ran);

    ApiClient *m_api;
    QSpinBox *m_year;
    QPushButton *m_run;
    QPushButton *m_totals;
    QPushButton *m_cancel;
    JobWatcher *m_job = nullptr;
    int m_pollMs = 500;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_counts;
    QLabel *m_error;
};

} // namespace kikan::client
