// The checks of a 口座振替 registration (account.h).
#include "account.h"

#include "server/core/failure.h"
#include "shared/api/bank_account/errors.h"
#include "shared/text/zengin.h"

namespace kikan::bank_account {

namespace {
bool digitsOnly(const QString &s)
{
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

QString zeroFilled(const QString &field, const QString &value, int width, const QString &label)
{
    if (!digitsOnly(value) || value.size() > width) {
        throw core::Failure::invalidField(field, QStringLiteral("%1は%2桁までの数字で入力してください。")
                                                     .arg(label).arg(width));
    }
    return value.rightJustified(width, u'0');
}
} // namespace

AccountInput checkedInput(AccountInput in, const BankDirectory &banks)
{
    if (in.partyNo <= 0)
        throw core::Failure::invalidField(QStringLiteral("partyNo"), QStringLiteral("宛名番号がありません。"));
    if (in.purpose != QLatin1String(purpose::DirectDebit))
        throw core::Failure::invalidField(QStringLiteral("purpose"), QStringLiteral("口座の用途が正しくありません。"));
    in.bankCode = zeroFilled(QStringLiteral("bankCode"), in.bankCode, 4, QStringLiteral("金融機関コード"));
    in.branchCode = zeroFilled(QStringLiteral("branchCode"), in.branchCode, 3, QStringLiteral("店舗コード"));
    in.accountNo = zeroFilled(QStringLiteral("accountNo"), in.accountNo, 7, QStringLiteral("口座番号"));
    if (!banks.bank(in.bankCode)) {
        throw core::Failure(api::err::BankAccountBank,
                            QStringLiteral("金融機関コード %1 は全銀の金融機関マスタ（%2）にありません。")
                                .arg(in.bankCode, banks.version()));
    }
    if (!banks.branch(in.bankCode, in.branchCode)) {
        throw core::Failure(api::err::BankAccountBank,
                            QStringLiteral("金融機関 %1 に店舗コード %2 はありません。")
                                .arg(in.bankCode, in.branchCode));
    }
    if (in.accountType != 1 && in.accountType != 2 && in.accountType != 3 && in.accountType != 9) {
        throw core::Failure::invalidField(QStringLiteral("accountType"),
                                          QStringLiteral("預金種目は 1 普通、2 当座、3 納税準備、9 その他 のどれかです。"));
    }
    text::ZenginFailure where;
    const auto holder = text::toZenginKana(in.holderKana.trimmed(), &where);
    if (!holder) {
        throw core::Failure(api::err::BankAccountHolder,
                            QStringLiteral("口座名義（カナ）の%1文字目「%2」は全銀で使えない文字です。")
                                .arg(where.position).arg(where.character));
    }
    if (holder->isEmpty())
        throw core::Failure::invalidField(QStringLiteral("holderKana"), QStringLiteral("口座名義（カナ）がありません。"));
    if (holder->size() > 30) {
        throw core::Failure(api::err::BankAccountHolder,
                            QStringLiteral("口座名義（カナ）は全銀の半角で30文字までです（%1文字）。")
                                .arg(holder->size()));
    }
    in.holderKana = *holder;
    if (!in.startsOn.isValid())
        throw core::Failure::invalidField(QStringLiteral("startsOn"), QStringLiteral("振替開始日がありません。"));
    if (in.endsOn.isValid() && in.endsOn < in.startsOn)
        throw core::Failure::invalidField(QStringLiteral("endsOn"), QStringLiteral("振替終了日が開始日より前です。"));
    return in;
}

bool periodsOverlap(const AccountInput &a, const AccountInput &b)
{
    const bool aBeforeB = a.endsOn.isValid() && a.endsOn < b.startsOn;
    const bool bBeforeA = b.endsOn.isValid() && b.endsOn < a.startsOn;
    return !aBeforeB && !bBeforeA;
}

} // namespace kikan::bank_account
