// 住民記録の検索: one search box (the server tells a name, a reading, a 和暦 date and numbers
// apart: docs/resident.md "Search and 照会"), the results a page at a time with 除票 on request.
// Enter searches; the arrow keys move into the list and Enter opens the person's 照会.
#pragma once

#include <QJsonArray>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class ResidentSearchWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentSearchWidget(ApiClient *api, QWidget *parent = nullptr);

    // Searches for text from the first result on (what Enter in the box does).
    void search(const QString &text);
    // Shows a search answer (GET /resident/search) as the list.
    void showResults(const QJsonObject &answer);

    QLineEdit *queryEdit() const { return m_query; }
    QCheckBox *includeRemovedBox() const { return m_includeRemoved; }
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    qint64 partyNoAt(int row) const;

Q_SIGNALS:
    void personChosen(qint64 partyNo);
    void moveInRequested();
    void searched(); // the list shows a new answer (or the error)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildTable();
    void runSearch(int offset);
    void showRow(int row, const QJsonObject &person);
    void showError(const QString &message);
    void openCurrent();

    ApiClient *m_api;
    QLineEdit *m_query;
    QCheckBox *m_includeRemoved;
    QPushButton *m_searchButton;
    QPushButton *m_moveIn;
    QLabel *m_error;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_previous;
    QPushButton *m_next;
    QString m_lastQuery;
    int m_offset = 0;
    int m_total = 0;
    static constexpr int kPageSize = 20;
};

} // namespace kikan::client
