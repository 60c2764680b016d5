// The 異動 requests as typed values, one per kind (docs/resident.md "異動"): what the routes parse
// from JSON (changerequestjson.h) and the kinds (changekinds.h) work on. Every request shares a
// ChangeHeader: 異動日, 届出日 (届出 kinds, 法第22条〜第25条), the household and its version.
#pragma once

#include "personfields.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kikan::resident {

// A household or person as read at 照会, with the version then (optimistic concurrency).
struct VersionedNo {
    qint64 no = 0;       // 世帯番号 or 宛名番号; 0: not given
    int version = 0;
};

struct ChangeHeader {
    QString kind;           // change kind code (codes.json): move_in, move_out, …
    QDate effectiveDate;    // 異動日
    QDate notifiedDate;     // 届出日; null for 職権 kinds
    VersionedNo household;  // householdNo + householdVersion
    QByteArray entered;     // the 異動届 as entered (compact JSON), kept in resident_changes
};

// Another person's 続柄 re-stated in the same change ("relationships": [{partyNo, …}]).
struct RelationshipEntry {
    qint64 partyNo = 0;
    RelationshipInput relationship;
};

// 転入, 国外からの転入, 特例転入, 職権記載: into the household named (header) or a new one.
struct MoveInPerson {
    qint64 partyNo = 0;     // 再転入: a former resident's 宛名番号; 0: a new party
    PersonInput person;
    RelationshipInput relationship;
};
struct MoveInRequest {
    ChangeHeader header;
    QString reasonNote;                 // 職権記載 only
    std::optional<AddressInput> address;
    QString previousAddress;            // 転入前住所
    QList<MoveInPerson> persons;
};

struct MoveWithinRequest {              // 転居
    ChangeHeader header;
    AddressInput address;
    QList<qint64> partyNos;             // empty: the whole household
    VersionedNo toHousehold;            // the household joined at the new address, if any
    QList<RelationshipEntry> relationships;
};

struct MoveOutRequest {                 // 転出
    ChangeHeader header;
    QString destinationAddress;
    QList<qint64> partyNos;             // empty: the whole household
    QList<RelationshipEntry> relationships;
};

struct MoveOutCancelRequest {           // 転出取消
    ChangeHeader header;
    qint64 cancelsChangeId = 0;
};

struct BirthRequest {                   // 出生
    ChangeHeader header;
    PersonInput person;                 // birthDate defaults to the 異動日
    RelationshipInput relationship;
};

struct DeathRequest {                   // 死亡
    ChangeHeader header;
    qint64 partyNo = 0;
    QList<RelationshipEntry> relationships;
};

struct HouseholderChangeRequest {       // 世帯主変更
    ChangeHeader header;
    QList<RelationshipEntry> relationships;
};

struct HouseholdSplitRequest {          // 世帯分離
    ChangeHeader header;
    QList<qint64> partyNos;
    QList<RelationshipEntry> relationships;
};

struct HouseholdMergeRequest {          // 世帯合併
    ChangeHeader header;
    VersionedNo toHousehold;
    QList<RelationshipEntry> relationships;
};

// 職権修正 and 訂正: the items to change in `fields` and/or the `address`.
struct RecordEdit {
    PersonInput fields;
    std::optional<RelationshipInput> relationship; // when fields has relationshipCode
    std::optional<AddressInput> address;
};

struct OfficialCorrectionRequest {      // 職権修正
    ChangeHeader header;
    QString reasonNote;
    VersionedNo person;                 // partyNo + personVersion
    RecordEdit edit;
    QList<RelationshipEntry> relationships;
};

struct OfficialRemovalRequest {         // 職権消除
    ChangeHeader header;
    QString reasonNote;
    VersionedNo person;
    QList<RelationshipEntry> relationships;
};

struct ForeignResidentUpdateRequest {   // 外国人住民の記載事項の変更 (法第30条の50)
    ChangeHeader header;
    VersionedNo person;
    PersonInput fields;
};

struct CorrectionRequest {              // 訂正
    ChangeHeader header;
    QString reasonNote;
    VersionedNo person;
    int historyNo = 0;                  // the row to correct
    RecordEdit edit;
    std::optional<QDate> addressSince;  // 住定日
    std::optional<QDate> residentSince; // 住民となった日
};

} // namespace kikan::resident
