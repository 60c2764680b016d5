// The demo town in memory: people, households, the changes (異動) and the record rows they wrote,
// following the history model of server/resident/schema/10001_resident_registry.sql. Built by
// TownBuilder (baseline households from the age pyramid, then years of events), written by
// TownWriter. Numbers (宛名番号, 世帯番号, change ids) are assigned by the writer.
#pragma once

#include "towndata.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace kikan::resident::demotown {

enum class Status : std::uint8_t { Resident, MovedOut, Deceased };

// One state of one person (a resident_records row).
struct Row {
    int change = 0;             // index into Town::changes
    QDate validFrom, validTo;   // validTo null: still in force
    Status status = Status::Resident;
    int household = 0;          // index into Town::households
    QString relationshipCode, relationshipText;
    int entryOrder = 1;
    int area = 0;               // index into TownData::areas
    QString addressNumber;
    QDate addressSince, residentSince;
    int previousPlace = -1;     // TownData::places index (転入前住所)
    int destinationPlace = -1;  // 転出先住所
};

struct Person {
    QString familyName, givenName, familyNameKana, givenNameKana, nameRoman;
    QDate birthDate;
    char sex = '1';             // '1' 男, '2' 女
    bool foreign = false;
    int foreignType = -1;       // TownData::foreignTypes index
    QDate stayExpiry;
    QString residenceCardNo;
    QString residentRecordCode, myNumber;
    QString registeredDomicile, familyRegisterHead;
    int generation = 0;         // in the family line of the household (head's line = 0)
    bool blood = true;          // false: married into the line
    int spouse = -1;            // person index
    int household = -1;         // current household (-1 after moving out or death)
    QString relationshipCode, relationshipText; // current, as relate() last set them
    int entryOrder = 0;
    std::vector<Row> rows;      // history_no = position + 1

    bool living() const { return !rows.empty() && rows.back().status == Status::Resident; }
    int ageOn(QDate date) const;
};

struct Household {
    std::vector<int> members;   // current members, in 記載順位 order
    int head = -1;
    int area = 0;
    QString addressNumber;
    int nextEntryOrder = 1;
};

struct Change {
    QString kind, reason;       // resident/codes.json change kinds
    QDate effective, notified;  // notified null: 職権
    int household = 0;
};

struct Town {
    std::vector<Person> people;
    std::vector<Household> households;
    std::vector<Change> changes;
    QDate start, asOf;

    qsizetype livingCount() const;
    qsizetype recordRows() const;
};

// Builds a town: `residents` living at asOf (approximately: the baseline at asOf − years is sized
// so that the yearly rates bring it there), with `years` of history. Deterministic in all inputs.
Town buildTown(const TownData &data, int residents, int years, std::uint64_t seed, QDate asOf);

// 住民票コード check digit (住民基本台帳法施行規則 第1条 [要確認]): 10 digits numbered from the
// right with weights 2..7, 2..5; r = Σ mod 11; CD = 0 when r ≤ 1, else 11 − r. These are the
// weights of the 個人番号 for its first 10 digits, so it is identity::MyNumber::checkDigit("0"+base).
int residentRecordCodeCheckDigit(const QString &base10);

} // namespace kikan::resident::demotown
