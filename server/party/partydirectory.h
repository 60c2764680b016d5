// 宛名 (party): how any area finds and reads the persons the town deals with, and learns of their
// 異動, without touching the tables of the area that keeps them (ARCHITECTURE: "a tax area asks the
// party/宛名 service, never its tables"). Today 住民記録 provides it for residents (server/resident/
// partydirectory.cpp) and answers for every kind of party: 住民記録 keeps the one 宛名番号 space
// (partyregistry.h: the numbers, and the sources of the other kinds), server/non_resident adds
// 住登外者 and 法人 as a source. Obtain it with context.services.get<party::PartyDirectory>(); subscribe to PartyChanged with
// context.events.subscribe<party::PartyChanged>(…) in the module's start().
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace kikan::party {

// The kinds of party (parties.kind): who keeps them.
namespace kind {
inline constexpr char Resident[] = "resident";        // 住民 (住民記録)
inline constexpr char NonResident[] = "non_resident"; // 住登外者 (server/non_resident)
inline constexpr char Corporation[] = "corporation";  // 法人 (server/non_resident)
} // namespace kind

// One person as they stood on a date: what other areas need, nothing more (no 個人番号: an area
// that may use it asks the owning area with its own right).
struct PartySnapshot {
    qint64 partyNo = 0;            // 宛名番号
    QDate asOf;                    // the date this state was read for
    QString kind = QString::fromLatin1(kind::Resident); // kind::…
    QString status;                // 住民状態: resident | moved_out | deceased | removed;
                                   // 住登外者・法人: active | closed
    QString familyName;            // 氏 (法人: 名称)
    QString givenName;             // 名
    QString familyNameKana;
    QString givenNameKana;
    QString formerFamilyName;      // 旧氏
    QString alias;                 // 通称
    QDate birthDate;
    QString sex;                   // 1 男, 2 女, 9 不明
    qint64 householdNo = 0;        // 世帯番号
    bool householder = false;      // 世帯主
    QString relationshipText;      // 続柄 as printed
    QString townAreaCode;          // 町字コード
    QString address;               // 住所 as printed: 町字 + 番地・号 (+ 方書)
    QString postalCode;
    QString destinationAddress;    // 転出先住所 (moved out)
    bool protectedPerson = false;  // 支援措置の対象 on that date: never shown to third parties
    QString corporateNumber;       // 法人番号 (法人 only; 13 digits, checked)
    // 住民 only (empty / false for the other kinds):
    bool foreignResident = false;  // 外国人住民 (住民基本台帳法第30条の45): not a 日本国民
    QString nationality;           // 国籍・地域 of a 外国人住民
    QDate recordedSince;           // 住民票作成日 of the stay in force: the 届出日 of the 異動 that
                                   // recorded the person (転入: the 転入届's date, not the 異動日);
                                   // for a 職権 record its 異動日 (住民となった日)

    // 氏　名, or the 名称 alone when there is no 名 (法人).
    QString fullName() const
    {
        return givenName.isEmpty() ? familyName : familyName + QChar(0x3000) + givenName;
    }
    bool isResident() const { return status == QLatin1String("resident"); }
};

// One person's part in a 異動.
struct PartyChange {
    qint64 partyNo = 0;
    QString statusBefore;          // empty: the person is new (転入, 出生)
    QString statusAfter;
    bool nameChanged = false;      // 氏, 名, 旧氏 or 通称 differ from before
    bool addressChanged = false;   // 町字, 番地・号 or 方書 differ from before
    bool householdChanged = false;
};

// Published by 住民記録 after a 異動 has committed (never before, never for a refused one).
struct PartyChanged {
    qint64 changeId = 0;           // resident_changes.id: increasing, the catch-up cursor
    QString kind;                  // change kind code: move_in, move_out, death, move_within, …
    QDate effectiveDate;           // 異動日
    QList<PartyChange> parties;
    QList<qint64> householdNos;
};

class PartyDirectory
{
public:
    virtual ~PartyDirectory() = default;
    // The person as they stood on `asOf` (nullopt: unknown, or not yet recorded on that date).
    virtual std::optional<PartySnapshot> find(qint64 partyNo, QDate asOf) const = 0;
    // The members of a household on `asOf`, in 記載順位.
    virtual QList<PartySnapshot> household(qint64 householdNo, QDate asOf) const = 0;
    // The 異動 committed after `changeId`, oldest first, at most `limit`: what a subscriber that
    // was down replays (each carries the same facts as the event that was published).
    virtual QList<PartyChanged> changesSince(qint64 changeId, int limit) const = 0;
    // Every person recorded as a resident (住民状態 resident) on `asOf`, in 宛名番号 order, read in
    // one pass over the register (the whole town, ~16,000, for a batch such as the 選挙人名簿's
    // 定時登録). Only 住民記録 answers; the other kinds have no residents.
    virtual QList<PartySnapshot> residentsAsOf(QDate asOf) const
    {
        Q_UNUSED(asOf);
        return {};
    }
};

} // namespace kikan::party
