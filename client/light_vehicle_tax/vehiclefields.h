// The fields of a vehicle entry form by their API names (VehicleEntryDialog, MopedCounterDialog):
// the 異動日 and the lines and choices added to a QFormLayout, set by name (tests fill them so),
// read back as the request body (宛名番号 fields as numbers, empty lines left out).
#pragma once

#include "vehicletext.h"

#include <QHash>
#include <QJsonObject>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace kikan::client {

class VehicleFields
{
public:
    explicit VehicleFields(QWidget *owner) : m_owner(owner) {}

    void addDate(QFormLayout *form, const QString &label); // effectiveDate, today
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &name);
    QComboBox *addChoices(QFormLayout *form, const QString &label, const QString &name,
                          const VehicleText::Choices &choices);
    void set(const QString &name, const QString &value);
    QJsonObject body() const;
    // "標識番号  車種区分" of a vehicle as 照会 read it.
    static QString vehicleText(const QJsonObject &vehicle);

private:
    QWidget *m_owner;
    QDateEdit *m_date = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_choices;
};

} // namespace kikan::client
