// 納税通知書 兼 納付書 of 軽自動車税 種別割 (resources/forms/light-vehicle-notice.json): a notice per
// 納税義務者 listing their vehicles, each vehicle with its 納付書 carrying the コンビニ収納 GS1-128
// barcode (AI 91, 44 digits; shared/revenue/conveniencesettings.h builds it from the town's data,
// none above the contract's cap) — two vehicles and their slips per page. The eL-QR payload is a
// configurable format (elqr.h), disabled until its specification is confirmed [要確認]. Rendered as one batch PDF of a 年度.
#pragma once

#include "elqr.h"
#include "levy.h"
#include "server/core/actor.h"
#include "server/core/context.h"
#include "server/party/partydirectory.h"
#include "shared/forms/formdata.h"
#include "shared/revenue/conveniencesettings.h"

namespace kikan::light_vehicle_tax {

struct NoticeLine {
    Levy levy;
    QString plateNo;
    QString classLabel;
};

struct Notice {
    party::PartySnapshot taxpayer;
    QList<NoticeLine> lines;   // the 調定 of the 年度 with an amount to pay
};

// What every notice of a run prints besides its own facts.
struct NoticeHeader {
    int fiscalYear = 0;
    QDate dueDate;
    QDate issuedOn;
    QString issuer;            // 琴浦町長 …
};

// The pages of one notice (pure: values for the layout, slips with their barcodes).
// Errors (core::Failure): revenue.barcode_field when a slip's facts do not fit the barcode.
// `elqr`: the eL-QR payload format (elqr.h), the town's file unless a caller gives another.
QList<forms::PageData> noticePages(const Notice &notice, const NoticeHeader &header,
                                   const revenue::ConvenienceSettings &settings,
                                   const ElQrFormat &elqr = ElQrFormat::builtIn());

// The batch PDF of a 年度 (every 納税義務者, or one when partyNo ≠ 0), logged as a print.
// Throws light_vehicle_tax.vehicle_not_found when there is nothing to print.
QByteArray noticesPdf(core::ServerContext &context, const core::Actor &actor, int fiscalYear,
                      qint64 partyNo);

} // namespace kikan::light_vehicle_tax
