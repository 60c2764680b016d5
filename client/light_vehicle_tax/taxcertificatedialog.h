// 納税証明書 (継続検査用) at the counter: the vehicle chosen in 照会, the Issue button (the server
// refuses when 種別割 has arrears, and logs every issue and refusal), then the certificate the
// server prepared, drawn here by the form engine and shown before it is handed out. The preview is the one the 住民記録 certificates
// use (client/resident/certificatepreview.h); only this file touches it.
#pragma once

#include <QDialog>

class QLabel;

namespace kikan::client {

class ApiClient;
class CertificatePreview;

class TaxCertificateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TaxCertificateDialog(ApiClient *api, QWidget *parent = nullptr);

    void setVehicle(qint64 vehicleId, const QString &plateNo);
    void issue();
    QString serial() const { return m_serial; }
    // The issued pages as the server prepared them (shared/forms/pagejson.h).
    QByteArray pages() const { return m_pages; }
    QImage pageImage() const;
    QString errorText() const;

Q_SIGNALS:
    void issued(const QString &serial);
    void failed(const QString &message);

private:
    ApiClient *m_api;
    qint64 m_vehicleId = 0;
    QLabel *m_vehicle;
    CertificatePreview *m_preview;
    QLabel *m_status;
    QLabel *m_error;
    QString m_serial;
    QByteArray m_pages;
};

} // namespace kikan::client
