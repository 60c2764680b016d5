// 口座振替: the request file for a 納期 (振替日) made from 口座管理's accounts and saved for the
// bank; a result file read back with a dry run then applied, its 振替不能 listed for re-billing.
#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class DirectDebitTab : public QWidget
{
    Q_OBJECT
public:
    explicit DirectDebitTab(ApiClient *api, QWidget *parent = nullptr);

    void setDebitDate(const QDate &date);
    // Creates the request file and writes it to `file`.
    void createRequest(const QString &file);
    // Reads the result file `file` and sends it (dry run or applied).
    void importResult(const QString &file, bool dryRun);
    QTableWidget *failures() const { return m_failures; }
    QString summary() const;
    QString errorText() const;

Q_SIGNALS:
    void requestSaved();
    void imported();
    void failed();

private:
    void chooseRequestFile();
    void chooseResultFile();
    void fail(const QString &message);

    ApiClient *m_api;
    QDateEdit *m_date;
    QLineEdit *m_resultFile;
    QLabel *m_summary;
    QTableWidget *m_failures;
    QLabel *m_message;
};

} // namespace kikan::client
