// Who may register a seal and which seal may be registered, as pure rules over the register's
// person (party::PartySnapshot) and the measured impression. Sources: 印鑑登録証明事務処理要領
// (昭和49年2月1日 自治振第10号) 第2 (登録資格: 15歳未満の者・成年被後見人を除く), 第2-5 (一人一個),
// 第2-6 (登録を受けることができない印鑑: 氏名・氏・名・旧氏・通称又はその一部を組み合わせたもので表して
// いないもの; ゴム印その他の印鑑で変形し易いもの; 印影の大きさが一辺の長さ8ミリメートルの正方形に
// 収まるもの又は一辺の長さ25ミリメートルの正方形に収まらないもの; 印影を鮮明に表しにくいもの), as
// adopted by the town's 印鑑条例. Thresholds and name forms are data: resources/seal_registration/
// rules.json. Tests: tests/server/seal_registration/sealrules_test.cpp.
#pragma once

#include "server/core/failure.h"
#include "server/party/partydirectory.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace kikan::seal_registration {

// One edition of the town's rules (resources/seal_registration/rules.json).
struct SealRules {
    QDate from;
    int minimumAge = 15;
    double tooSmallSideMm = 8.0;  // an impression that fits in a square of this side is refused
    double tooLargeSideMm = 25.0; // an impression that does not fit in a square of this side is too
    QStringList nameForms;        // templates over {family} {given} {former} {alias} {givenFirst}
    QStringList foreignNameForms; // more for foreign residents: {initials} {familyInitials} …
    int inquiryAnswerDays = 30;   // 照会書の回答期限 (days from the day it is sent)
    bool certificatePrintsSex = false; // 男女の別 on the 印鑑登録証明書 (the town decides)
    QString certification;             // 認証文
    QString certificateLayout;         // the forms engine's layout (a Qt resource path)
    QString inquiryLayout;             // 照会書 and 回答書
    QString inquiryText;
    QString inquiryAnswerText;
};

// The edition in force on `date` (the newest not after it); the compiled-in data.
const SealRules &rulesOn(QDate date);
// Parses an editions document (what rulesOn reads); tests feed their own.
QList<SealRules> parseRules(const QByteArray &json);


// The facts about the applicant the rules need beyond the register's snapshot.
struct Applicant {
    party::PartySnapshot person;
    bool adultWard = false; // 成年被後見人 as the seal register records it (後見登記の通知)
    bool foreignResident = false;
};
// Nearest reading of "foreign resident" the party contract allows (it carries no 国籍): a 通称
// is recorded only for foreign residents (住民基本台帳法施行令第30条の26), and a name in Latin
// letters is a foreign resident's.
bool looksForeign(const party::PartySnapshot &person);

// 登録資格: recorded as a resident, not under the minimum age, not an adult ward.
std::optional<core::Failure> eligibilityRefusal(const Applicant &applicant, QDate on,
                                                const SealRules &rules);
// 一人一個: refused while the person holds a registration that is not ended.
std::optional<core::Failure> duplicateRefusal(bool holdsRegistration);

// The texts an impression may show for this person (normalised: no spaces, full-width folded).
QStringList allowedImpressionTexts(const Applicant &applicant, const SealRules &rules);
// The impression's text (as staff read it off the seal) is one of the allowed texts.
std::optional<core::Failure> impressionTextRefusal(const QString &text,
                                                   const Applicant &applicant,
                                                   const SealRules &rules);
// How texts are compared: whitespace removed, NFKC, Latin letters upper case.
QString normalisedImpressionText(const QString &text);

// The impression as measured (deskewed bounding box, millimetres).
struct ImpressionSize {
    double widthMm = 0;
    double heightMm = 0;
};
// Too small: fits in the small square; too large: does not fit in the large square.
std::optional<core::Failure> sizeRefusal(ImpressionSize size, const SealRules &rules);

// What staff found when they looked at the seal itself (the image cannot tell).
struct SealInspection {
    bool deformable = false; // ゴム印その他の変形し易いもの
    bool worn = false;       // 摩滅・欠損で印影を鮮明に表しにくいもの
};
std::optional<core::Failure> inspectionRefusal(const SealInspection &inspection);

} // namespace kikan::seal_registration
