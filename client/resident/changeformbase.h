// What every 異動 entry form shares (docs/client.md "異動"): the rows of a QFormLayout with an
// error label under each field, 異動日 and 届出日 typed in any counter form (和暦 7 digits, R7.6.1,
// 西暦), the 職権 reason, client-side checks before anything is sent (required, a real date, not
// after today, 異動日 ≤ 届出日), the confirmation summary read off the rows, and the server's 422
// `fields` shown in Japanese under the field they name. The kinds: ChangeForm (転入・転居・転出),
// BirthForm, PersonEndForm (死亡・職権消除), HouseholdChangeForm, PersonEditForm (訂正・職権修正・
// 外国人住民), CancelMoveOutForm.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace kikan::client {

using FieldErrors = QList<QPair<QString, QString>>; // {field, message}

class ChangeFormBase : public QWidget
{
    Q_OBJECT
public:
    enum DateRows { NoDates = 0, EffectiveDate = 1, NotifiedDate = 2, BothDates = 3 };
    ChangeFormBase(const QString &kind, int dateRows, QWidget *parent = nullptr);

    const QString &kind() const { return m_kind; }
    // GET /resident/codes ({codes{relationships, …}, townAreas}).
    virtual void setCodes(const QJsonObject &codesAnswer) { Q_UNUSED(codesAnswer) }
    // The 照会 answer the 異動 starts from (person, version, household, history); empty for 転入.
    virtual void setInquiry(const QJsonObject &inquiry);
    // The request body (dates as ISO when they read as dates, else as typed).
    virtual QJsonObject body() const;
    // Client-side checks, before anything is sent.
    virtual FieldErrors check() const;
    // "label　value" lines of every filled row, for the confirmation.
    virtual QStringList summary() const;
    // Shows each {field, message} under its field; returns the messages no field shows.
    virtual QStringList showFieldErrors(const FieldErrors &fields);
    virtual void clearErrors();
    // The shown error of a field ("effectiveDate", "person.givenName", …), or empty.
    QString fieldError(const QString &field) const;

    QLineEdit *effectiveDateEdit() const { return m_effective; }
    QLineEdit *notifiedDateEdit() const { return m_notified; }
    QLineEdit *reasonEdit() const { return m_reason; }

    // 今日 for the "not after today" check (the server checks against its 処理日 as well).
    static QDate today();
    // The ISO form of a typed date, or the text as typed when it is no date.
    static QString dateValue(const QLineEdit *edit);

protected:
    QLabel *addRow(const QString &label, QWidget *field, const QString &key);
    // A date row: the edit (object name and error key `key`) and the date as read beside it.
    QLineEdit *addDate(const QString &label, const QString &key);
    // The 職権 reason row (reasonNote, required).
    void addReasonRow();
    // A typed date: required, a real date, optionally not after today.
    void checkDate(FieldErrors &out, const QLineEdit *edit, const QString &key,
                   bool required, bool notFuture) const;
    // Household number and version of the 照会 (householdNo, householdVersion).
    void addHousehold(QJsonObject &b) const;
    // The 照会's person (partyNo and personVersion — the version read at 照会).
    void addPerson(QJsonObject &b) const;
    // A row's value as the summary shows it (QLineEdit, QComboBox, QLabel, …).
    virtual QString valueText(QWidget *field) const;
    // Renames the label of the row of `key`.
    void setRowLabel(const QString &key, const QString &label);
    // A line edit row with object name and error key `key` (e.g. "person.givenName").
    QLineEdit *addLine(const QString &label, const QString &key, bool nameFont = false);
    // Fills a code box with [{code, name}] as "code name" (an empty choice first if asked).
    static void fillCodes(QComboBox *box, const QJsonArray &codes, bool blankFirst);
    // Maps a server field to the key of the row that shows it ("householder" → "relationships").
    void alias(const QString &field, const QString &key) { m_aliases.insert(field, key); }

    QString m_kind;
    QFormLayout *m_form;
    QLineEdit *m_effective = nullptr;
    QLineEdit *m_notified = nullptr;
    QLineEdit *m_reason = nullptr;
    QJsonObject m_inquiry;
    QJsonObject m_household;
    QHash<QString, QLabel *> m_errors; // field key → its error label
    QHash<QString, QString> m_aliases;
};


} // namespace kikan::client
