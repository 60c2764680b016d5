// SettingsDialog: checks the URL is https and the CA file exists before accepting.
#include "settingsdialog.h"
#include "buttons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace kikan::client {

SettingsDialog::SettingsDialog(const ClientSettings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_url = new QLineEdit(settings.serverUrl.toString(), this);
    m_url->setPlaceholderText(QStringLiteral("https://kikan.example.lg.jp:8443"));
    m_ca = new QLineEdit(settings.caFile, this);
    auto *browse = new QPushButton(tr("Browse..."), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseCa);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    m_language = new QComboBox(this);
    m_language->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));

    auto *note = new QLabel(tr("Only servers whose certificate is signed by this CA are "
                               "trusted. A change of language takes effect at the next start."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server URL:"), m_url);
    form->addRow(tr("CA certificate:"), caRow);
    form->addRow(tr("Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    addOkCancelButtons(this, layout, [this] { validateAndAccept(); });
    setMinimumWidth(560);
}

ClientSettings SettingsDialog::settings() const
{
    ClientSettings s;
    s.serverUrl = QUrl(m_url->text().trimmed());
    s.caFile = m_ca->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

void SettingsDialog::browseCa()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("CA certificate"), QFileInfo(m_ca->text()).path(),
        tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ca->setText(file);
}

void SettingsDialog::validateAndAccept()
{
    const ClientSettings s = settings();
    if (s.serverUrl.scheme() != QLatin1String("https") || s.serverUrl.host().isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The server URL must start with https:// and name the server."));
        return;
    }
    if (!s.caFile.isEmpty() && !QFileInfo::exists(s.caFile)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The CA certificate file does not exist: %1").arg(s.caFile));
        return;
    }
    accept();
}

} // namespace kikan::client
