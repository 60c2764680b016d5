// 印鑑登録証明書 at the counter: the number of the 印鑑登録証 presented (the card, not the name,
// proves the request), who asks (本人 or 代理人 with the name), then the certificate the server
// prepared (its pages drawn here by the form engine), shown before it is handed out (docs/seal-registration.md).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kikan::client {

class ApiClient;

class SealCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    SealCertificateDialog(ApiClient *api, QWidget *parent = nullptr);

    void setCardNo(qint64 cardNo);
    void setAgent(const QString &name); // empty: the person in person
    // Asks the server for the certificate (the Issue button).
    void issue();

    QString serial() const { return m_serial; }
    // The server's answer: the page its PDF draws (shared/forms/pagejson.h).
    QByteArray pagesJson() const { return m_pagesJson; }
    QImage pageImage() const { return m_pageImage; }
    QString errorText() const;

Q_SIGNALS:
    void issued(const QString &serial);
    void failed(const QString &message);

private:
    void showPage();

    ApiClient *m_api;
    QLineEdit *m_card;
    QComboBox *m_requester;
    QLineEdit *m_agent;
    QLabel *m_page;
    QLabel *m_status;
    QLabel *m_error;
    QString m_serial;
    QByteArray m_pagesJson;
    QImage m_pageImage;
};

} // namespace kikan::client
