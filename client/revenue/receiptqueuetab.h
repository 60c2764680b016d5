// The unmatched queue: receipts no 調定 took (unmatched, mismatch) listed; the selected one, or
// one opened by its receipt number, shown with its history; matched by hand to the 調定 of a
// 通知書番号 with a reason; a wrong match reversed with a reason, its history kept and shown.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class ReceiptQueueTab : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiptQueueTab(ApiClient *api, QWidget *parent = nullptr);

    void reload();
    void openReceipt(qint64 id);
    void match(const QString &noticeNo, const QString &reason);
    void reverse(const QString &reason);
    QTableWidget *table() const { return m_table; }
    QListWidget *history() const { return m_history; }
    const QJsonObject &receipt() const { return m_receipt; }
    QString errorText() const;

Q_SIGNALS:
    void loaded();
    void receiptShown();
    void changed();
    void failed();

private:
    void post(const QString &action, const QJsonObject &body);

    ApiClient *m_api;
    QJsonArray m_items;
    QJsonObject m_receipt;
    QTableWidget *m_table;
    QLineEdit *m_receiptNo;
    QLabel *m_facts;
    QListWidget *m_history;
    QLineEdit *m_noticeNo;
    QLineEdit *m_reason;
    QLabel *m_message;
};

} // namespace kikan::client
