// 照会 of one vehicle: its state today (標識番号, 車種区分, 用途, 乗用/貨物, 初度検査, 燃料・動力, 車台番号,
// 定置場, 所有者・使用者), its history (every 異動 with the dates it was in force) and its 課税 per
// 年度 (税率の列, 税額, 減免, 調定額, 通知書番号) as GET /api/v1/light-vehicle-tax/vehicles/{id} answers.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace kikan::client {

class ApiClient;

class VehicleInquiry : public QWidget
{
    Q_OBJECT
public:
    explicit VehicleInquiry(ApiClient *api, QWidget *parent = nullptr);

    void load(qint64 vehicleId);
    qint64 vehicleId() const { return m_vehicleId; }
    int version() const { return m_version; }
    const QJsonObject &vehicle() const { return m_vehicle; }
    // The vehicle's 減免 decisions as read (newest 年度 first; withdrawnOn set when withdrawn).
    const QJsonArray &reductions() const { return m_reductions; }
    QTableWidget *historyTable() const { return m_history; }
    QTableWidget *leviesTable() const { return m_levies; }
    QTabWidget *tabs() const { return m_tabs; }
    QString factsText() const;

Q_SIGNALS:
    void loaded();

private:
    void show(const QJsonObject &answer);
    void showHistory(const QJsonArray &history);
    void showLevies(const QJsonArray &levies);

    ApiClient *m_api;
    qint64 m_vehicleId = 0;
    int m_version = 0;
    QJsonObject m_vehicle;
    QJsonArray m_reductions;
    QLabel *m_facts;
    QTabWidget *m_tabs;
    QTableWidget *m_history;
    QTableWidget *m_levies;
    QLabel *m_message;
};

} // namespace kikan::client
