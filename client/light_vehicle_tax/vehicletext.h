// The words staff read for the 軽自動車税 codes of the API (車種区分, 用途, 乗用/貨物, 燃料・動力, 異動,
// 税率の列, 状態): one translated label per code (resources/light_vehicle_tax/rates.json and
// server/light_vehicle_tax/vehiclefacts.h define the codes), and the code lists the entry forms
// offer, in the order the counter uses them.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace kikan::client {

class VehicleText
{
    Q_DECLARE_TR_FUNCTIONS(kikan::client::VehicleText)
public:
    using Choices = QList<QPair<QString, QString>>; // code, label

    static QString vehicleClass(const QString &code); // 車種区分 of the register
    static QString rateClass(const QString &code);    // 税率区分 (車種区分 + 乗用/貨物 + 用途)
    static QString use(const QString &code);
    static QString body(const QString &code);
    static QString power(const QString &code);
    static QString changeKind(const QString &code);
    static QString column(const QString &code);
    static QString status(const QString &code);
    static QString yen(qint64 amount);

    static Choices vehicleClasses();
    static Choices uses();
    static Choices bodies();
    static Choices powers();
};

} // namespace kikan::client
