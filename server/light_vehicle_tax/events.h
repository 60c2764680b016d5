// The 軽自動車税 種別割 audit event catalogue (docs/light-vehicle-tax.md "Audit events"). Operation
// events of the register are "light_vehicle_tax.<change kind>" (vehiclerecord.h change::…).
#pragma once

#include <QStringList>

namespace kikan::light_vehicle_tax::event {
inline constexpr char Search[] = "light_vehicle_tax.search";   // access: vehicles searched
inline constexpr char View[] = "light_vehicle_tax.view";       // access: a vehicle shown
inline constexpr char TaxView[] = "light_vehicle_tax.tax_view"; // access: a 年度's 種別割 shown
inline constexpr char Assess[] = "light_vehicle_tax.assess";   // operation: 当初課税 run of a 年度
inline constexpr char Totals[] = "light_vehicle_tax.totals";   // access: 課税台帳 totals of a 年度
inline constexpr char NoticePrint[] = "light_vehicle_tax.notice_print"; // print: 納税通知書 batch
inline constexpr char Import[] = "light_vehicle_tax.import"; // operation: a file of 異動 (or a dry run)
inline constexpr char CertificateIssue[] = "light_vehicle_tax.certificate_issue"; // print: 納税証明書
inline constexpr char PlateIssue[] = "light_vehicle_tax.plate_issue"; // print: 標識交付証明書
inline constexpr char DeregistrationReceipt[] = "light_vehicle_tax.deregistration_receipt"; // print: 廃車申告受付書
inline constexpr char Reduction[] = "light_vehicle_tax.reduction";
inline constexpr char ReductionReasons[] = "light_vehicle_tax.reduction_reasons"; // access: the reasons list
inline constexpr char ReductionWithdraw[] = "light_vehicle_tax.reduction_withdraw"; // operation: 減免の取消 // operation: 減免 decision
// "light_vehicle_tax.register", ".transfer_in", ".transfer_owner", ".move_storage", ".deregister"
QString changeEvent(const QString &kind);
QStringList changeEvents();
} // namespace kikan::light_vehicle_tax::event
