// 納税証明書 (継続検査用) of 軽自動車税 種別割: issued free of charge at the counter for a registered
// vehicle when 収納管理 knows no arrears of it (assessment::AssessmentLedger::arrears on the
// 処理日, subject "vehicle:<id>"); each issue gets a 発行番号 (light_vehicle_certificates) and a print
// log entry, like the resident certificates. Layout resources/forms/light-vehicle-tax-certificate.json.
// Whether the current 年度's 種別割 must already be paid before its 納期限, the wording and the
// validity printed are [要確認].
#pragma once

#include "server/core/actor.h"
#include "server/core/context.h"

#include "shared/forms/pagejson.h"

#include <QByteArray>

namespace kikan::light_vehicle_tax {

struct IssuedCertificate {
    qint64 serial = 0;
    QByteArray pdf;
    forms::PageSet pages; // what the PDF draws, for a client that draws it itself (pagejson.h)
};

// Throws light_vehicle_tax.vehicle_not_found, .state (deregistered), .arrears (未納あり).
IssuedCertificate issueTaxCertificate(core::ServerContext &context, const core::Actor &actor,
                                      qint64 vehicleId);

} // namespace kikan::light_vehicle_tax
