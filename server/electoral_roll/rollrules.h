// 選挙人名簿 rules as pure functions over dates and the register's facts: who is to be registered
// on a 基準日 (公職選挙法 第21条第1項: 年齢満18年以上の日本国民, recorded in the town for three months
// or more counted from the day the 住民票 was created — for a 転入, the day the 転入届 was made),
// the 定時登録 dates (第22条第1項: 3・6・9・12月, 基準日 the 1st, 登録 the 2nd), 表示 of one who moved
// out (第27条第1項) and 抹消 four months after the move, on death or loss of nationality (第28条).
// Ages by 年齢計算ニ関スル法律 and 民法第143条: the age is reached on the day before the birthday.
// Thresholds and dates are data: resources/electoral_roll/rules.json; 投票区: polling-districts.json.
// Tests: tests/server/electoral_roll/rollrules_test.cpp.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace kikan::electoral_roll {

struct RollRules {
    QDate from;
    int votingAge = 18;
    int residenceMonths = 3;
    int removalMonthsAfterMoveOut = 4;
    QList<int> periodicMonths{3, 6, 9, 12};
    int periodicBaseDay = 1;
    int periodicRegistrationDay = 2;
};
const RollRules &rulesOn(QDate date);
QList<RollRules> parseRules(const QByteArray &json);

// What the register says of a person, as the roll needs it.
struct Elector {
    qint64 partyNo = 0;
    QDate birthDate;
    bool japanese = true;          // 日本国民
    bool resident = true;          // recorded in the town on the 基準日
    QDate recordedSince;           // 住民票作成日; for a 転入 the 転入届's date
    QString townAreaCode;          // 町字コード (投票区)
};

enum class Ineligible { None, NotJapanese, NotResident, UnderAge, ShortResidence };
// Why the person is not to be registered on `baseDate` (None: to be registered).
Ineligible ineligibility(const Elector &e, QDate baseDate, const RollRules &rules);
QString ineligibleName(Ineligible reason); // not_japanese, not_resident, under_age, short_residence

// 定時登録: the 基準日 whose registration day `date` is, if it is one.
std::optional<QDate> periodicBaseDateFor(QDate registrationDay, const RollRules &rules);
// The 定時登録 days (登録日) of a year.
QList<QDate> periodicRegistrationDays(int year, const RollRules &rules);

// The additions of a registration on `baseDate` (dry run or real): those to be registered who are
// not registered yet, in 宛名番号 order.
QList<qint64> additions(const QList<Elector> &electors, const QSet<qint64> &registered,
                        QDate baseDate, const RollRules &rules);

// 表示 and 抹消 after a move out of the town on `movedOutOn`: the 表示 from that day, the 抹消 on
// the day after four months have passed (第28条第2号 "住所を有しなくなつた日後四箇月を経過").
QDate removalDateAfterMoveOut(QDate movedOutOn, const RollRules &rules);

// 投票区 by 町字 (resources/electoral_roll/polling-districts.json).
struct PollingDistricts {
    QHash<QString, int> districtOfArea; // 町字コード → 投票区番号
    QHash<int, QString> names;
};
const PollingDistricts &pollingDistricts();
PollingDistricts parsePollingDistricts(const QByteArray &json);

} // namespace kikan::electoral_roll
