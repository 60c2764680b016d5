// The entry form of the moves (docs/resident.md "異動 catalogue"): 転入 (also 国外からの転入,
// 特例転入 with 個人番号, 職権記載 with its reason), 転居 and 転出 — the new address by 町字 and
// 番地, the previous address or the destination, the members who move, and for the 転入 kinds the
// persons who arrive. Dates, errors and the summary: ChangeFormBase.
#pragma once

#include "changeformbase.h"

class QComboBox;
class QListWidget;
class QTableWidget;

namespace kikan::client {

class ChangeForm : public ChangeFormBase
{
    Q_OBJECT
public:
    // kind: the path of the 異動 (move-in, move-in-abroad, move-in-special, official-entry,
    // move-within, move-out).
    explicit ChangeForm(const QString &kind, QWidget *parent = nullptr);
    // The kinds that bring persons in (the persons table).
    static bool bringsPersons(const QString &kind);

    void setCodes(const QJsonObject &codesAnswer) override;
    // The 町字 table from GET /resident/codes (townAreas).
    void setTownAreas(const QJsonValue &townAreas);
    void setInquiry(const QJsonObject &inquiry) override;
    // The household the 異動 starts from (照会's household: number, version, members).
    void setHousehold(const QJsonObject &household);
    QJsonObject body() const override;
    FieldErrors check() const override;
    QStringList showFieldErrors(const FieldErrors &fields) override;
    void clearErrors() override;

    QComboBox *townAreaBox() const { return m_townArea; }
    QLineEdit *addressNumberEdit() const { return m_addressNumber; }
    QLineEdit *previousAddressEdit() const { return m_previous; }
    QTableWidget *personsTable() const { return m_persons; }
    QListWidget *membersList() const { return m_members; }

protected:
    QString valueText(QWidget *field) const override;

private:
    void addAddressRows();
    void addPersonRows(const QString &kind);
    int filledRow(int index) const;

    int m_columns = 0;
    QComboBox *m_townArea = nullptr;
    QLineEdit *m_addressNumber = nullptr;
    QLineEdit *m_supplement = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_previous = nullptr;
    QLineEdit *m_destination = nullptr;
    QListWidget *m_members = nullptr;
    QTableWidget *m_persons = nullptr;
};

} // namespace kikan::client
