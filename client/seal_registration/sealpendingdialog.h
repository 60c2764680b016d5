// The 照会書 awaiting their 回答書 (印鑑登録証明事務処理要領 第2-2(2)): every registration of the
// 照会書 path not ended, with its deadline and whether it has expired; staff enter the 回答書 when it
// comes back (the registration completes and a card is issued) or save the letter again as PDF.
// Keyboard-first: arrow keys select, Alt+A enters the answer. Fits 1024×768.
#pragma once

#include <QDialog>
#include <QJsonArray>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class SealPendingDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SealPendingDialog(ApiClient *api, QWidget *parent = nullptr);

    void reload();
    // Enters the 回答書 of the selected registration.
    void answerSelected();
    QTableWidget *table() const { return m_table; }
    QString messageText() const;

Q_SIGNALS:
    void loaded();
    void answered(qint64 cardNo);
    void failed();

private:
    QJsonObject selected() const;
    void saveLetter();

    ApiClient *m_api;
    QJsonArray m_pending;
    QTableWidget *m_table;
    QPushButton *m_answer;
    QLabel *m_message;
};

} // namespace kikan::client
