// What a counter clerk asks for when issuing a 住民票の写し or another resident certificate
// (住民基本台帳法 第12条; STANDARDS.md 証明書: 世帯連記式 and 個人票, 除票 = 個人票 only,
// 住民票記載事項証明書, 転出証明書), the town's own data printed on it, and what was issued
// (the print log's facts).
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace kikan::resident {

enum class CertificateKind {
    HouseholdCopy,    // 住民票の写し 世帯連記式 (up to 4 persons per page, current values only)
    IndividualCopy,   // 住民票の写し 個人票 (A4 portrait)
    EntryCertificate, // 住民票記載事項証明書
    RemovedCopy,      // 除票の写し (個人票 layout)
    MoveOutCertificate, // 転出証明書
};

// Stable names (print log, API): household_copy, individual_copy, entry_certificate,
// removed_copy, move_out_certificate.
QString certificateKindName(CertificateKind kind);

// Items printed only on request (法第12条第5項: 本籍・続柄 etc. are omitted unless asked for).
struct CertificateOptions {
    bool registeredDomicile = false; // 本籍・筆頭者
    bool relationship = false;       // 世帯主の氏名及び続柄
    bool residentRecordCode = false; // 住民票コード
    bool myNumber = false;           // 個人番号: only with myNumberReason
    QString myNumberReason;          // why the requester needs it (required with myNumber)
    bool previousAddress = false;    // 転入前住所
    bool history = false;            // 異動履歴 (個人票 and 除票 only)
    bool wholeHousehold = true;      // 世帯全員 (false: 世帯の一部), chooses the 認証文
};

// The town's data printed on every certificate (resources/town/town.json).
struct TownData {
    QString prefecture;              // 鳥取県
    QString municipality;            // 東伯郡琴浦町 (郡 included)
    QString municipalityCode;        // 全国地方公共団体コード, 313718
    QString townAreaPrefix;          // 大字: printed before every 町字 name (may be empty)
    QString issuerTitle;             // 琴浦町長
    QString issuerName;              // the 町長's name (fictitious in the shipped town.json)
    QHash<QString, QString> certificationTexts; // 認証文 by key (docs/forms.md)
    QHash<QString, QString> townAreas;          // 町字コード → 町字: the caller fills it from the
                                                // registry's code tables (town-areas.json)

    // Loads town.json (a file or ":/kikan/town/town.json"); townAreas stay empty. Empty
    // municipality on failure.
    static TownData load(const QString &path = QStringLiteral(":/kikan/town/town.json"));
};

struct CertificateRequest {
    CertificateKind kind = CertificateKind::HouseholdCopy;
    CertificateOptions options;
    QDate issueDate;                 // 証明日 (printed in 和暦)
    QString serialNumber;            // 発行番号: printed and as a Code 128 barcode (ASCII)
    QDate moveOutDate;               // 転出予定年月日 (転出証明書)
    QString householderName;         // 世帯主の氏名 for 個人票 (printed with options.relationship)
    TownData town;
};

// The facts of one issued certificate: what the print log records (never a My Number).
struct IssuedCertificate {
    CertificateKind kind = CertificateKind::HouseholdCopy;
    CertificateOptions options;
    QString serialNumber;
    QDate issueDate;
    int pageCount = 0;
    qint64 subjectPartyNo = 0;       // the person asked for (householder for 世帯連記式)
    QList<qint64> partyNos;          // everyone printed
};

} // namespace kikan::resident
