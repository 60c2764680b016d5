// One state of one resident's record (住民票), as stored in resident_records: the value type the
// registry service, the certificates and the demo-town generator share. Field names follow the
// 基本データリスト items (STANDARDS.md) with names from GLOSSARY.md.
#pragma once

#include <QDate>
#include <QString>

namespace kikan::resident {

enum class ResidentStatus { Resident, MovedOut, Deceased, Removed }; // 住民状態
enum class ResidentKind { Japanese, Foreign };                       // 住民種別

struct ResidentRecord {
    qint64 id = 0;
    qint64 partyNo = 0;            // 宛名番号
    int historyNo = 0;             // 個人履歴番号
    qint64 changeId = 0;           // the 異動 that wrote this state
    QDate validFrom;               // in force from (異動日)
    QDate validTo;                 // null: still in force
    QString recordedAt;
    QString supersededAt;          // set when a 訂正 replaced this row
    qint64 supersededByChangeId = 0; // the 訂正 or 取消 that replaced it
    ResidentStatus status = ResidentStatus::Resident;
    ResidentKind kind = ResidentKind::Japanese;
    QString residentRecordCode;    // 住民票コード
    QString myNumber;              // 個人番号: filled only for callers with the right
    QString familyName;            // 氏
    QString givenName;             // 名
    QString familyNameKana;
    QString givenNameKana;
    QString formerFamilyName;      // 旧氏
    QString alias;                 // 通称
    QString nameRoman;
    QDate birthDate;
    QString birthDateUnknown;      // 不詳 parts
    QString sex;                   // code: 1 男, 2 女, 9 不明
    qint64 householdNo = 0;        // 世帯番号
    QString relationshipCode;      // 続柄 code sequence
    QString relationshipText;      // 続柄 as printed
    int entryOrder = 0;            // 記載順位
    QString townAreaCode;          // 町字コード
    QString addressNumber;         // 番地・号
    QString addressSupplement;     // 方書
    QString postalCode;
    QDate addressSince;            // 住定日
    QDate residentSince;           // 住民となった日
    QString previousAddress;       // 転入前住所
    QString destinationAddress;    // 転出先住所
    QString registeredDomicile;    // 本籍
    QString familyRegisterHead;    // 筆頭者
    QString nationality;
    QString residenceStatus;
    QString periodOfStay;
    QDate stayExpiryDate;
    QString residenceCardNo;
    QString article30_45Class;

    QString fullName() const { return familyName + QChar(0x3000) + givenName; }
    QString fullNameKana() const { return familyNameKana + QChar(0x3000) + givenNameKana; }
    bool isHouseholder() const { return relationshipCode == QLatin1String("02"); }
};

} // namespace kikan::resident
