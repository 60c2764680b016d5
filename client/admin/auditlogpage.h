// 監査ログの検索: period, staff ID, kind, subject and event; the results in a table, page by page;
// CSV export of the same search to a file the staff member chooses (GET /admin/audit[/export]).
#pragma once

#include <QJsonObject>
#include <QUrlQuery>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditLogPage(ApiClient *api, QWidget *parent = nullptr);

    // The query the current filters give (without limit/offset).
    QUrlQuery filterQuery() const;
    void search();
    // Shows an answer of GET /admin/audit ({total, entries}).
    void showResults(const QJsonObject &answer);
    QTableWidget *table() const { return m_table; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createFilterFields();
    QGridLayout *buildFilterGrid();
    void buildTable();
    QHBoxLayout *buildPaging();
    void load(int offset);
    void exportCsv();
    void showError(const QString &message);

    ApiClient *m_api;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_user;
    QComboBox *m_kind;
    QLineEdit *m_subject;
    QLineEdit *m_event;
    QPushButton *m_search;
    QPushButton *m_export;
    QPushButton *m_prev;
    QPushButton *m_next;
    QLabel *m_summary;
    QTableWidget *m_table;
    int m_offset = 0;
    int m_total = 0;
};

} // namespace kikan::client
