// 印字位置調整 (client/printing, docs/printing.md): staff pick a printer profile and a form, print
// the test page (the form's frames over a millimetre grid), measure how far the printer drifts,
// enter the offset (0.1 mm) and scale, watch the preview move, and save. Profiles are created,
// deleted, exported and imported here too (the administrator's JSON file).
#pragma once

#include "printerprofile.h"
#include "shared/forms/formlayout.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QPrinter;

namespace kikan::client {

class PrintOffsetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrintOffsetDialog(QWidget *parent = nullptr);

    // The forms a profile can be adjusted for (the layouts the client carries), by name.
    static QList<forms::FormLayout> availableForms();

    // For tests and the screenshot: choose a form and an offset as staff would.
    void selectForm(const QString &name);
    void setOffset(double xMm, double yMm, double scalePercent = 100);
    const PrinterProfile &currentProfile() const { return m_profiles[m_current]; }
    QImage previewImage() const { return m_preview; }
    QString statusText() const;
    // Prints the test page onto `printer` (a real one, or PDF output in tests); the error shown.
    std::optional<QString> printTestPageOn(QPrinter &printer);
    bool save();

private:
    void buildLayout();
    // new, delete, test page, save, export, import — in that order.
    void connectActions(const QList<QPushButton *> &buttons);
    void saveQuietly();
    void showProfile(int index);
    void readAdjustment();
    void readProfileFields();
    void updatePreview();
    void newProfile();
    void deleteProfile();
    void exportToFile();
    void importFromFile();
    void printTestPage();
    void setStatus(const QString &text, bool error);

    QList<PrinterProfile> m_profiles;
    int m_current = 0;
    QList<forms::FormLayout> m_forms;
    QImage m_preview;
    bool m_loading = false;

    QComboBox *m_profileBox;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_printer;
    QLineEdit *m_tray;
    QCheckBox *m_duplex;
    QDoubleSpinBox *m_paperWidth;
    QDoubleSpinBox *m_paperLength;
    QComboBox *m_form;
    QDoubleSpinBox *m_x;
    QDoubleSpinBox *m_y;
    QDoubleSpinBox *m_scale;
    QLabel *m_previewLabel;
    QLabel *m_status;
};

} // namespace kikan::client
