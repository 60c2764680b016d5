// The rules of the 異動 (changerules.h).
#include "changerules.h"

#include "personfields.h"
#include "server/core/failure.h"

#include <algorithm>

namespace kikan::resident {

namespace {
QString jaDate(QDate d)
{
    return d.toString(QStringLiteral("yyyy年M月d日"));
}

const QString kEffective = QStringLiteral("effectiveDate");

// 届出: 届出日 ≤ 処理日; 異動日 ≤ 届出日, except 転出 (法第24条: 転出届は転出の前にもできる,
// 転出予定日 up to moveOutAdvanceDays after the 届出日).
void checkNotifiedDate(const CodeEdition &codes, const ChangeKindInfo &kind, QDate effective,
                       QDate notified, QDate today)
{
    if (notified > today) {
        refuse(QStringLiteral("notifiedDate"), QStringLiteral("届出日（%1）が処理日（%2）より後です。")
                                                   .arg(jaDate(notified), jaDate(today)));
    }
    if (kind.code == QLatin1String("move_out")) {
        if (notified.daysTo(effective) > codes.moveOutAdvanceDays) {
            refuse(kEffective, QStringLiteral("転出予定日は届出日から%1日以内にしてください。")
                                   .arg(codes.moveOutAdvanceDays));
        }
    } else if (effective > notified) {
        refuse(kEffective, QStringLiteral("異動日（%1）は届出日（%2）以前の日付にしてください。")
                               .arg(jaDate(effective), jaDate(notified)));
    }
}
} // namespace

const ChangeKindInfo &changeKindOn(const CodeEdition &codes, const QString &kindCode)
{
    const ChangeKindInfo *kind = codes.changeKind(kindCode);
    if (!kind)
        refuse(kEffective, QStringLiteral("この日付には「%1」の異動がありません。").arg(kindCode));
    return *kind;
}

QStringList checkChangeDates(const CodeEdition &codes, const ChangeKindInfo &kind,
                             QDate effective, QDate notified, QDate today)
{
    if (!kind.notified) {
        if (effective > today) {
            refuse(kEffective, QStringLiteral("異動日（%1）が処理日（%2）より後です。")
                                   .arg(jaDate(effective), jaDate(today)));
        }
        return {};
    }
    checkNotifiedDate(codes, kind, effective, notified, today);
    // 法第22条〜第25条: 14日以内; a later 届出 is still recorded (法第52条 is for the staff).
    const qint64 late = effective.daysTo(notified);
    if (late <= codes.notificationPeriodDays)
        return {};
    return {QStringLiteral("届出期間（異動日から%1日以内）を過ぎた届出です（%2日後）。"
                           "法第52条の通知の要否を確認してください。")
                .arg(codes.notificationPeriodDays).arg(late)};
}

std::optional<QDate> defaultEffectiveDate(const QString &kindCode, QDate today)
{
    if (kindCode == QLatin1String("move_out_cancel") || kindCode == QLatin1String("correction"))
        return today;
    return std::nullopt;
}

void checkNotBeforeLatest(qint64 partyNo, QDate latestFrom, QDate effective)
{
    if (effective < latestFrom) {
        refuse(kEffective, QStringLiteral("宛名番号 %1 の人には %2 付けの異動がすでにあります。それより"
                                          "前の日付の異動は訂正で入力してください。")
                               .arg(partyNo).arg(jaDate(latestFrom)));
    }
}

void requireResident(const ResidentRecord &r, const QString &field)
{
    const QString who = QStringLiteral("宛名番号 %1 の人は").arg(r.partyNo);
    const QString since = jaDate(r.validFrom);
    switch (r.status) {
    case ResidentStatus::Resident:
        return;
    case ResidentStatus::MovedOut:
        refuseState(field, who + QStringLiteral("%1 付けですでに転出しています。").arg(since));
    case ResidentStatus::Deceased:
        refuseState(field, who + QStringLiteral("%1 に死亡しています。").arg(since));
    case ResidentStatus::Removed:
        break;
    }
    refuseState(field, who + QStringLiteral("%1 付けで消除されています。").arg(since));
}

void requireFormerResident(const ResidentRecord &last, const QString &field)
{
    if (last.status == ResidentStatus::Resident) {
        refuseState(field, QStringLiteral("宛名番号 %1 の人はすでに住民です。").arg(last.partyNo));
    }
    if (last.status == ResidentStatus::Deceased)
        refuseState(field, QStringLiteral("宛名番号 %1 の人は死亡しています。").arg(last.partyNo));
}

void requireForeignResident(const ResidentRecord &r)
{
    if (r.kind != ResidentKind::Foreign)
        refuseState(QStringLiteral("partyNo"), QStringLiteral("外国人住民ではありません。"));
}

void requireMember(const ResidentRecord &r, qint64 householdNo, const QString &field, bool naming)
{
    if (r.householdNo == householdNo)
        return;
    if (!naming)
        refuse(field, QStringLiteral("この世帯の世帯員ではありません。"));
    refuse(field, QStringLiteral("宛名番号 %1 の人はこの世帯の世帯員ではありません。").arg(r.partyNo));
}

void checkBornBy(const ResidentRecord &r, QDate effective, const QString &path)
{
    if (r.birthDate > effective)
        refuse(path + QStringLiteral(".birthDate"), QStringLiteral("生年月日が異動日より後です。"));
}

void checkSpecialMoveIn(const QString &kindCode, const ResidentRecord &r, const QString &path)
{
    if (kindCode == QLatin1String("move_in_special") && r.myNumber.isEmpty()) {
        refuse(path + QStringLiteral(".myNumber"),
               QStringLiteral("特例転入（法第24条の2）は個人番号カードの個人番号を入力してください。"));
    }
}

void checkBirth(const ResidentRecord &child, QDate effective)
{
    if (child.birthDate != effective)
        refuse(QStringLiteral("person.birthDate"), QStringLiteral("出生の異動日は生年月日です。"));
    if (child.isHouseholder()) {
        refuse(QStringLiteral("person.relationshipCode"),
               QStringLiteral("生まれた子を世帯主にはできません。"));
    }
}

void checkDeathDate(const ResidentRecord &r, QDate effective)
{
    if (r.birthDate > effective)
        refuse(kEffective, QStringLiteral("死亡日が生年月日より前です。"));
}

void checkNotRestated(qint64 deceased, const QList<qint64> &restated)
{
    if (restated.contains(deceased))
        refuse(QStringLiteral("relationships"), QStringLiteral("死亡した人の続柄は変えられません。"));
}

bool isForeignResidentItem(const QString &field)
{
    static const QStringList items{
        QStringLiteral("residenceStatus"), QStringLiteral("periodOfStay"),
        QStringLiteral("stayExpiryDate"), QStringLiteral("residenceCardNo"),
        QStringLiteral("article30_45Class"), QStringLiteral("nationality")};
    return items.contains(field);
}

void checkStayExpiry(const ResidentRecord &r, QDate effective)
{
    if (r.stayExpiryDate.isValid() && r.stayExpiryDate < effective) {
        refuse(QStringLiteral("fields.stayExpiryDate"),
               QStringLiteral("在留期間の満了の日が異動日より前です。"));
    }
}

bool sameAddress(const ResidentRecord &a, const ResidentRecord &b)
{
    return a.townAreaCode == b.townAreaCode && a.addressNumber == b.addressNumber
           && a.addressSupplement == b.addressSupplement;
}

void checkJoinedAddress(const ResidentRecord &given, const ResidentRecord &household)
{
    if (!sameAddress(given, household))
        refuse(QStringLiteral("address"), QStringLiteral("入る世帯の住所と違います。"));
}

void checkNewAddress(const ResidentRecord &r, const ResidentRecord &place)
{
    if (sameAddress(r, place))
        refuse(QStringLiteral("address"), QStringLiteral("新しい住所が今の住所と同じです。"));
}

void checkHouseholder(qint64 householdNo, const QList<ResidentRecord> &members)
{
    if (members.isEmpty())
        return;
    const auto heads = std::count_if(members.begin(), members.end(),
                                     [](const ResidentRecord &r) { return r.isHouseholder(); });
    const QString field = QStringLiteral("householder");
    if (heads == 0) {
        refuse(field, QStringLiteral("世帯番号 %1 の世帯に世帯主がいなくなります。新しい世帯主と続柄を"
                                     "入力してください。").arg(householdNo));
    }
    if (heads > 1) {
        refuse(field, QStringLiteral("世帯番号 %1 の世帯に世帯主が%2人になります。続柄を見直してください。")
                          .arg(householdNo).arg(heads));
    }
}

void checkNewHouseholder(qint64 next, qint64 previous)
{
    if (next == 0 || next == previous) {
        refuse(QStringLiteral("relationships"),
               QStringLiteral("新しい世帯主（続柄 02）を今の世帯主以外から指定してください。"));
    }
}

void checkSplit(qsizetype leaving, qsizetype members)
{
    if (leaving == 0)
        refuse(QStringLiteral("partyNos"), QStringLiteral("新しい世帯に移る人を指定してください。"));
    if (leaving >= members)
        refuse(QStringLiteral("partyNos"), QStringLiteral("世帯員全員を分離することはできません。"));
}

void checkMergeTarget(qint64 from, qint64 to)
{
    if (to == from)
        refuse(QStringLiteral("toHouseholdNo"), QStringLiteral("同じ世帯には合併できません。"));
}

void checkMergeMember(const ResidentRecord &member, const ResidentRecord &target,
                      const QList<qint64> &restated)
{
    if (!sameAddress(member, target)) {
        refuse(QStringLiteral("toHouseholdNo"),
               QStringLiteral("住所の違う世帯とは合併できません（転居として届け出てください）。"));
    }
    // Their 続柄 was to their own 世帯主: each needs one to the new 世帯主.
    if (!restated.contains(member.partyNo)) {
        refuse(QStringLiteral("relationships"),
               QStringLiteral("宛名番号 %1 の人の、合併先の世帯主との続柄を入力してください。")
                   .arg(member.partyNo));
    }
}

} // namespace kikan::resident
