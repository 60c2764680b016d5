// Resident certificates (住民票の写し 世帯連記式・個人票, 除票の写し, 住民票記載事項証明書,
// 転出証明書) from ResidentRecord rows: the pages filled into the layouts under resources/forms/
// and rendered by the form engine (shared/forms) to PDF or onto a counter printer.
// Layout choices and what is [要確認] against the standard's 帳票要件: docs/forms.md.
#pragma once

#include "certificaterequest.h"
#include "server/resident/residentrecord.h"
#include "shared/forms/formrenderer.h"
#include "shared/forms/pagejson.h"

#include <QByteArray>

#include <optional>

namespace kikan::resident {

namespace err {
inline constexpr char CertificateNoRecords[] = "certificate.no_records";
// 個人票: one person
inline constexpr char CertificateMixedParties[] = "certificate.mixed_parties";
inline constexpr char CertificateMixedHouseholds[] = "certificate.mixed_households";
// 個人番号 requested without a reason
inline constexpr char CertificateMyNumberReason[] = "certificate.my_number_reason";
inline constexpr char CertificateNotRemoved[] = "certificate.not_removed";  // 除票 of a resident
inline constexpr char CertificateNotResident[] = "certificate.not_resident"; // 写し of a 除票
inline constexpr char CertificateNoDestination[] = "certificate.no_destination"; // 転出証明書
inline constexpr char CertificateHistoryNotAllowed[] = "certificate.history_not_allowed";
inline constexpr char CertificateUnknownTownArea[] = "certificate.unknown_town_area";
inline constexpr char CertificateRequestInvalid[] = "certificate.request_invalid"; // date, serial
inline constexpr char CertificateLayout[] = "certificate.layout"; // a layout file is broken
} // namespace err

// A certificate ready to draw: the layout, one PageData per page, and the facts to log.
struct PreparedCertificate {
    forms::FormRenderer renderer;
    QList<forms::PageData> pages;
    IssuedCertificate issued;
    QString layoutPath; // the layout file (its name and digest go with the pages: pagejson.h)
};

struct RenderedCertificate {
    QByteArray pdf;
    IssuedCertificate issued;
    forms::PageSet pages; // what the PDF draws, for a client that draws it itself (pagejson.h)
};

// Checks the request against the records and fills the pages. `records`:
//  - HouseholdCopy / MoveOutCertificate: the current row of each person printed (one household;
//    printed in 記載順位 order, 4 per page, continuation pages numbered);
//  - IndividualCopy / RemovedCopy / EntryCertificate: the rows of one person; the row with the
//    latest validFrom is printed, earlier rows are the 異動履歴 (printed with options.history).
// Records are printed as given: the caller has already applied rights (個人番号 only with the
// right) and 支援措置.
core::Result<PreparedCertificate> prepareCertificate(const CertificateRequest &request,
                                                     const QList<ResidentRecord> &records);

// prepareCertificate, then the PDF (A4, 300 dpi, IPAmj明朝 embedded).
core::Result<RenderedCertificate> renderCertificatePdf(const CertificateRequest &request,
                                                       const QList<ResidentRecord> &records);

} // namespace kikan::resident
