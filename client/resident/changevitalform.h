// 出生 (a child into the 照会's household) and the end of a record — 死亡 (届出) and 職権消除 —
// for the 照会's person, with the others' new 続柄 when the 世帯主 leaves (docs/resident.md
// "異動 catalogue": birth, death, official-removal).
#pragma once

#include "changeformbase.h"

class QComboBox;

namespace kikan::client {

class MemberChoice;

class BirthForm : public ChangeFormBase
{
    Q_OBJECT
public:
    explicit BirthForm(QWidget *parent = nullptr);
    void setCodes(const QJsonObject &codesAnswer) override;
    void setInquiry(const QJsonObject &inquiry) override;
    QJsonObject body() const override;
    FieldErrors check() const override;

    QLineEdit *familyNameEdit() const { return m_familyName; }
    QLineEdit *givenNameEdit() const { return m_givenName; }
    QLineEdit *familyNameKanaEdit() const { return m_familyKana; }
    QLineEdit *givenNameKanaEdit() const { return m_givenKana; }
    QComboBox *sexBox() const { return m_sex; }
    QComboBox *relationshipBox() const { return m_relationship; }
    QLineEdit *notifierEdit() const { return m_notifier; }

private:
    QLineEdit *m_familyName;
    QLineEdit *m_givenName;
    QLineEdit *m_familyKana;
    QLineEdit *m_givenKana;
    QComboBox *m_sex;
    QComboBox *m_relationship;
    QLineEdit *m_domicile;
    QLineEdit *m_head;
    QLineEdit *m_notifier;
};

// death, official-removal
class PersonEndForm : public ChangeFormBase
{
    Q_OBJECT
public:
    explicit PersonEndForm(const QString &kind, QWidget *parent = nullptr);
    void setCodes(const QJsonObject &codesAnswer) override;
    void setInquiry(const QJsonObject &inquiry) override;
    QJsonObject body() const override;
    FieldErrors check() const override;

    MemberChoice *others() const { return m_others; }
    QLineEdit *notifierEdit() const { return m_notifier; }

private:
    QLabel *m_person;
    QLineEdit *m_notifier = nullptr;
    MemberChoice *m_others;
};

// Kana only (カタカナ, ひらがな, 長音, spaces), as the server reads フリガナ.
bool isKanaText(const QString &text);

} // namespace kikan::client
