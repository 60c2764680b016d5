// 印鑑登録 dialog (sealregisterdialog.h).
#include "sealregisterdialog.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/errorcode.h"
#include "shared/api/seal_registration/paths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
constexpr double kPreviewPixelsPerMm = 6.0; // the impression shown enlarged, scale stated
QString path(const char *tail) { return QString::fromLatin1(api::seal::Registrations) + QLatin1String(tail); }
} // namespace

SealRegisterDialog::SealRegisterDialog(ApiClient *api, qint64 partyNo, QWidget *parent)
    : QDialog(parent), m_api(api), m_partyNo(partyNo)
{
    setWindowTitle(tr("Seal registration"));
    auto *form = new QFormLayout;
    form->addRow(tr("Party number:"), new QLabel(QString::number(partyNo), this));
    m_path = new QComboBox(this);
    m_path->addItem(tr("Photo ID issued by a public office (same day)"), QStringLiteral("photo_id"));
    m_path->addItem(tr("Guarantor registered in the town (same day)"), QStringLiteral("guarantor"));
    m_path->addItem(tr("Inquiry letter to the address"), QStringLiteral("inquiry"));
    form->addRow(tr("&Identified by:"), m_path);
    m_document = new QLineEdit(this);
    m_document->setPlaceholderText(tr("e.g. driving licence, My Number card"));
    form->addRow(tr("&Document shown:"), m_document);
    m_guarantor = new QLineEdit(this);
    m_guarantor->setPlaceholderText(tr("The guarantor's seal card number"));
    form->addRow(tr("&Guarantor's card:"), m_guarantor);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("As the impression reads, e.g. the full name"));
    form->addRow(tr("Impression &text:"), m_text);
    m_deformable = new QCheckBox(tr("Rubber or other deformable material"), this);
    m_worn = new QCheckBox(tr("Worn, chipped or unclear"), this);
    form->addRow(tr("Inspection:"), m_deformable);
    form->addRow(QString(), m_worn);
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(0, 4800);
    m_dpi->setSpecialValueText(tr("from the file"));
    m_dpi->setSuffix(tr(" dpi"));
    m_load = new QPushButton(tr("&Load scanned image..."), this);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_load);
    scanRow->addWidget(new QLabel(tr("Resolution:"), this));
    scanRow->addWidget(m_dpi);
    scanRow->addStretch();
    form->addRow(tr("Scan:"), scanRow);

    m_image = new QLabel(this);
    m_image->setMinimumSize(200, 200);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::Box);
    m_measurement = new QLabel(tr("No impression measured yet."), this);
    m_measurement->setObjectName(QStringLiteral("measurement"));
    m_measurement->setWordWrap(true);
    m_error = makeErrorLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_image, 1);
    layout->addWidget(m_measurement);
    layout->addWidget(m_error);
    addOkCancelButtons(this, layout, [this] { submit(); });
    connect(m_load, &QPushButton::clicked, this, &SealRegisterDialog::chooseFile);
    connect(m_path, &QComboBox::currentIndexChanged, this, &SealRegisterDialog::updatePathFields);
    connect(m_dpi, &QSpinBox::editingFinished, this, &SealRegisterDialog::measure);
    updatePathFields();
    resize(560, 700);
}

void SealRegisterDialog::updatePathFields()
{
    const QString p = m_path->currentData().toString();
    m_document->setEnabled(p == QLatin1String("photo_id"));
    m_guarantor->setEnabled(p == QLatin1String("guarantor"));
}

void SealRegisterDialog::setIdentity(const QString &p, const QString &documentOrCard)
{
    m_path->setCurrentIndex(m_path->findData(p));
    (p == QLatin1String("guarantor") ? m_guarantor : m_document)->setText(documentOrCard);
}

void SealRegisterDialog::setImpressionText(const QString &text) { m_text->setText(text); }

void SealRegisterDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Scanned seal impression"), {},
                                                      tr("Images (*.png *.tif *.tiff)"));
    QFile f(file);
    if (!file.isEmpty() && f.open(QIODevice::ReadOnly))
        setScan(f.readAll());
}

void SealRegisterDialog::setScan(const QByteArray &file)
{
    m_scan = file;
    measure();
}

void SealRegisterDialog::measure()
{
    if (m_scan.isEmpty())
        return;
    QJsonObject body{{"image", QString::fromLatin1(m_scan.toBase64())}};
    if (m_dpi->value() > 0)
        body.insert("dpi", m_dpi->value());
    ApiReply *reply = m_api->post(path("/measure"), body);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_measured = {};
            m_image->clear();
            m_measurement->setText(tr("No impression measured yet."));
            showError(reply->error().message());
            return;
        }
        m_error->hide();
        m_measured = reply->json();
        QImage image = QImage::fromData(
            QByteArray::fromBase64(m_measured.value("png").toString().toLatin1()), "PNG");
        const double w = m_measured.value("widthMm").toDouble();
        image = image.scaledToWidth(qMax(1, qRound(w * kPreviewPixelsPerMm)), Qt::SmoothTransformation);
        m_image->setPixmap(QPixmap::fromImage(image));
        m_measurement->setText(measurementText());
        emit measuredChanged();
    });
}

QString SealRegisterDialog::measurementText() const
{
    if (m_measured.isEmpty())
        return tr("No impression measured yet.");
    const QString size = tr("Width %1 mm × height %2 mm (scanned at %3 dpi; shown ×%4)")
                             .arg(m_measured.value("widthMm").toDouble(), 0, 'f', 1)
                             .arg(m_measured.value("heightMm").toDouble(), 0, 'f', 1)
                             .arg(m_measured.value("dpi").toDouble(), 0, 'f', 0)
                             .arg(kPreviewPixelsPerMm * 25.4 / logicalDpiX(), 0, 'f', 1);
    const QString refusal = m_measured.value("sizeRefusal").toString();
    if (refusal.isEmpty())
        return size + QLatin1Char('\n') + tr("Within the size rule (over 8 mm, within 25 mm).");
    return size + QLatin1Char('\n') + QString::fromUtf8(api::errorInfo(refusal).title);
}

QString SealRegisterDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void SealRegisterDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    emit failed(message);
}

void SealRegisterDialog::submit()
{
    if (m_scan.isEmpty()) {
        showError(tr("Load the scanned impression first."));
        return;
    }
    QJsonObject scan{{"image", QString::fromLatin1(m_scan.toBase64())}};
    if (m_dpi->value() > 0)
        scan.insert("dpi", m_dpi->value());
    const QString p = m_path->currentData().toString();
    QJsonObject body{{"partyNo", m_partyNo}, {"identityPath", p},
                     {"identityDocument", m_document->text()}, {"impressionText", m_text->text()},
                     {"inspection", QJsonObject{{"deformable", m_deformable->isChecked()},
                                                {"worn", m_worn->isChecked()}}},
                     {"scan", scan}};
    if (p == QLatin1String("guarantor"))
        body.insert("guarantorCardNo", m_guarantor->text().toLongLong());
    ApiReply *reply = m_api->post(path(""), body);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            showError(reply->error().message());
            return;
        }
        m_registration = reply->json();
        emit registered(m_registration);
        accept();
    });
}

} // namespace kikan::client
