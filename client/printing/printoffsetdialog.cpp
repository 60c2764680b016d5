// PrintOffsetDialog (printoffsetdialog.h).
#include "printoffsetdialog.h"

#include "profileprinting.h"
#include "client/app/buttons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
constexpr double kPreviewPxPerMm = 2.0; // 210 mm → 420 px: the A4 preview fits beside the form

QDoubleSpinBox *spin(QWidget *parent, double low, double high, double step, const QString &suffix)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(low, high);
    s->setSingleStep(step);
    s->setDecimals(1);
    s->setSuffix(suffix);
    return s;
}
} // namespace

QList<forms::FormLayout> PrintOffsetDialog::availableForms()
{
    QList<forms::FormLayout> out;
    const QDir dir(QStringLiteral(":/kikan/forms"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        core::Result<forms::FormLayout> layout = forms::FormLayout::load(dir.filePath(file));
        if (layout) // certificates.json and the like are settings, not layouts
            out.append(*layout);
    }
    return out;
}

PrintOffsetDialog::PrintOffsetDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Print position adjustment"));
    m_profiles = loadProfiles();
    if (m_profiles.isEmpty())
        m_profiles.append(PrinterProfile{tr("Counter 1"), PrinterKind::Counter});
    m_forms = availableForms();
    buildLayout();
    showProfile(0);
    resize(940, 660);
}

void PrintOffsetDialog::buildLayout()
{
    m_profileBox = new QComboBox(this);
    auto *newButton = new QPushButton(tr("&New"), this);
    auto *deleteButton = new QPushButton(tr("&Delete"), this);
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_kind->addItems({tr("Counter (certificates)"), tr("Sheet (notices)"), tr("Continuous form")});
    m_printer = new QComboBox(this);
    m_printer->setEditable(true);
    m_printer->addItems(QPrinterInfo::availablePrinterNames());
    m_tray = new QLineEdit(this);
    m_duplex = new QCheckBox(tr("Print on both sides"), this);
    m_paperWidth = spin(this, 6.5, 16, 0.5, tr(" in"));
    m_paperLength = spin(this, 7, 14, 0.5, tr(" in"));
    m_form = new QComboBox(this);
    for (const forms::FormLayout &f : std::as_const(m_forms))
        m_form->addItem(f.name());
    m_x = spin(this, -kMaxOffsetTenthMm / 10.0, kMaxOffsetTenthMm / 10.0, 0.1, tr(" mm"));
    m_y = spin(this, -kMaxOffsetTenthMm / 10.0, kMaxOffsetTenthMm / 10.0, 0.1, tr(" mm"));
    m_scale = spin(this, kMinScalePermille / 10.0, kMaxScalePermille / 10.0, 0.1, tr(" %"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileBox, 1);
    profileRow->addWidget(newButton);
    profileRow->addWidget(deleteButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Profile:"), profileRow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Printer:"), m_printer);
    form->addRow(tr("Tray:"), m_tray);
    form->addRow(QString(), m_duplex);
    form->addRow(tr("Fanfold width:"), m_paperWidth);
    form->addRow(tr("Fanfold length:"), m_paperLength);
    form->addRow(tr("Form:"), m_form);
    form->addRow(tr("Right (+) / left (-):"), m_x);
    form->addRow(tr("Down (+) / up (-):"), m_y);
    form->addRow(tr("Scale:"), m_scale);
    auto *hint = new QLabel(tr("Print the test page on the form's paper, measure how far the red "
                               "frames lie from the printed ones, and enter that distance."), this);
    hint->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *testButton = new QPushButton(tr("Print &test page..."), this);
    auto *saveButton = new QPushButton(tr("&Save"), this);
    auto *exportButton = new QPushButton(tr("&Export..."), this);
    auto *importButton = new QPushButton(tr("&Import..."), this);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {testButton, saveButton, exportButton, importButton})
        actions->addWidget(b);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(hint);
    left->addLayout(actions);
    left->addWidget(m_status);
    left->addStretch(1);
    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("preview"));
    m_previewLabel->setMinimumSize(300, 420);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_previewLabel, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connectActions({newButton, deleteButton, testButton, saveButton, exportButton, importButton});
}

void PrintOffsetDialog::connectActions(const QList<QPushButton *> &buttons)
{
    const QList<void (PrintOffsetDialog::*)()> actions{
        &PrintOffsetDialog::newProfile,    &PrintOffsetDialog::deleteProfile,
        &PrintOffsetDialog::printTestPage, &PrintOffsetDialog::saveQuietly,
        &PrintOffsetDialog::exportToFile,  &PrintOffsetDialog::importFromFile};
    for (qsizetype i = 0; i < buttons.size(); ++i)
        connect(buttons[i], &QPushButton::clicked, this, actions[i]);
    connect(m_profileBox, &QComboBox::activated, this, &PrintOffsetDialog::showProfile);
    connect(m_form, &QComboBox::currentIndexChanged, this, [this] { showProfile(m_current); });
    for (QDoubleSpinBox *s : {m_x, m_y, m_scale})
        connect(s, &QDoubleSpinBox::valueChanged, this, &PrintOffsetDialog::readAdjustment);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrintOffsetDialog::readProfileFields);
}

