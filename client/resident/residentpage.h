// The page of the 住民記録 area: the search list, the 照会 of the chosen person (Esc returns to
// the list), and the 異動 dialogs opened from them; after a 異動 the 照会 is read again.
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace kikan::client {

class ApiClient;
class CertificateDialog;
class ChangeDialog;
class ResidentInquiryWidget;
class ResidentSearchWidget;

class ResidentPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResidentPage(ApiClient *api, QWidget *parent = nullptr);

    ResidentSearchWidget *searchWidget() const { return m_search; }
    ResidentInquiryWidget *inquiryWidget() const { return m_inquiry; }
    bool showsInquiry() const;
    // Opens a 異動 dialog (window-modal, not blocking); kind as in ChangeDialog. The dialog
    // deletes itself when closed.
    ChangeDialog *openChange(const QString &kind);
    // Opens the certificate dialog for the person in 照会 (window-modal, deletes itself).
    CertificateDialog *openCertificate();
    void openPerson(qint64 partyNo);
    void showSearch();
    QString messageText() const;

Q_SIGNALS:
    void changeRegistered(const QJsonObject &answer);

private:
    void changeFinished(ChangeDialog *dialog, const QString &kind, int result);

    ApiClient *m_api;
    QStackedWidget *m_stack;
    ResidentSearchWidget *m_search;
    ResidentInquiryWidget *m_inquiry;
    QLabel *m_message;
};

} // namespace kikan::client
