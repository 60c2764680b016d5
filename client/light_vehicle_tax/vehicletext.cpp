// Labels of the 軽自動車税 codes (vehicletext.h).
#include "vehicletext.h"

#include <QHash>
#include <QLocale>

namespace kikan::client {

namespace {

const QList<QPair<const char *, const char *>> &classTable()
{
    static const QList<QPair<const char *, const char *>> table{
        {"four_wheel", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Four-wheeled light vehicle")},
        {"three_wheel", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Three-wheeled light vehicle")},
        {"moped_class1", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Moped class 1 (50 cc or less)")},
        {"moped_class2b", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Moped class 2b (50-90 cc)")},
        {"moped_class2a", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Moped class 2a (90-125 cc)")},
        {"minicar", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Minicar")},
        {"small_special_farm", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Small special vehicle (farming)")},
        {"small_special_other", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Small special vehicle (other)")},
        {"light_motorcycle", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Light motorcycle (125-250 cc)")},
        {"small_motorcycle", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Small motorcycle (over 250 cc)")},
    };
    return table;
}

const QList<QPair<const char *, const char *>> &powerTable()
{
    static const QList<QPair<const char *, const char *>> table{
        {"gasoline", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Gasoline")},
        {"diesel", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Diesel")},
        {"lpg", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "LPG")},
        {"hybrid", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Hybrid")},
        {"electric", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Electric")},
        {"natural_gas", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Natural gas")},
        {"methanol", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Methanol")},
        {"fuel_cell", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Fuel cell")},
        {"towed", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Towed")},
    };
    return table;
}

QString lookup(const QList<QPair<const char *, const char *>> &table, const QString &code)
{
    for (const auto &[key, label] : table) {
        if (code == QLatin1String(key))
            return VehicleText::tr(label);
    }
    return code;
}

VehicleText::Choices choices(const QList<QPair<const char *, const char *>> &table)
{
    VehicleText::Choices out;
    for (const auto &[key, label] : table)
        out.append({QString::fromLatin1(key), VehicleText::tr(label)});
    return out;
}
} // namespace

QString VehicleText::vehicleClass(const QString &code) { return lookup(classTable(), code); }

QString VehicleText::rateClass(const QString &code)
{
    static const QList<QPair<const char *, const char *>> fourWheel{
        {"four_wheel_passenger_private", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Four-wheeled, passenger, private")},
        {"four_wheel_passenger_business", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Four-wheeled, passenger, business")},
        {"four_wheel_cargo_private", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Four-wheeled, cargo, private")},
        {"four_wheel_cargo_business", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Four-wheeled, cargo, business")},
    };
    const QString label = lookup(fourWheel, code);
    return label != code ? label : vehicleClass(code);
}

QString VehicleText::use(const QString &code)
{
    if (code == QLatin1String("private"))
        return tr("Private");
    return code == QLatin1String("business") ? tr("Business") : code;
}

QString VehicleText::body(const QString &code)
{
    if (code == QLatin1String("passenger"))
        return tr("Passenger");
    return code == QLatin1String("cargo") ? tr("Cargo") : code;
}

QString VehicleText::power(const QString &code) { return lookup(powerTable(), code); }

QString VehicleText::changeKind(const QString &code)
{
    static const QList<QPair<const char *, const char *>> table{
        {"register", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Registration")},
        {"transfer_in", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Transfer from another town")},
        {"transfer_owner", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Change of owner")},
        {"move_storage", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Change of storage place")},
        {"deregister", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Deregistration")},
        {"replace_plate", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Plate re-issued")},
    };
    return lookup(table, code);
}

QString VehicleText::column(const QString &code)
{
    static const QList<QPair<const char *, const char *>> table{
        {"old", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Old rate")},
        {"new", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "New rate")},
        {"heavy", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Heavy (13 years)")},
        {"green", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Green reduction")},
        {"flat", QT_TRANSLATE_NOOP("kikan::client::VehicleText", "Flat rate")},
    };
    return lookup(table, code);
}

QString VehicleText::status(const QString &code)
{
    if (code == QLatin1String("registered"))
        return tr("Registered");
    return code == QLatin1String("deregistered") ? tr("Deregistered") : code;
}

QString VehicleText::yen(qint64 amount)
{
    return tr("%1 yen").arg(QLocale(QLocale::Japanese).toString(amount));
}

VehicleText::Choices VehicleText::vehicleClasses() { return choices(classTable()); }

VehicleText::Choices VehicleText::uses()
{
    return {{QStringLiteral("private"), tr("Private")}, {QStringLiteral("business"), tr("Business")}};
}

VehicleText::Choices VehicleText::bodies()
{
    return {{QStringLiteral("passenger"), tr("Passenger")}, {QStringLiteral("cargo"), tr("Cargo")}};
}

VehicleText::Choices VehicleText::powers() { return choices(powerTable()); }

} // namespace kikan::client