void PrintOffsetDialog::showProfile(int index)
{
    m_loading = true;
    m_current = std::clamp(index, 0, int(m_profiles.size()) - 1);
    m_profileBox->clear();
    for (const PrinterProfile &p : std::as_const(m_profiles))
        m_profileBox->addItem(p.name);
    m_profileBox->setCurrentIndex(m_current);
    const PrinterProfile &p = m_profiles[m_current];
    m_name->setText(p.name);
    m_kind->setCurrentIndex(int(p.kind));
    m_printer->setCurrentText(p.printerName);
    m_tray->setText(p.tray);
    m_duplex->setChecked(p.duplex);
    m_paperWidth->setValue(p.paperWidthInch > 0 ? p.paperWidthInch : 15);
    m_paperLength->setValue(p.paperLengthInch > 0 ? p.paperLengthInch : 11);
    m_paperWidth->setEnabled(p.kind == PrinterKind::Continuous);
    m_paperLength->setEnabled(p.kind == PrinterKind::Continuous);
    const FormAdjustment a = p.adjustments.value(m_form->currentText());
    m_x->setValue(a.xTenthMm / 10.0);
    m_y->setValue(a.yTenthMm / 10.0);
    m_scale->setValue(a.scalePermille / 10.0);
    m_loading = false;
    updatePreview();
}

void PrintOffsetDialog::readProfileFields()
{
    if (m_loading)
        return;
    PrinterProfile &p = m_profiles[m_current];
    p.name = m_name->text().trimmed();
    p.kind = PrinterKind(m_kind->currentIndex());
    p.printerName = m_printer->currentText().trimmed();
    p.tray = m_tray->text().trimmed();
    p.duplex = m_duplex->isChecked();
    const bool continuous = p.kind == PrinterKind::Continuous;
    p.paperWidthInch = continuous ? m_paperWidth->value() : 0;
    p.paperLengthInch = continuous ? m_paperLength->value() : 0;
    p.dpi = continuous ? 600 : p.dpi;
    m_paperWidth->setEnabled(continuous);
    m_paperLength->setEnabled(continuous);
}

void PrintOffsetDialog::readAdjustment()
{
    if (m_loading || m_form->currentText().isEmpty())
        return;
    m_profiles[m_current].adjustments.insert(
        m_form->currentText(), {int(std::lround(m_x->value() * 10)),
                                int(std::lround(m_y->value() * 10)),
                                int(std::lround(m_scale->value() * 10))});
    updatePreview();
}

void PrintOffsetDialog::updatePreview()
{
    const int index = m_form->currentIndex();
    if (index < 0 || index >= m_forms.size())
        return;
    const forms::FormLayout &layout = m_forms[index];
    const QSizeF paper = layout.paperSizeMm() * kPreviewPxPerMm;
    m_preview = QImage(paper.toSize(), QImage::Format_RGB32);
    m_preview.fill(Qt::white);
    QPainter painter(&m_preview);
    drawTestPage(painter, layout, kPreviewPxPerMm, m_profiles[m_current].offsetFor(layout.name()));
    painter.end();
    m_previewLabel->setPixmap(QPixmap::fromImage(m_preview).scaled(
        m_previewLabel->minimumSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void PrintOffsetDialog::selectForm(const QString &name)
{
    m_form->setCurrentText(name);
}

void PrintOffsetDialog::setOffset(double xMm, double yMm, double scalePercent)
{
    m_x->setValue(xMm);
    m_y->setValue(yMm);
    m_scale->setValue(scalePercent);
}

QString PrintOffsetDialog::statusText() const
{
    return m_status->text();
}

void PrintOffsetDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
}

std::optional<QString> PrintOffsetDialog::printTestPageOn(QPrinter &printer)
{
    readProfileFields();
    const int index = m_form->currentIndex();
    if (index < 0)
        return tr("Choose a form.");
    auto error = kikan::client::printTestPage(printer, m_profiles[m_current], m_forms[index]);
    setStatus(error ? *error : tr("The test page was sent to the printer."), bool(error));
    return error;
}

void PrintOffsetDialog::printTestPage()
{
    QPrinter printer(QPrinter::HighResolution);
    printTestPageOn(printer);
}

void PrintOffsetDialog::saveQuietly()
{
    save();
}

bool PrintOffsetDialog::save()
{
    readProfileFields();
    const auto checked = importProfiles(exportProfiles(m_profiles));
    if (!checked) {
        setStatus(checked.error().message, true);
        return false;
    }
    saveProfiles(m_profiles);
    showProfile(m_current);
    setStatus(tr("Saved."), false);
    return true;
}

void PrintOffsetDialog::newProfile()
{
    readProfileFields();
    m_profiles.append(PrinterProfile{tr("Printer %1").arg(m_profiles.size() + 1), PrinterKind::Counter});
    showProfile(int(m_profiles.size()) - 1);
}

void PrintOffsetDialog::deleteProfile()
{
    if (m_profiles.size() > 1)
        m_profiles.removeAt(m_current);
    showProfile(0);
}

void PrintOffsetDialog::exportToFile()
{
    readProfileFields();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export printer profiles"), {},
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportProfiles(m_profiles)) < 0)
        setStatus(tr("The file could not be written: %1").arg(path), true);
    else
        setStatus(tr("Exported to %1.").arg(path), false);
}

void PrintOffsetDialog::importFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import printer profiles"), {},
                                                      tr("JSON (*.json)"));
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const auto imported = importProfiles(file.readAll());
    if (!imported || imported->isEmpty()) {
        setStatus(imported ? tr("The file holds no profile.") : imported.error().message, true);
        return;
    }
    m_profiles = *imported;
    showProfile(0);
    setStatus(tr("Imported %1 profile(s); save to keep them.").arg(m_profiles.size()), false);
}

} // namespace kikan::client
