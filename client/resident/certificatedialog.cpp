// The certificate issue dialog (certificatedialog.h).
#include "certificatedialog.h"

#include "certificateform.h"
#include "certificatepreview.h"
#include "client/printing/formpages.h"
#include "residentformat.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "client/widgets/namefont.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/errors.h"
#include "shared/api/resident/paths.h"
#include "shared/api/errorcode.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
// The pages the PDF draws instead of the PDF (shared/forms/pagejson.h): drawn and printed here.
constexpr char kPagesQuery[] = "?format=pages";
} // namespace

CertificateDialog::CertificateDialog(ApiClient *api, const QJsonObject &inquiry,
                                     QWidget *parent)
    : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Issue a certificate"));
    QVBoxLayout *left = buildFormColumn(inquiry);
    m_preview = new CertificatePreview(this);
    QDialogButtonBox *buttons = buildButtons();
    connect(m_form, &CertificateForm::changed, this, [this] { m_preview->setStale(true); });

    auto *columns = new QHBoxLayout;
    auto *leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setFixedWidth(400);
    left->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(leftBox);
    columns->addWidget(m_preview, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    setTabOrder(m_form->purposeEdit(), m_previewButton);
    resize(1000, 730);
    m_form->kindBox()->setFocus();
    requestPreview();
}

// The person (name, 宛名番号, address), the form, its messages and the keys.
QVBoxLayout *CertificateDialog::buildFormColumn(const QJsonObject &inquiry)
{
    const QJsonObject person = inquiryPerson(inquiry);
    auto *name = new NameLabel(person.value(QStringLiteral("name")).toString(), this, 14);
    auto *party = new QLabel(tr("Party no. %1").arg(person.value(QStringLiteral("partyNo"))
                                                        .toInteger()), this);
    party->setStyleSheet(QStringLiteral("color: #555;"));
    auto *who = new QHBoxLayout;
    who->addWidget(name);
    who->addWidget(party);
    who->addStretch();
    // The address, to check against the requester's identity document.
    auto *address = new QLabel(person.value(QStringLiteral("address")).toString(), this);
    address->setObjectName(QStringLiteral("certificateAddress"));
    address->setWordWrap(true);

    m_form = new CertificateForm(this);
    m_form->setInquiry(inquiry, m_api->user().has(QStringLiteral("resident"),
                                                  QStringLiteral("my_number")));
    m_error = makeErrorLabel(this);
    m_error->setObjectName(QStringLiteral("certificateError"));
    m_error->setStyleSheet(QStringLiteral("padding: 4px; background: #fdecea; color: #b00020; "
                                          "font-weight: bold;"));
    m_status = makeMessageLabel(QStringLiteral("certificateStatus"),
                                QStringLiteral("color: #1b5e20; font-weight: bold;"), this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = new QLabel(tr("Enter: preview　Ctrl+Enter: issue and print　"
                               "PgUp/PgDn: pages　Esc: close"), this);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    hint->setWordWrap(true);
    auto *left = new QVBoxLayout;
    left->setSpacing(4);
    left->addLayout(who);
    left->addWidget(address);
    left->addWidget(m_form, 1);
    left->addWidget(m_error);
    left->addWidget(m_status);
    left->addWidget(hint);
    return left;
}

// Preview (the default), issue and print (also Ctrl+Enter), print again, save as PDF, close.
QDialogButtonBox *CertificateDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(buttons);
    m_previewButton = buttons->addButton(tr("Pre&view"), QDialogButtonBox::ActionRole);
    m_issueButton = buttons->addButton(tr("&Issue and print"), QDialogButtonBox::ActionRole);
    m_printButton = buttons->addButton(tr("&Print again"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save as PDF..."), QDialogButtonBox::ActionRole);
    m_issueButton->setToolTip(tr("Ctrl+Enter: takes a certificate number and records the "
                                 "issue"));
    m_previewButton->setDefault(true);
    for (QPushButton *b : {m_issueButton, m_printButton, m_saveButton, buttons->button(
                               QDialogButtonBox::Close)})
        b->setAutoDefault(false);
    m_printButton->setEnabled(false);
    m_saveButton->setEnabled(false);
    connect(m_previewButton, &QPushButton::clicked, this, &CertificateDialog::requestPreview);
    connect(m_issueButton, &QPushButton::clicked, this, &CertificateDialog::issue);
    connect(m_printButton, &QPushButton::clicked, this, &CertificateDialog::askReprintReason);
    connect(m_saveButton, &QPushButton::clicked, this, &CertificateDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_issueButton->isEnabled())
                issue();
        });
    }
    return buttons;
}

QString CertificateDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString CertificateDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void CertificateDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    m_issueButton->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CertificateDialog::send(bool preview,
                             const std::function<void(const ApiResult &)> &done)
{
    m_error->hide();
    if (!m_form->validate()) {
        Q_EMIT answered();
        return;
    }
    setBusy(true);
    if (preview)
        m_preview->showMessage(tr("Preparing the preview..."));
    ApiReply *r = m_api->post(QString::fromLatin1(api::path::ResidentCertificates)
                                  + QLatin1String(kPagesQuery),
                              m_form->body(preview));
    connect(r, &ApiReply::finished, this, [this, r, done] {
        setBusy(false);
        if (r->ok())
            done(r->result());
        else
            showRefusal(r->result());
        Q_EMIT answered();
    });
}

