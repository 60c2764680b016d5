// 納税証明書 (継続検査用) dialog (taxcertificatedialog.h): POST …/vehicles/{id}/tax-certificate.
#include "taxcertificatedialog.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "client/resident/certificatepreview.h"
#include "shared/api/light_vehicle_tax/paths.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kikan::client {

TaxCertificateDialog::TaxCertificateDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Light vehicle tax certificate (for vehicle inspection)"));
    auto *form = new QFormLayout;
    m_vehicle = new QLabel(tr("No vehicle selected"), this);
    form->addRow(tr("Vehicle:"), m_vehicle);
    auto *issueButton = new QPushButton(tr("&Issue"), this);
    issueButton->setDefault(true);
    form->addRow(QString(), issueButton);
    m_preview = new CertificatePreview(this);
    m_status = new QLabel(this);
    m_error = makeErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(close);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(issueButton, &QPushButton::clicked, this, &TaxCertificateDialog::issue);
    resize(640, 720);
}

void TaxCertificateDialog::setVehicle(qint64 vehicleId, const QString &plateNo)
{
    m_vehicleId = vehicleId;
    m_vehicle->setText(plateNo);
}

QImage TaxCertificateDialog::pageImage() const { return m_preview->pageImage(); }

QString TaxCertificateDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TaxCertificateDialog::issue()
{
    ApiReply *reply = m_api->post(QString::fromLatin1(api::path::LightVehicles)
                                  + QStringLiteral("/%1/tax-certificate?format=pages").arg(m_vehicleId));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_error->setText(reply->error().message());
            m_error->show();
            m_preview->showMessage(tr("No certificate was issued."));
            emit failed(m_error->text());
            return;
        }
        m_error->hide();
        m_pages = reply->result().body;
        m_serial = QString::fromLatin1(reply->result().header("X-Certificate-Serial"));
        m_status->setText(tr("Issued: serial %1. Free of charge.").arg(m_serial));
        m_preview->setPages(m_pages);
        emit issued(m_serial);
    });
}

} // namespace kikan::client
