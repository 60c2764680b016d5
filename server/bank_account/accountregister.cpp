// 口座管理's service (accountregister.h): transactions, the checks that need the store, the log.
#include "accountregister.h"

#include "accountstore.h"
#include "events.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/bank_account/errors.h"

namespace kikan::bank_account {

namespace {
QJsonObject detailOf(const AccountInput &in)
{
    return {{QStringLiteral("bankCode"), in.bankCode},
            {QStringLiteral("branchCode"), in.branchCode},
            {QStringLiteral("accountType"), in.accountType},
            {QStringLiteral("startsOn"), core::isoDate(in.startsOn)}};
}

void endOne(QSqlDatabase db, const Account &a, int version, const QDate &endsOn, const QString &reason,
            const QString &now, const core::Actor &actor)
{
    if (endsOn < a.fields.startsOn || (a.fields.endsOn.isValid() && a.fields.endsOn <= endsOn)) {
        throw core::Failure(api::err::BankAccountState,
                            QStringLiteral("振替終了日は開始日（%1）以後で、今の終了日より前の日にしてください。")
                                .arg(core::isoDate(a.fields.startsOn)));
    }
    if (!bank_account::endAccount(db, a.id, version, endsOn, reason, now, actor.userId))
        throw core::Failure(api::err::BankAccountConflict);
}
} // namespace

AccountRegister::AccountRegister(core::ServerContext &context, const BankDirectory &banks)
    : m_context(context), m_banks(banks)
{
}

void AccountRegister::log(const core::Actor &actor, const char *event, qint64 partyNo,
                          QJsonObject detail, const QString &error) const
{
    if (!error.isEmpty())
        detail.insert(QStringLiteral("error"), error);
    m_context.audit.record(actor, audit::LogKind::Operation, QString::fromLatin1(event),
                           QStringLiteral("party:%1").arg(partyNo), detail, error.isEmpty());
}

Account AccountRegister::registerAccount(const AccountInput &input, const Replaces &replaces,
                                         const core::Actor &actor)
{
    qint64 id = 0;
    try {
        const AccountInput in = checkedInput(input, m_banks);
        store::Transaction tx(m_context.database);
        const QString now = core::timestampNow(m_context.clock);
        if (replaces.id) {
            const auto old = accountById(tx.db(), replaces.id);
            if (!old || old->fields.partyNo != in.partyNo)
                throw core::Failure(api::err::BankAccountNotFound);
            endOne(tx.db(), *old, replaces.version, in.startsOn.addDays(-1),
                   QStringLiteral("口座変更"), now, actor);
        }
        for (const Account &other : accountsOfParty(tx.db(), in.partyNo, in.purpose)) {
            if (other.id != replaces.id && periodsOverlap(other.fields, in))
                throw core::Failure(api::err::BankAccountOverlap);
        }
        id = insertAccount(tx.db(), in, now, actor.userId);
        tx.commit();
    } catch (const core::Failure &e) {
        log(actor, event::Register, input.partyNo, detailOf(input), e.code());
        throw;
    }
    QJsonObject detail = detailOf(input);
    detail.insert(QStringLiteral("accountId"), id);
    log(actor, event::Register, input.partyNo, detail, {});
    return *accountById(m_context.database.connection(), id);
}

Account AccountRegister::endAccount(qint64 id, int version, const QDate &endsOn, const QString &reason,
                                    const core::Actor &actor)
{
    QSqlDatabase db = m_context.database.connection();
    const auto found = accountById(db, id);
    const QJsonObject detail{{QStringLiteral("accountId"), id}, {QStringLiteral("endsOn"), core::isoDate(endsOn)}};
    try {
        if (!found)
            throw core::Failure(api::err::BankAccountNotFound);
        if (!endsOn.isValid())
            throw core::Failure::invalidField(QStringLiteral("endsOn"), QStringLiteral("振替終了日がありません。"));
        store::Transaction tx(m_context.database);
        endOne(tx.db(), *found, version, endsOn, reason, core::timestampNow(m_context.clock), actor);
        tx.commit();
    } catch (const core::Failure &e) {
        log(actor, event::End, found ? found->fields.partyNo : 0, detail, e.code());
        throw;
    }
    log(actor, event::End, found->fields.partyNo, detail, {});
    return *accountById(db, id);
}

QList<Account> AccountRegister::accountsOf(qint64 partyNo, const core::Actor &actor) const
{
    const QList<Account> out = accountsOfParty(m_context.database.connection(), partyNo,
                                               QString::fromLatin1(purpose::DirectDebit));
    m_context.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::View),
                           QStringLiteral("party:%1").arg(partyNo));
    return out;
}

QHash<qint64, DebitAccount> AccountRegister::debitAccountsOn(const QDate &debitDate) const
{
    QHash<qint64, DebitAccount> out;
    for (const Account &a : accountsInForce(m_context.database.connection(),
                                            QString::fromLatin1(purpose::DirectDebit), debitDate)) {
        const AccountInput &f = a.fields;
        const auto bank = m_banks.bank(f.bankCode);
        const auto branch = m_banks.branch(f.bankCode, f.branchCode);
        out.insert(f.partyNo, DebitAccount{f.bankCode, bank ? zenginName(bank->kana) : QString(),
                                           f.branchCode, branch ? zenginName(branch->kana) : QString(),
                                           f.accountType, f.accountNo, f.holderKana,
                                           !a.firstRequestedOn.isValid() || a.firstRequestedOn == debitDate,
                                           a.id});
    }
    return out;
}

void AccountRegister::markRequested(QSqlDatabase db, const QList<qint64> &accountIds,
                                    const QDate &debitDate) const
{
    markFirstRequested(db, accountIds, debitDate);
}

} // namespace kikan::bank_account
