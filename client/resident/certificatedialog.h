// 証明書の発行 at the counter (docs/resident.md "証明書の発行", issue 6): the request form
// (certificateform.h) beside a preview of the real pages the server prepares (POST
// /api/v1/resident/certificates with preview=true: 見本, no 発行番号 taken, nothing issued).
// Enter previews, Ctrl+Enter issues: the server takes the 発行番号, records the issue and its
// 印刷ログ entry and returns the pages its PDF draws (?format=pages, shared/forms/pagejson.h),
// which this terminal draws with the form engine: printed through the print dialog and the
// printer's profile (印字位置調整) at the printer's resolution, or saved as a PDF drawn here. The
// server's refusals (支援措置, 個人番号 …) are shown in its own Japanese words, next to the field
// they concern where there is one.
#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QPrinter>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kikan::client {

class ApiClient;
struct ApiResult;
class CertificateForm;
class CertificatePreview;

class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    // inquiry: the 照会 answer of the person (person, household, flags).
    CertificateDialog(ApiClient *api, const QJsonObject &inquiry, QWidget *parent = nullptr);

    CertificateForm *form() const { return m_form; }
    CertificatePreview *preview() const { return m_preview; }
    // Asks the server for a preview of what the form says (Enter).
    void requestPreview();
    // Issues the certificate (Ctrl+Enter) and then opens the print dialog.
    void issue();
    // 再印刷 of the last issued certificate: the server prints it again under the same 発行番号
    // with the reason in its print log, then the print dialog opens ("Print again" asks).
    void reprint(const QString &reason);
    // Prints / saves the last issued certificate. False when none was issued or it failed.
    bool printIssued(QPrinter *printer);
    bool saveIssued(const QString &fileName);
    // The 発行番号 of the last issue (empty before).
    QString issuedSerial() const { return m_serial; }
    QString errorText() const;
    QString statusText() const;
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *issueButton() const { return m_issueButton; }
    QPushButton *saveButton() const { return m_saveButton; }

Q_SIGNALS:
    void answered(); // the server answered a preview or an issue (success or refusal)
    void issued(const QString &serial);
    void reprinted(const QString &serial); // the server answered a reprint with its PDF

private:
    QVBoxLayout *buildFormColumn(const QJsonObject &inquiry);
    QDialogButtonBox *buildButtons();
    void setBusy(bool busy);
    // Checks and sends the form; done() gets a successful answer, a refusal is shown.
    void send(bool preview, const std::function<void(const ApiResult &)> &done);
    void showRefusal(const ApiResult &result);
    void openPrintDialog();
    void askReprintReason();
    void saveAs();

    ApiClient *m_api;
    CertificateForm *m_form;
    CertificatePreview *m_preview;
    QLabel *m_error;
    QLabel *m_status;
    QPushButton *m_previewButton;
    QPushButton *m_issueButton;
    QPushButton *m_printButton;
    QPushButton *m_saveButton;
    QByteArray m_issuedPages;
    QString m_serial;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace kikan::client
