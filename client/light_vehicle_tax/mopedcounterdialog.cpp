// Moped counter dialogs (mopedcounterdialog.h): POST …/mopeds, …/vehicles/{id}/moped/reissue-plate,
// …/vehicles/{id}/moped/deregister (docs/light-vehicle-tax.md "API"); each answers the PDF with the
// headers X-Plate-No (percent-encoded), X-Certificate-Serial, X-Vehicle-Id.
#include "mopedcounterdialog.h"


#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "client/resident/certificatepreview.h"
#include "shared/api/light_vehicle_tax/paths.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace kikan::client {

MopedCounterDialog::MopedCounterDialog(ApiClient *api, Mode mode, QWidget *parent)
    : QDialog(parent), m_api(api), m_mode(mode), m_fields(this)
{
    setWindowTitle(mode == Register       ? tr("Moped registration and plate issue")
                   : mode == ReissuePlate ? tr("Plate re-issue after loss")
                                          : tr("Moped deregistration"));
    auto *form = new QFormLayout;
    m_vehicleLabel = new QLabel(this);
    if (mode != Register)
        form->addRow(tr("Vehicle:"), m_vehicleLabel);
    m_fields.addDate(form, tr("&Effective date:"));
    if (mode == Register)
        buildRegisterFields(form);
    else
        m_fields.addLine(form, tr("&Reason:"), QStringLiteral("reason"));
    auto *issueButton = new QPushButton(mode == Deregister ? tr("&Accept deregistration")
                                                           : tr("&Issue plate"), this);
    issueButton->setDefault(true);
    form->addRow(QString(), issueButton);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    m_error = makeErrorLabel(this);
    form->addRow(m_error);
    m_preview = new CertificatePreview(this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(close);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(issueButton, &QPushButton::clicked, this, &MopedCounterDialog::submit);
    resize(1000, 700);
}

void MopedCounterDialog::buildRegisterFields(QFormLayout *form)
{
    VehicleText::Choices townClasses; // the classes the town registers itself
    for (const auto &choice : VehicleText::vehicleClasses()) {
        if (choice.first.startsWith(QLatin1String("moped"))
            || choice.first.startsWith(QLatin1String("small_special")))
            townClasses.append(choice);
    }
    m_fields.addChoices(form, tr("Vehicle &class:"), QStringLiteral("vehicleClass"), townClasses);
    m_fields.addChoices(form, tr("Po&wer:"), QStringLiteral("power"), VehicleText::powers());
    m_fields.addLine(form, tr("C&hassis number:"), QStringLiteral("chassisNo"));
    m_fields.addLine(form, tr("&Owner (party number):"), QStringLiteral("ownerPartyNo"));
    m_fields.addLine(form, tr("&User (party number, if another):"), QStringLiteral("userPartyNo"));
    m_fields.addLine(form, tr("&Storage place:"), QStringLiteral("storagePlace"));
}

void MopedCounterDialog::setVehicle(const QJsonObject &vehicle, int version)
{
    m_vehicleId = vehicle.value("vehicleId").toInteger();
    m_version = version;
    m_vehicleLabel->setText(VehicleFields::vehicleText(vehicle));
}

void MopedCounterDialog::setField(const QString &name, const QString &value)
{
    m_fields.set(name, value);
}

QJsonObject MopedCounterDialog::body() const
{
    QJsonObject b = m_fields.body();
    if (m_mode != Register)
        b.insert("version", m_version);
    return b;
}

QString MopedCounterDialog::path() const
{
    if (m_mode == Register)
        return QString::fromLatin1(api::path::LightVehicleMopeds);
    return QString::fromLatin1(api::path::LightVehicles)
           + QStringLiteral("/%1/moped/%2").arg(m_vehicleId).arg(
               m_mode == Deregister ? QStringLiteral("deregister") : QStringLiteral("reissue-plate"));
}

QImage MopedCounterDialog::pageImage() const { return m_preview->pageImage(); }

QByteArray MopedCounterDialog::pdf() const { return m_preview->pages().pdf(m_serial); }

QString MopedCounterDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MopedCounterDialog::submit()
{
    // The pages the server prepared, drawn here (shared/forms/pagejson.h).
    ApiReply *reply = m_api->post(path() + QStringLiteral("?format=pages"), body());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_error->setText(reply->error().message());
            m_error->show();
            m_preview->showMessage(tr("No document was issued."));
            emit failed(m_error->text());
            return;
        }
        m_error->hide();
        m_vehicleId = reply->result().header("X-Vehicle-Id").toLongLong();
        m_plateNo = QUrl::fromPercentEncoding(reply->result().header("X-Plate-No"));
        showIssued(reply->result().body, QString::fromLatin1(reply->result().header("X-Certificate-Serial")));
        emit issued(m_vehicleId, m_plateNo);
    });
}

// The document with its 発行番号; a registration or re-issue also shows the 標識番号 to hand over.
void MopedCounterDialog::showIssued(const QByteArray &pages, const QString &serial)
{
    m_serial = serial;
    m_status->setText(m_mode == Deregister
                          ? tr("Deregistration accepted: receipt %1.").arg(serial)
                          : tr("Plate %1 issued: certificate %2. Hand over the plate and the certificate.")
                                .arg(m_plateNo, serial));
    m_preview->setPages(pages);
}

} // namespace kikan::client
