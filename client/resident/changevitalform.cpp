// 出生, 死亡 and 職権消除 forms (changevitalform.h).
#include "changevitalform.h"

#include "changemembers.h"
#include "residentformat.h"

#include "client/widgets/namefont.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace kikan::client {

namespace {
QJsonArray codeList(const QJsonObject &codesAnswer, const char *table)
{
    return codesAnswer.value(QStringLiteral("codes"))[QLatin1String(table)].toArray();
}
} // namespace

bool isKanaText(const QString &text)
{
    static const QRegularExpression kana(
        QStringLiteral("^[\\x{3041}-\\x{309F}\\x{30A0}-\\x{30FF}\\x{FF65}-\\x{FF9F} 　]+$"));
    return kana.match(text).hasMatch();
}

BirthForm::BirthForm(QWidget *parent) : ChangeFormBase(QStringLiteral("birth"), BothDates, parent)
{
    // 出生: the 異動日 is the day of birth (the server takes it as the 生年月日).
    setRowLabel(QStringLiteral("effectiveDate"), tr("Date of birth:"));
    alias(QStringLiteral("person.birthDate"), QStringLiteral("effectiveDate"));
    alias(QStringLiteral("person"), QStringLiteral("person.givenName"));
    m_familyName = addLine(tr("Surname:"), QStringLiteral("person.familyName"), true);
    m_givenName = addLine(tr("Given name:"), QStringLiteral("person.givenName"), true);
    m_familyKana = addLine(tr("Surname reading:"), QStringLiteral("person.familyNameKana"));
    m_givenKana = addLine(tr("Given name reading:"), QStringLiteral("person.givenNameKana"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("person.sex"));
    addRow(tr("Sex:"), m_sex, QStringLiteral("person.sex"));
    m_relationship = new QComboBox(this);
    m_relationship->setObjectName(QStringLiteral("person.relationshipCode"));
    addRow(tr("Relationship:"), m_relationship, QStringLiteral("person.relationshipCode"));
    m_domicile = addLine(tr("Registered domicile:"), QStringLiteral("person.registeredDomicile"));
    m_head = addLine(tr("Head of family register:"), QStringLiteral("person.familyRegisterHead"),
                     true);
    m_notifier = addLine(tr("Notified by:"), QStringLiteral("notifierName"), true);
    m_notifier->setPlaceholderText(tr("e.g. the father"));
}

void BirthForm::setCodes(const QJsonObject &codesAnswer)
{
    fillCodes(m_sex, codeList(codesAnswer, "sexes"), true);
    fillCodes(m_relationship, codeList(codesAnswer, "relationships"), false);
    m_relationship->setCurrentIndex(std::max(0, m_relationship->findData(QStringLiteral("20"))));
}

void BirthForm::setInquiry(const QJsonObject &inquiry)
{
    ChangeFormBase::setInquiry(inquiry);
    // The child usually takes the family's 氏 and 本籍: offered, staff change what differs.
    const QJsonObject p = inquiryPerson(inquiry);
    m_familyName->setText(jsonText(p, "familyName"));
    m_familyKana->setText(jsonText(p, "familyNameKana"));
    m_domicile->setText(jsonText(p, "registeredDomicile"));
    m_head->setText(jsonText(p, "familyRegisterHead"));
}

QJsonObject BirthForm::body() const
{
    QJsonObject b = ChangeFormBase::body();
    QJsonObject person{{QStringLiteral("familyName"), m_familyName->text().trimmed()},
                       {QStringLiteral("givenName"), m_givenName->text().trimmed()},
                       {QStringLiteral("familyNameKana"), m_familyKana->text().trimmed()},
                       {QStringLiteral("givenNameKana"), m_givenKana->text().trimmed()},
                       {QStringLiteral("sex"), m_sex->currentData().toString()},
                       {QStringLiteral("relationshipCode"),
                        m_relationship->currentData().toString()}};
    const QString kind = inquiryPerson(m_inquiry).value(QStringLiteral("residentKind")).toString();
    if (!kind.isEmpty())
        person.insert(QStringLiteral("residentKind"), kind);
    if (!m_domicile->text().trimmed().isEmpty())
        person.insert(QStringLiteral("registeredDomicile"), m_domicile->text().trimmed());
    if (!m_head->text().trimmed().isEmpty())
        person.insert(QStringLiteral("familyRegisterHead"), m_head->text().trimmed());
    b.insert(QStringLiteral("person"), person);
    // 届出人: kept with the 異動 (resident_changes.detail).
    if (!m_notifier->text().trimmed().isEmpty())
        b.insert(QStringLiteral("notifierName"), m_notifier->text().trimmed());
    return b;
}

FieldErrors BirthForm::check() const
{
    FieldErrors out = ChangeFormBase::check();
    for (QLineEdit *e : {m_familyName, m_givenName, m_familyKana, m_givenKana}) {
        if (e->text().trimmed().isEmpty())
            out.append({e->objectName(), tr("Enter this item.")});
    }
    for (QLineEdit *e : {m_familyKana, m_givenKana}) {
        if (!e->text().trimmed().isEmpty() && !isKanaText(e->text().trimmed()))
            out.append({e->objectName(), tr("Enter the reading in katakana or hiragana.")});
    }
    if (m_sex->currentData().toString().isEmpty())
        out.append({QStringLiteral("person.sex"), tr("Choose the sex.")});
    if (m_relationship->currentData().toString() == QLatin1String("02"))
        out.append({QStringLiteral("person.relationshipCode"),
                    tr("A newborn cannot be the householder.")});
    return out;
}

PersonEndForm::PersonEndForm(const QString &kind, QWidget *parent)
    : ChangeFormBase(kind, kind == QLatin1String("death") ? BothDates : EffectiveDate, parent)
{
    const bool death = kind == QLatin1String("death");
    m_person = new NameLabel({}, this, 13);
    m_person->setObjectName(QStringLiteral("person"));
    m_form->insertRow(0, tr("Person:"), m_person);
    alias(QStringLiteral("partyNo"), QStringLiteral("effectiveDate"));
    setRowLabel(QStringLiteral("effectiveDate"),
                death ? tr("Date of death:") : tr("Date of removal:"));
    if (death) {
        m_notifier = addLine(tr("Notified by:"), QStringLiteral("notifierName"), true);
        m_notifier->setPlaceholderText(tr("e.g. the wife, 髙橋 花子"));
    } else {
        addReasonRow();
    }
    m_others = new MemberChoice(this);
    m_others->setObjectName(QStringLiteral("others"));
    addRow(tr("Others' new relationship:"), m_others, QStringLiteral("relationships"));
    alias(QStringLiteral("householder"), QStringLiteral("relationships"));
}

void PersonEndForm::setCodes(const QJsonObject &codesAnswer)
{
    m_others->setRelationshipCodes(codeList(codesAnswer, "relationships"));
}

void PersonEndForm::setInquiry(const QJsonObject &inquiry)
{
    ChangeFormBase::setInquiry(inquiry);
    const QJsonObject p = inquiryPerson(inquiry);
    m_person->setText(QStringLiteral("%1（%2）").arg(jsonText(p, "name"),
                                                   jsonText(p, "relationshipText")));
    m_others->setMembers(m_household.value(QStringLiteral("members")).toArray(), false,
                         p.value(QStringLiteral("partyNo")).toInteger());
}

QJsonObject PersonEndForm::body() const
{
    QJsonObject b = ChangeFormBase::body();
    addPerson(b);
    const QJsonArray relationships = m_others->relationships();
    if (!relationships.isEmpty())
        b.insert(QStringLiteral("relationships"), relationships);
    if (m_notifier && !m_notifier->text().trimmed().isEmpty())
        b.insert(QStringLiteral("notifierName"), m_notifier->text().trimmed());
    return b;
}

FieldErrors PersonEndForm::check() const
{
    FieldErrors out = ChangeFormBase::check();
    // A 世帯主 who leaves others behind: one of them becomes 世帯主 in the same change.
    const bool householder = jsonText(inquiryPerson(m_inquiry), "relationshipCode")
                             == QLatin1String("02");
    bool newHead = false;
    for (const QJsonValue &r : m_others->relationships())
        newHead = newHead || r[QStringLiteral("relationshipCode")].toString() == QLatin1String("02");
    if (householder && m_others->count() > 0 && !newHead) {
        out.append({QStringLiteral("relationships"),
                    tr("The householder leaves: choose the new householder (02) among the "
                       "others.")});
    }
    return out;
}

} // namespace kikan::client
