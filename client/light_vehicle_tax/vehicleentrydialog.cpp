// Entry of a vehicle 異動 (vehicleentrydialog.h): POST …/vehicles (登録) or
// …/vehicles/{id}/changes/transfer-owner | deregister (docs/light-vehicle-tax.md "API").
#include "vehicleentrydialog.h"

#include "vehicletext.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/light_vehicle_tax/paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kikan::client {

VehicleEntryDialog::VehicleEntryDialog(ApiClient *api, Mode mode, QWidget *parent)
    : QDialog(parent), m_api(api), m_mode(mode)
{
    setWindowTitle(mode == Register        ? tr("Register a vehicle")
                   : mode == TransferOwner ? tr("Change of owner")
                                           : tr("Deregister a vehicle"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_vehicleLabel = new QLabel(this);
    if (mode != Register)
        form->addRow(tr("Vehicle:"), m_vehicleLabel);
    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    form->addRow(tr("&Effective date:"), m_date);
    if (mode == Register) {
        buildRegisterFields(form);
    } else if (mode == TransferOwner) {
        addLine(form, tr("New &owner (party number):"), QStringLiteral("ownerPartyNo"));
        addLine(form, tr("&User (party number, if another):"), QStringLiteral("userPartyNo"));
    } else {
        addLine(form, tr("&Reason:"), QStringLiteral("reason"));
    }
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    addOkCancelButtons(this, layout, [this] { submit(); });
}

void VehicleEntryDialog::buildRegisterFields(QFormLayout *form)
{
    addLine(form, tr("&Plate number:"), QStringLiteral("plateNo"));
    addChoices(form, tr("Vehicle &class:"), QStringLiteral("vehicleClass"), VehicleText::vehicleClasses());
    addChoices(form, tr("Us&e:"), QStringLiteral("use"), VehicleText::uses());
    addChoices(form, tr("&Body:"), QStringLiteral("body"), VehicleText::bodies());
    QLineEdit *first = addLine(form, tr("&First inspection:"), QStringLiteral("firstInspection"));
    first->setPlaceholderText(tr("2018-06, or the year only"));
    addChoices(form, tr("Po&wer:"), QStringLiteral("power"), VehicleText::powers());
    m_newVehicle = new QCheckBox(tr("First registered as a &new vehicle"), this);
    m_newVehicle->setChecked(true);
    form->addRow(QString(), m_newVehicle);
    addLine(form, tr("C&hassis number:"), QStringLiteral("chassisNo"));
    addLine(form, tr("&Owner (party number):"), QStringLiteral("ownerPartyNo"));
    addLine(form, tr("&User (party number, if another):"), QStringLiteral("userPartyNo"));
    addLine(form, tr("&Storage place:"), QStringLiteral("storagePlace"));
}

QLineEdit *VehicleEntryDialog::addLine(QFormLayout *form, const QString &label, const QString &name)
{
    auto *line = new QLineEdit(this);
    form->addRow(label, line);
    m_lines.insert(name, line);
    return line;
}

QComboBox *VehicleEntryDialog::addChoices(QFormLayout *form, const QString &label,
                                          const QString &name,
                                          const QList<QPair<QString, QString>> &choices)
{
    auto *box = new QComboBox(this);
    for (const auto &[code, text] : choices)
        box->addItem(text, code);
    form->addRow(label, box);
    m_choices.insert(name, box);
    return box;
}

void VehicleEntryDialog::setVehicle(const QJsonObject &vehicle, int version)
{
    m_vehicleId = vehicle.value("vehicleId").toInteger();
    m_version = version;
    m_vehicleLabel->setText(QStringLiteral("%1  %2").arg(
        vehicle.value("plateNo").toString(),
        VehicleText::rateClass(vehicle.value("rateClass").toString())));
}

void VehicleEntryDialog::setField(const QString &name, const QString &value)
{
    if (name == QLatin1String("effectiveDate"))
        m_date->setDate(QDate::fromString(value, Qt::ISODate));
    else if (QLineEdit *line = m_lines.value(name))
        line->setText(value);
    else if (QComboBox *box = m_choices.value(name))
        box->setCurrentIndex(box->findData(value));
}

QJsonObject VehicleEntryDialog::body() const
{
    QJsonObject b{{"effectiveDate", m_date->date().toString(Qt::ISODate)}};
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue;
        if (it.key().endsWith(QLatin1String("PartyNo")))
            b.insert(it.key(), text.toLongLong());
        else
            b.insert(it.key(), text);
    }
    for (auto it = m_choices.begin(); it != m_choices.end(); ++it)
        b.insert(it.key(), it.value()->currentData().toString());
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
