// 証明書の真正性確認: a certificate's verification code read by the counter's barcode scanner (it
// types the QR's text and Enter) or its 発行番号 typed by hand. The code's signature is checked on
// this terminal with the town's public keys (kept from the last time the server answered, so the
// check works while the server is down), and the server says whether the 発行番号 was issued and
// stands (revoked keys, codes that differ from what was issued). docs/verification.md.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kikan::client {

class ApiClient;
struct ApiError;

class VerificationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VerificationDialog(ApiClient *api, QWidget *parent = nullptr);

    // Checks `text` (a code or a 発行番号) as if it had been scanned.
    void check(const QString &text);
    QString verdictText() const;
    // The kind's name for staff.
    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    // The server's answer (or its failure) has been shown.
    void checked();

private:
    void refreshKeys();
    void showOffline(const QString &text);
    void askServer(const QString &serial, const QString &code);
    void showServer(const QJsonObject &answer);
    void showServerError(const ApiError &error);
    void setVerdict(const QString &text, bool good);

    ApiClient *m_api;
    QLineEdit *m_input;
    QPushButton *m_check;
    QLabel *m_verdict;
    QLabel *m_serial;
    QLabel *m_kind;
    QLabel *m_issueDate;
    QLabel *m_signature;
    QLabel *m_server;
    bool m_offlineGood = false; // the signature checked here is the town's
    bool m_withCode = false;    // a code was read, not only a 発行番号
    bool m_keysPending = false; // the town's keys are being fetched
    QString m_waitingInput;     // read while they were
};

} // namespace kikan::client
