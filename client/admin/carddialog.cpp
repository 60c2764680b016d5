// CardDialog: a hex field filled by CardReader::cardPresented.
#include "carddialog.h"

#include "client/app/buttons.h"
#include "client/devices/cardreader.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace kikan::client {

CardDialog::CardDialog(CardReader *reader, const QString &staffName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Register staff ID card"));
    auto *prompt = new QLabel(tr("Hold the staff ID card of %1 over the card reader, or type "
                                 "the card ID.")
                                  .arg(staffName),
                              this);
    prompt->setWordWrap(true);
    m_cardId = new QLineEdit(this);
    m_cardId->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9A-Fa-f]{4,40}")), m_cardId));
    auto *form = new QFormLayout;
    form->addRow(tr("Card ID:"), m_cardId);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addLayout(form);
    QPushButton *ok =
        addOkCancelButtons(this, layout, [this] { accept(); })->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_cardId, &QLineEdit::textChanged, this,
            [this, ok] { ok->setEnabled(m_cardId->hasAcceptableInput()); });
    setMinimumWidth(420);
    if (reader)
        connect(reader, &CardReader::cardPresented, this, &CardDialog::setCardId);
}

QString CardDialog::cardId() const
{
    return m_cardId->text().trimmed().toUpper();
}

void CardDialog::setCardId(const QString &cardId)
{
    m_cardId->setText(cardId.toUpper());
}

} // namespace kikan::client