void CertificateDialog::requestPreview()
{
    send(true, [this](const ApiResult &result) {
        if (m_preview->setPages(result.body))
            m_status->hide();
    });
}

void CertificateDialog::issue()
{
    send(false, [this](const ApiResult &result) {
        m_issuedPages = result.body;
        m_serial = QString::fromLatin1(result.header("X-Kikan-Certificate-Serial"));
        m_preview->setPages(m_issuedPages);
        m_status->setText(tr("Issued as certificate no. %1 (%2 page(s)): %3.")
                              .arg(m_serial)
                              .arg(m_preview->pageCount())
                              .arg(m_form->kindTitle()));
        m_status->show();
        m_printButton->setEnabled(true);
        m_saveButton->setEnabled(true);
        Q_EMIT issued(m_serial);
        // Not blocking: the dialog answers (answered()) while the print dialog is open.
        QMetaObject::invokeMethod(this, &CertificateDialog::openPrintDialog,
                                  Qt::QueuedConnection);
    });
}

void CertificateDialog::askReprintReason()
{
    bool ok = false;
    const QString reason = QInputDialog::getItem(
        this, tr("Print again"), tr("Why is certificate no. %1 printed again?").arg(m_serial),
        {tr("Paper jam"), tr("Poor print"), tr("Other (write the reason)")}, 0, true, &ok);
    if (ok && !reason.trimmed().isEmpty())
        reprint(reason);
}

void CertificateDialog::reprint(const QString &reason)
{
    if (m_serial.isEmpty())
        return;
    m_error->hide();
    setBusy(true);
    ApiReply *r = m_api->post(QString::fromLatin1(api::path::ResidentCertificates)
                                  + QLatin1Char('/') + m_serial + QStringLiteral("/reprint")
                                  + QLatin1String(kPagesQuery),
                              {{QStringLiteral("reason"), reason}});
    connect(r, &ApiReply::finished, this, [this, r, reason] {
        setBusy(false);
        if (r->ok()) {
            m_issuedPages = r->result().body;
            m_preview->setPages(m_issuedPages);
            m_status->setText(tr("Certificate no. %1 is printed again (reason: %2).")
                                  .arg(m_serial, reason));
            m_status->show();
            Q_EMIT reprinted(m_serial);
            QMetaObject::invokeMethod(this, &CertificateDialog::openPrintDialog,
                                      Qt::QueuedConnection);
        } else {
            m_error->setText(r->error().message());
            m_error->show();
        }
        Q_EMIT answered();
    });
}

void CertificateDialog::showRefusal(const ApiResult &result)
{
    const ApiError &e = result.error;
    QList<QPair<QString, QString>> fields = problemFields(result);
    if (fields.isEmpty() && !e.code.isEmpty() && e.code != QLatin1String(api::err::Validation))
        fields.append({e.code, e.detail.isEmpty() ? e.title : e.detail});
    QStringList messages = m_form->showFieldErrors(fields);
    if (e.code == QLatin1String(api::err::ResidentProtected)) {
        // 支援措置: said plainly at the top of the form as well, and no preview is left on screen.
        messages = QStringList{tr("Support measure (DV etc.): %1").arg(e.message())};
        if (m_form->relationBox()->currentData() == QLatin1String("third_party"))
            m_form->showFieldErrors({{QStringLiteral("requester.relation"),
                                      e.detail.isEmpty() ? e.title : e.detail}});
    } else if (fields.isEmpty()) {
        messages << e.message();
    }
    m_preview->showMessage(tr("No preview: the server refused the request."));
    if (!messages.isEmpty()) {
        m_error->setText(messages.join(QLatin1Char('\n')));
        m_error->show();
    }
}

void CertificateDialog::openPrintDialog()
{
    if (m_issuedPages.isEmpty())
        return;
    // Made on first use (asking the print system for its printers can take a moment); kept so
    // 再印刷 offers the printer chosen before.
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setWindowTitle(tr("Print certificate no. %1").arg(m_serial));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { printIssued(m_printer.get()); });
    dialog->open();
}

bool CertificateDialog::printIssued(QPrinter *printer)
{
    if (m_issuedPages.isEmpty())
        return false;
    printer->setDocName(tr("Certificate %1").arg(m_serial));
    FormPages pages;
    std::optional<QString> failed = pages.load(m_issuedPages);
    if (!failed)
        failed = pages.print(*printer);
    if (failed) {
        m_error->setText(tr("Printing failed: the certificate no. %1 is issued; print it again "
                            "or save it as a PDF.").arg(m_serial)
                         + QLatin1Char('\n') + *failed);
        m_error->show();
    }
    return !failed;
}

bool CertificateDialog::saveIssued(const QString &fileName)
{
    if (m_issuedPages.isEmpty())
        return false;
    // Drawn here from the issued pages (the server keeps its own PDF and its digest).
    FormPages pages;
    const QByteArray pdf = pages.load(m_issuedPages) ? QByteArray()
                                                     : pages.pdf(tr("Certificate %1").arg(m_serial));
    QSaveFile file(fileName);
    if (!pdf.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size()
        && file.commit()) {
        return true;
    }
    m_error->setText(tr("The PDF could not be saved: %1").arg(file.errorString()));
    m_error->show();
    return false;
}

void CertificateDialog::saveAs()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Save certificate as PDF"), m_serial + QStringLiteral(".pdf"),
        tr("PDF (*.pdf)"));
    if (!fileName.isEmpty())
        saveIssued(fileName);
}

} // namespace kikan::client
