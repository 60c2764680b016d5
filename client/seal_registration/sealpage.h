// The 印鑑登録 page: a person's registrations by 宛名番号 (state, dates, card, measured size), the
// impression and the register's events of the one selected; from here staff register a seal
// (SealRegisterDialog), issue a 印鑑登録証明書 (SealCertificateDialog), end a registration on
// application or on loss of the card, re-issue the card, and see the 照会書 awaiting answers
// (SealPendingDialog). Keyboard-first (Enter searches, arrow keys select); fits 1024×768.
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class SealPage : public QWidget
{
    Q_OBJECT
public:
    explicit SealPage(ApiClient *api, QWidget *parent = nullptr);

    void showParty(qint64 partyNo);
    qint64 partyNo() const { return m_partyNo; }
    QTableWidget *table() const { return m_table; }
    QLabel *impression() const { return m_impression; }
    const QJsonArray &registrations() const { return m_registrations; }
    void openRegisterDialog();
    void openCertificateDialog();
    // The 照会書 awaiting answers (SealPendingDialog).
    void openPendingDialog();
    // A new 印鑑登録証 for the selected registration (the old card ends).
    void reissueSelectedCard();
    // 廃止 of the selected registration on loss of the card.
    void endSelectedOnCardLoss();

Q_SIGNALS:
    void loaded();
    void impressionShown();

private:
    void showSelected();
    void endSelected();
    void postOnSelected(const QString &action, const QJsonObject &body);
    QJsonObject selected() const;

    ApiClient *m_api;
    qint64 m_partyNo = 0;
    QJsonArray m_registrations;
    QLineEdit *m_party;
    QTableWidget *m_table;
    QLabel *m_impression;
    QLabel *m_facts;
    QListWidget *m_events;
    QPushButton *m_register;
    QPushButton *m_certificate;
    QPushButton *m_end;
    QPushButton *m_reissue;
    QPushButton *m_lost;
    QLabel *m_message;
};

} // namespace kikan::client
