// Vehicle entry fields by API name (vehiclefields.h).
#include "vehiclefields.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace kikan::client {

void VehicleFields::addDate(QFormLayout *form, const QString &label)
{
    m_date = new QDateEdit(QDate::currentDate(), m_owner);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    form->addRow(label, m_date);
}

QLineEdit *VehicleFields::addLine(QFormLayout *form, const QString &label, const QString &name)
{
    auto *line = new QLineEdit(m_owner);
    form->addRow(label, line);
    m_lines.insert(name, line);
    return line;
}

QComboBox *VehicleFields::addChoices(QFormLayout *form, const QString &label, const QString &name,
                                     const VehicleText::Choices &choices)
{
    auto *box = new QComboBox(m_owner);
    for (const auto &[code, text] : choices)
        box->addItem(text, code);
    form->addRow(label, box);
    m_choices.insert(name, box);
    return box;
}

void VehicleFields::set(const QString &name, const QString &value)
{
    if (name == QLatin1String("effectiveDate") && m_date)
        m_date->setDate(QDate::fromString(value, Qt::ISODate));
    else if (QLineEdit *line = m_lines.value(name))
        line->setText(value);
    else if (QComboBox *box = m_choices.value(name))
        box->setCurrentIndex(box->findData(value));
}

QJsonObject VehicleFields::body() const
{
    QJsonObject b;
    if (m_date)
        b.insert("effectiveDate", m_date->date().toString(Qt::ISODate));
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue;
        if (it.key().endsWith(QLatin1String("PartyNo")))
            b.insert(it.key(), text.toLongLong());
        else
            b.insert(it.key(), text);
    }
    for (auto it = m_choices.begin(); it != m_choices.end(); ++it)
        b.insert(it.key(), it.value()->currentData().toString());
    return b;
}

QString VehicleFields::vehicleText(const QJsonObject &vehicle)
{
    return QStringLiteral("%1  %2").arg(vehicle.value("plateNo").toString(),
                                        VehicleText::rateClass(vehicle.value("rateClass").toString()));
}

} // namespace kikan::client
