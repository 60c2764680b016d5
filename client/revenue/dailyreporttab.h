// 収納日計表 for a day (月計表 for its month): per channel the count, amount, applied, queued and
// 過誤納 with the total, each imported file's own trailer total against what was received from it,
// and the report saved as the server's CSV or PDF (the 会計管理者's copy, with its 検印 boxes).
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class DailyReportTab : public QWidget
{
    Q_OBJECT
public:
    explicit DailyReportTab(ApiClient *api, QWidget *parent = nullptr);

    void showDay(const QDate &day);
    // month: the 月計表 of the month `day` lies in.
    void showPeriod(const QDate &day, bool month);
    void saveCsv(const QString &file);
    // format: "csv" or "pdf", for the period shown.
    void saveReport(const QString &file, const QString &format);
    QTableWidget *channels() const { return m_channels; }
    QTableWidget *imports() const { return m_imports; }
    QString errorText() const;

Q_SIGNALS:
    void loaded();
    void saved();
    void failed();

private:
    bool isMonthly() const;

    ApiClient *m_api;
    QComboBox *m_period;
    QDateEdit *m_day;
    QTableWidget *m_channels;
    QTableWidget *m_imports;
    QLabel *m_message;
};

} // namespace kikan::client
