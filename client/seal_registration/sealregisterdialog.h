// 印鑑登録 at the counter (docs/seal-registration.md): how the applicant was identified (photo ID,
// 保証人's card, or the 照会書), the text the impression shows, what staff saw of the seal, and the
// scanner's file — sent to the server, which measures it (POST …/measure) and shows the
// impression with its size in millimetres and whether it is within the 8 mm / 25 mm rule before
// anything is registered. Keyboard-first; fits 1024×768.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kikan::client {

class ApiClient;

class SealRegisterDialog : public QDialog
{
    Q_OBJECT
public:
    SealRegisterDialog(ApiClient *api, qint64 partyNo, QWidget *parent = nullptr);

    // The scanner's file (the file dialog's, or bytes in tests): measured by the server.
    void setScan(const QByteArray &file);
    void setIdentity(const QString &path, const QString &documentOrCard);
    void setImpressionText(const QString &text);
    // Sends the registration (the OK button).
    void submit();

    const QJsonObject &measured() const { return m_measured; }
    const QJsonObject &registration() const { return m_registration; }
    QString measurementText() const;
    QString errorText() const;

Q_SIGNALS:
    void measuredChanged();
    void failed(const QString &message);
    void registered(const QJsonObject &registration);

private:
    void chooseFile();
    void measure();
    void showError(const QString &message);
    void updatePathFields();

    ApiClient *m_api;
    qint64 m_partyNo;
    QByteArray m_scan;
    QJsonObject m_measured;
    QJsonObject m_registration;
    QComboBox *m_path;
    QLineEdit *m_document;
    QLineEdit *m_guarantor;
    QLineEdit *m_text;
    QCheckBox *m_deformable;
    QCheckBox *m_worn;
    QSpinBox *m_dpi;
    QPushButton *m_load;
    QLabel *m_image;
    QLabel *m_measurement;
    QLabel *m_error;
};

} // namespace kikan::client
