// 口座振替 request and result files against the ledger (directdebit.h).
#include "directdebit.h"

#include "events.h"
#include "ledger.h"
#include "reconciler.h"
#include "server/audit/auditlog.h"
#include "server/bank_account/bankdirectory.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/revenue/freefield.h"
#include "shared/revenue/resource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <stdexcept>

namespace kikan::revenue {

core::Result<QByteArray> debitRequestFile(const RevenueLedger &ledger, const DebitHeader &header,
                                          const QHash<qint64, DebitAccount> &accounts, bool crlf)
{
    DebitFile file{header, {}};
    for (const assessment::Assessment &a : ledger.owedOn(header.debitDate)) {
        const auto account = accounts.constFind(a.input.partyNo);
        if (account == accounts.constEnd() || a.input.noticeNo.isEmpty())
            continue;
        file.records.append({account->bankCode, account->bankName, account->branchCode,
                             account->branchName, account->accountType, account->accountNo,
                             account->holderName, a.outstanding(), account->firstDebit ? 1 : 0,
                             normalizedNoticeNo(a.input.noticeNo), 0});
    }
    return writeDebitFile(file, crlf);
}

DebitHeader consignorHeader(const QDate &debitDate)
{
    const QJsonObject o = QJsonDocument::fromJson(revenueResource(QStringLiteral("direct-debit-consignor.json"))).object();
    const auto &banks = bank_account::BankDirectory::builtIn();
    const QString bankCode = o.value(QStringLiteral("bankCode")).toString();
    const QString branchCode = o.value(QStringLiteral("branchCode")).toString();
    const auto bank = banks.bank(bankCode);
    const auto branch = banks.branch(bankCode, branchCode);
    if (!bank || !branch)
        throw std::runtime_error("direct-debit-consignor.json: the bank or branch is not in the zengin-code master");
    return {o.value(QStringLiteral("consignorCode")).toString(), o.value(QStringLiteral("consignorName")).toString(),
            debitDate, bankCode, bank_account::zenginName(bank->kana), branchCode,
            bank_account::zenginName(branch->kana), o.value(QStringLiteral("accountType")).toInt(1),
            o.value(QStringLiteral("accountNo")).toString()};
}

DebitRequest createDebitRequest(core::ServerContext &context, const RevenueLedger &ledger,
                                const QDate &debitDate, bool dryRun, const core::Actor &actor)
{
    const auto &accounts = context.services.get<bank_account::DebitAccounts>();
    const QHash<qint64, DebitAccount> inForce = accounts.debitAccountsOn(debitDate);
    const bool crlf = QJsonDocument::fromJson(revenueResource(QStringLiteral("direct-debit-consignor.json")))
                          .object().value(QStringLiteral("crlf")).toBool(true);
    const auto bytes = debitRequestFile(ledger, consignorHeader(debitDate), inForce, crlf);
    if (!bytes)
        throw core::Failure(bytes.error());
    const ParsedDebitFile read = parseDebitFile(*bytes, debitResultCodes(), debitDate);
    DebitRequest out{*bytes, QStringLiteral("furikae-irai-%1.txt").arg(debitDate.toString(QStringLiteral("yyyyMMdd"))),
                     read.trailer.count, read.trailer.amount};
    if (dryRun)
        return out;
    QList<qint64> requested;
    for (const assessment::Assessment &a : ledger.owedOn(debitDate)) {
        if (inForce.contains(a.input.partyNo) && !a.input.noticeNo.isEmpty())
            requested.append(inForce.value(a.input.partyNo).accountId);
    }
    store::Transaction tx(context.database);
    accounts.markRequested(tx.db(), requested, debitDate);
    context.audit.append(audit::AuditEntry::about(
                             actor, audit::LogKind::Operation, QString::fromLatin1(event::DebitRequest),
                             QStringLiteral("debit:%1").arg(core::isoDate(debitDate)),
                             QJsonObject{{QStringLiteral("debitDate"), core::isoDate(debitDate)},
                                         {QStringLiteral("count"), out.count},
                                         {QStringLiteral("total"), out.total.yen()}}),
                         tx);
    tx.commit();
    return out;
}

DebitImportResult importDebitResult(core::ServerContext &context, Reconciler &reconciler,
                                    RevenueLedger &ledger, const QString &fileName,
                                    const QByteArray &bytes, bool dryRun, const core::Actor &actor)
{
    const ParsedDebitFile read = parseDebitFile(bytes, debitResultCodes(),
                                                core::processingDate(context.clock));
    ParsedFile parsed;
    DebitImportResult out;
    for (const RecordError &e : read.errors)
        parsed.errors.append({e.recordNo, e.message});
    const QDate debitDate = read.file.header.debitDate;
    QStringList failed; // their 調定 read at once
    for (const DebitRecord &r : read.file.records) {
        if (r.resultCode != 0)
            failed.append(r.customerNo);
    }
    const QHash<QString, assessment::Assessment> targets =
        ledger.findByNotices(context.database.connection(), failed);
    for (qsizetype i = 0; i < read.file.records.size(); ++i) {
        const DebitRecord &r = read.file.records.at(i);
        const int recordNo = int(i + 2); // after the header
        if (r.resultCode != 0) {
            const auto target = targets.constFind(normalizedNoticeNo(r.customerNo));
            out.failures.append({recordNo, r.customerNo, target != targets.constEnd() ? target->id : 0,
                                 r.amount, r.resultCode, debitResultCodes().value(r.resultCode)});
            continue;
        }
        ReceiptLine line;
        line.lineNo = recordNo;
        line.paidOn = debitDate;
        line.amount = r.amount;
        line.noticeNo = r.customerNo;
        line.reference = r.customerNo + u':' + core::isoDate(debitDate);
        parsed.lines.append(line);
    }
    const QString createdAt = core::timestampNow(context.clock);
    out.import = reconciler.importFile(
        QString::fromLatin1(channel::DirectDebit), fileName, bytes, parsed, dryRun, actor,
        [&](QSqlDatabase db, qint64 importId) {
            for (const DebitFailure &f : out.failures)
                store::exec(db,
                            QStringLiteral("INSERT INTO revenue_debit_failures (import_id, "
                                           "record_no, customer_no, assessment_id, amount, "
                                           "result_code, debit_date, created_at) VALUES "
                                           "(?, ?, ?, ?, ?, ?, ?, ?)"),
                            {importId, f.recordNo, f.customerNo,
                             f.assessmentId > 0 ? QVariant(f.assessmentId)
                                                : QVariant(QMetaType(QMetaType::LongLong)),
                             f.amount.yen(), f.resultCode, core::isoDate(debitDate), createdAt});
        });
    if (out.import.alreadyImported)
        out.failures = debitFailuresOf(context.database.connection(), out.import.importId);
    if (!out.import.errors.isEmpty())
        out.failures.clear();
    return out;
}

QList<DebitFailure> debitFailuresOf(QSqlDatabase db, qint64 importId)
{
    QSqlQuery q = store::exec(db,
                              QStringLiteral("SELECT record_no, customer_no, assessment_id, amount, "
                                             "result_code FROM revenue_debit_failures WHERE "
                                             "import_id = ? ORDER BY record_no"), {importId});
    QList<DebitFailure> out;
    while (q.next()) {
        store::RowReader row(q);
        DebitFailure f;
        f.recordNo = row.integer();
        f.customerNo = row.text();
        f.assessmentId = row.id();
        f.amount = core::Money::ofYen(row.id());
        f.resultCode = row.integer();
        f.resultName = debitResultCodes().value(f.resultCode);
        out.append(f);
    }
    return out;
}

} // namespace kikan::revenue
