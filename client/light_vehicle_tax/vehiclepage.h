// The 軽自動車税 page: one search box (a 標識番号, an owner's name through the party search across
// residents, 住登外者 and 法人, or a 宛名番号), the vehicles found, and the 照会 of the one selected
// (VehicleInquiry: state, history, 課税 per 年度). From here staff record a 登録, 名義変更 or 廃車
// (VehicleEntryDialog), run 当初課税 (AssessmentRunDialog) and issue a 納税証明書
// (TaxCertificateDialog), and do the moped counter work (MopedCounterDialog: 登録 with 標識,
// 標識再交付, 廃車) and 減免 (ReductionDialog: application with its decision, withdrawal).
// Keyboard-first (Enter searches, arrow keys select, Alt+letter buttons);
// fits 1024×768.
#pragma once

#include <QJsonArray>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kikan::client {

class ApiClient;
class MopedCounterDialog;
class ReductionDialog;
class VehicleInquiry;

class VehiclePage : public QWidget
{
    Q_OBJECT
public:
    explicit VehiclePage(ApiClient *api, QWidget *parent = nullptr);

    // Searches as typed in the box: digits only = 宛名番号, with a digit = 標識番号, else a name.
    void search(const QString &text);
    void openVehicle(qint64 vehicleId);
    QTableWidget *table() const { return m_table; }
    VehicleInquiry *inquiry() const { return m_inquiry; }
    const QJsonArray &found() const { return m_found; }
    QString errorText() const;

    void openRegisterDialog();
    void openChangeDialog(const QString &kind); // transfer-owner | deregister
    void openAssessmentDialog();
    void openCertificateDialog();
    // The moped counter (MopedCounterDialog::Mode); re-issue and 廃車 for the vehicle in 照会.
    MopedCounterDialog *openMopedDialog(int mode);
    // 減免 application or withdrawal (ReductionDialog::Mode) for the vehicle in 照会.
    ReductionDialog *openReductionDialog(int mode);

Q_SIGNALS:
    void searched();

private:
    void showFound(const QJsonArray &vehicles);
    void showSelected();

    ApiClient *m_api;
    QJsonArray m_found;
    QLineEdit *m_query;
    QTableWidget *m_table;
    VehicleInquiry *m_inquiry;
    QLabel *m_message;
};

} // namespace kikan::client
