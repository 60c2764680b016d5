// 職員証の登録: the card identifier is taken from the card reader when a card is presented, or
// typed (upper-case hex, as printed by the issuing tool).
#pragma once

#include <QDialog>

class QLineEdit;

namespace kikan::client {

class CardReader;

class CardDialog : public QDialog
{
    Q_OBJECT
public:
    // reader may be null.
    CardDialog(CardReader *reader, const QString &staffName, QWidget *parent = nullptr);
    QString cardId() const;
    void setCardId(const QString &cardId);

private:
    QLineEdit *m_cardId;
};

} // namespace kikan::client
