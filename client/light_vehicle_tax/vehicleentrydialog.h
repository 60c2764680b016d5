// Entry of a vehicle 異動 at the counter: 登録 (every fact of the register), 名義変更 (the new owner
// and user by 宛名番号) or 廃車 (with the reason), each with its 異動日. A change is sent with the
// version read in 照会, so a counter that was overtaken gets the 409 message and reads again.
#pragma once

#include "vehiclefields.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace kikan::client {

class ApiClient;

class VehicleEntryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { Register, TransferOwner, Deregister };
    VehicleEntryDialog(ApiClient *api, Mode mode, QWidget *parent = nullptr);

    // The vehicle a 名義変更 or 廃車 applies to, as 照会 read it.
    void setVehicle(const QJsonObject &vehicle, int version);
    // Sets a field by its API name (plateNo, vehicleClass, use, body, firstInspection, power,
    // chassisNo, ownerPartyNo, userPartyNo, storagePlace, reason, effectiveDate).
    void setField(const QString &name, const QString &value);
    QJsonObject body() const;
    void submit();
    QString errorText() const;

Q_SIGNALS:
    void saved(qint64 vehicleId);
    void failed(const QString &message);

private:
    void buildRegisterFields(QFormLayout *form);

    ApiClient *m_api;
    Mode m_mode;
    qint64 m_vehicleId = 0;
    int m_version = 0;
    QLabel *m_vehicleLabel;
    VehicleFields m_fields;
    QCheckBox *m_newVehicle = nullptr;
    QLabel *m_error;
};

} // namespace kikan::client
