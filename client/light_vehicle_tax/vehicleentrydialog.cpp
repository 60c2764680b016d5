// Entry of a vehicle 異動 (vehicleentrydialog.h): POST …/vehicles (登録) or
// …/vehicles/{id}/changes/transfer-owner | deregister (docs/light-vehicle-tax.md "API").
#include "vehicleentrydialog.h"

#include "vehiclefields.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/light_vehicle_tax/paths.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kikan::client {

VehicleEntryDialog::VehicleEntryDialog(ApiClient *api, Mode mode, QWidget *parent)
    : QDialog(parent), m_api(api), m_mode(mode), m_fields(this)
{
    setWindowTitle(mode == Register        ? tr("Register a vehicle")
                   : mode == TransferOwner ? tr("Change of owner")
                                           : tr("Deregister a vehicle"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_vehicleLabel = new QLabel(this);
    if (mode != Register)
        form->addRow(tr("Vehicle:"), m_vehicleLabel);
    m_fields.addDate(form, tr("&Effective date:"));
    if (mode == Register) {
        buildRegisterFields(form);
    } else if (mode == TransferOwner) {
        m_fields.addLine(form, tr("New &owner (party number):"), QStringLiteral("ownerPartyNo"));
        m_fields.addLine(form, tr("&User (party number, if another):"), QStringLiteral("userPartyNo"));
    } else {
        m_fields.addLine(form, tr("&Reason:"), QStringLiteral("reason"));
    }
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    addOkCancelButtons(this, layout, [this] { submit(); });
}

void VehicleEntryDialog::buildRegisterFields(QFormLayout *form)
{
    m_fields.addLine(form, tr("&Plate number:"), QStringLiteral("plateNo"));
    m_fields.addChoices(form, tr("Vehicle &class:"), QStringLiteral("vehicleClass"), VehicleText::vehicleClasses());
    m_fields.addChoices(form, tr("Us&e:"), QStringLiteral("use"), VehicleText::uses());
    m_fields.addChoices(form, tr("&Body:"), QStringLiteral("body"), VehicleText::bodies());
    QLineEdit *first = m_fields.addLine(form, tr("&First inspection:"), QStringLiteral("firstInspection"));
    first->setPlaceholderText(tr("2018-06, or the year only"));
    m_fields.addChoices(form, tr("Po&wer:"), QStringLiteral("power"), VehicleText::powers());
    m_newVehicle = new QCheckBox(tr("First registered as a &new vehicle"), this);
    m_newVehicle->setChecked(true);
    form->addRow(QString(), m_newVehicle);
    m_fields.addLine(form, tr("C&hassis number:"), QStringLiteral("chassisNo"));
    m_fields.addLine(form, tr("&Owner (party number):"), QStringLiteral("ownerPartyNo"));
    m_fields.addLine(form, tr("&User (party number, if another):"), QStringLiteral("userPartyNo"));
    m_fields.addLine(form, tr("&Storage place:"), QStringLiteral("storagePlace"));
}

void VehicleEntryDialog::setVehicle(const QJsonObject &vehicle, int version)
{
    m_vehicleId = vehicle.value("vehicleId").toInteger();
    m_version = version;
    m_vehicleLabel->setText(VehicleFields::vehicleText(vehicle));
}

void VehicleEntryDialog::setField(const QString &name, const QString &value)
{
    m_fields.set(name, value);
}

QJsonObject VehicleEntryDialog::body() const
{
    QJsonObject b = m_fields.body();
    if (m_newVehicle)
        b.insert("newVehicle", m_newVehicle->isChecked());
    if (m_mode != Register)
        b.insert("version", m_version);
    return b;
}

QString VehicleEntryDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VehicleEntryDialog::submit()
{
    QString path = QString::fromLatin1(api::path::LightVehicles);
    if (m_mode != Register)
        path += QStringLiteral("/%1/changes/%2").arg(m_vehicleId).arg(
            m_mode == TransferOwner ? QStringLiteral("transfer-owner") : QStringLiteral("deregister"));
    ApiReply *reply = m_api->post(path, body());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_error->setText(reply->error().message());
            m_error->show();
            emit failed(m_error->text());
            return;
        }
        emit saved(reply->json().value("vehicleId").toInteger());
        accept();
    });
}

} // namespace kikan::client
