// 印鑑登録証明書 dialog (sealcertificatedialog.h): the page the server prepared, drawn here by the
// form engine (client/printing/formpages.h).
#include "sealcertificatedialog.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "client/printing/formpages.h"
#include "shared/api/seal_registration/paths.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kikan::client {

SealCertificateDialog::SealCertificateDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Seal registration certificate"));
    auto *form = new QFormLayout;
    m_card = new QLineEdit(this);
    m_card->setPlaceholderText(tr("Number on the seal registration card"));
    form->addRow(tr("&Card number:"), m_card);
    m_requester = new QComboBox(this);
    m_requester->addItem(tr("The person in person"), QStringLiteral("self"));
    m_requester->addItem(tr("An agent with the card"), QStringLiteral("agent"));
    form->addRow(tr("&Requested by:"), m_requester);
    m_agent = new QLineEdit(this);
    form->addRow(tr("&Agent's name:"), m_agent);
    auto *issueButton = new QPushButton(tr("&Issue"), this);
    issueButton->setDefault(true);
    form->addRow(QString(), issueButton);
    m_page = new QLabel(this);
    m_page->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_page);
    scroll->setWidgetResizable(true);
    m_status = new QLabel(this);
    m_error = makeErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(close);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(issueButton, &QPushButton::clicked, this, &SealCertificateDialog::issue);
    connect(m_requester, &QComboBox::currentIndexChanged, this,
            [this] { m_agent->setEnabled(m_requester->currentData() == QStringLiteral("agent")); });
    m_agent->setEnabled(false);
    resize(640, 720);
}

void SealCertificateDialog::setCardNo(qint64 cardNo) { m_card->setText(QString::number(cardNo)); }

void SealCertificateDialog::setAgent(const QString &name)
{
    m_requester->setCurrentIndex(name.isEmpty() ? 0 : 1);
    m_agent->setText(name);
}

QString SealCertificateDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SealCertificateDialog::issue()
{
    const QJsonObject body{{"cardNo", m_card->text().toLongLong()},
                           {"requester", m_requester->currentData().toString()},
                           {"requesterName", m_agent->text()}};
    ApiReply *reply = m_api->post(QString::fromLatin1(api::seal::Registrations)
                                      + QStringLiteral("/certificates?format=pages"), body);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_error->setText(reply->error().message());
            m_error->show();
            emit failed(m_error->text());
            return;
        }
        m_error->hide();
        m_pagesJson = reply->result().body;
        m_serial = QString::fromLatin1(reply->result().header("X-Kikan-Certificate-Serial"));
        m_status->setText(tr("Issued: serial %1. Hand it out and keep the card with the person.")
                              .arg(m_serial));
        showPage();
        emit issued(m_serial);
    });
}

void SealCertificateDialog::showPage()
{
    FormPages pages;
    if (pages.load(m_pagesJson) || pages.pageCount() < 1) {
        m_page->setText(tr("The certificate cannot be shown."));
        return;
    }
    m_pageImage = pages.renderFitted(0, QSize(580, 100000));
    m_page->setPixmap(QPixmap::fromImage(m_pageImage));
}

} // namespace kikan::client
