// translateButtons, addOkCancelButtons, makeErrorLabel, makePageTitle and askYesNo.
#include "buttons.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace kikan::client {

namespace {
QString text(const char *source)
{
    return QCoreApplication::translate("kikan::client::Buttons", source);
}
} // namespace

void translateButtons(QDialogButtonBox *box)
{
    const struct {
        QDialogButtonBox::StandardButton button;
        const char *text;
    } texts[] = {
        {QDialogButtonBox::Ok, QT_TRANSLATE_NOOP("kikan::client::Buttons", "OK")},
        {QDialogButtonBox::Cancel, QT_TRANSLATE_NOOP("kikan::client::Buttons", "Cancel")},
        {QDialogButtonBox::Close, QT_TRANSLATE_NOOP("kikan::client::Buttons", "Close")},
    };
    for (const auto &t : texts) {
        if (QPushButton *b = box->button(t.button))
            b->setText(text(t.text));
    }
}

QDialogButtonBox *addOkCancelButtons(QDialog *dialog, QBoxLayout *layout,
                                     std::function<void()> onOk)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    translateButtons(box);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, std::move(onOk));
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    return box;
}

QLabel *makeMessageLabel(const QString &objectName, const QString &styleSheet, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(styleSheet);
    label->hide();
    return label;
}

QLabel *makeErrorLabel(QWidget *parent)
{
    QLabel *label = makeMessageLabel({}, QStringLiteral("color: #b00020;"), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *makePageTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    return title;
}

bool askYesNo(QWidget *parent, const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(text(QT_TRANSLATE_NOOP("kikan::client::Buttons", "Yes")),
                                     QMessageBox::YesRole);
    QPushButton *no = box.addButton(text(QT_TRANSLATE_NOOP("kikan::client::Buttons", "No")),
                                    QMessageBox::NoRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace kikan::client
