// Counter work for the vehicles the town registers itself (原付・小型特殊; docs/light-vehicle-tax.md
// "Counter work for mopeds"): 登録 with 標識 issue (POST …/mopeds: the server allocates the next
// 標識番号 of the class's range and prints the 標識交付証明書), 標識 re-issue after a loss (…/moped/
// reissue-plate: a new number and a new 標識交付証明書) and 廃車 (…/moped/deregister: the
// 廃車申告受付書). The allocated 標識番号 and 発行番号 are shown with the document in the preview the
// 納税証明書 uses (client/resident/certificatepreview.h). Re-issue and 廃車 are sent with the
// version read in 照会. Keyboard-first: Alt+letter fields, Enter on 交付 issues; fits 1024×768.
#pragma once

#include "vehiclefields.h"

#include <QDialog>
#include <QJsonObject>

class QFormLayout;
class QLabel;

namespace kikan::client {

class ApiClient;
class CertificatePreview;

class MopedCounterDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Register, ReissuePlate, Deregister };
    MopedCounterDialog(ApiClient *api, Mode mode, QWidget *parent = nullptr);

    // The vehicle a re-issue or 廃車 applies to, as 照会 read it.
    void setVehicle(const QJsonObject &vehicle, int version);
    // Sets a field by its API name (vehicleClass, power, chassisNo, ownerPartyNo, userPartyNo,
    // storagePlace, reason, effectiveDate).
    void setField(const QString &name, const QString &value);
    QJsonObject body() const;
    void submit();
    QString plateNo() const { return m_plateNo; }
    QString serial() const { return m_serial; }
    qint64 vehicleId() const { return m_vehicleId; }
    // The issued document as this client draws and prints it (a PDF).
    QByteArray pdf() const;
    QImage pageImage() const;
    QString errorText() const;

Q_SIGNALS:
    void issued(qint64 vehicleId, const QString &plateNo);
    void failed(const QString &message);

private:
    void buildRegisterFields(QFormLayout *form);
    QString path() const;
    void showIssued(const QByteArray &pages, const QString &serial);

    ApiClient *m_api;
    Mode m_mode;
    qint64 m_vehicleId = 0;
    int m_version = 0;
    QLabel *m_vehicleLabel;
    VehicleFields m_fields;
    CertificatePreview *m_preview;
    QLabel *m_status;
    QLabel *m_error;
    QString m_plateNo, m_serial;
};

} // namespace kikan::client
