// The entry form shared by the 異動 kinds (docs/resident.md "異動 catalogue"): 異動日 and 届出日
// in any counter form (和暦 7 digits, R7.6.1 …), the new address by 町字 and 番地, the previous
// address or the destination, the members who move, and for 転入 the persons who arrive. The
// server's 422 `fields` are shown in Japanese under the field they name.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace kikan::client {

class ChangeForm : public QWidget
{
    Q_OBJECT
public:
    // kind: the path of the 異動 (move-in, move-within, move-out).
    explicit ChangeForm(const QString &kind, QWidget *parent = nullptr);

    // The 町字 table from GET /resident/codes (townAreas).
    void setTownAreas(const QJsonValue &townAreas);
    // The household the 異動 starts from (照会's household: number, version, members).
    void setHousehold(const QJsonObject &household);
    // The request body; dates are sent as typed (the server reads every form).
    QJsonObject body() const;
    // Shows each {field, message} under its field; returns the messages no field shows.
    QStringList showFieldErrors(const QList<QPair<QString, QString>> &fields);
    void clearErrors();
    // The shown error of a field ("effectiveDate", "address.addressNumber", "persons"), or empty.
    QString fieldError(const QString &field) const;

    QLineEdit *effectiveDateEdit() const { return m_effective; }
    QLineEdit *notifiedDateEdit() const { return m_notified; }
    QComboBox *townAreaBox() const { return m_townArea; }
    QLineEdit *addressNumberEdit() const { return m_addressNumber; }
    QLineEdit *previousAddressEdit() const { return m_previous; }
    QTableWidget *personsTable() const { return m_persons; }
    QListWidget *membersList() const { return m_members; }

private:
    QLabel *addRow(const QString &label, QWidget *field, const QString &key);

    QString m_kind;
    QFormLayout *m_form;
    QLineEdit *m_effective;
    QLineEdit *m_notified;
    QComboBox *m_townArea = nullptr;
    QLineEdit *m_addressNumber = nullptr;
    QLineEdit *m_supplement = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_previous = nullptr;
    QLineEdit *m_destination = nullptr;
    QListWidget *m_members = nullptr;
    QTableWidget *m_persons = nullptr;
    QJsonObject m_household;
    QHash<QString, QLabel *> m_errors; // field key → its error label
};

} // namespace kikan::client
