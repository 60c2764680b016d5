// 収納日計表 for a day: per channel the count, amount, applied, queued and 過誤納 with the day's
// total, each imported file's own trailer total against what was received from it, and the table
// saved as the server's CSV.
#pragma once

#include <QWidget>

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
    void saveCsv(const QString &file);
    QTableWidget *channels() const { return m_channels; }
    QTableWidget *imports() const { return m_imports; }
    QString errorText() const;

Q_SIGNALS:
    void loaded();
    void saved();
    void failed();

private:
    ApiClient *m_api;
    QDateEdit *m_day;
    QTableWidget *m_channels;
    QTableWidget *m_imports;
    QLabel *m_message;
};

} // namespace kikan::client
