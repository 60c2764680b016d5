// Issuing a resident certificate (certificateissue.h): the rules of certificaterules.h applied,
// the records as of the date, 支援措置 (protection.h), then the PDF, the certificate_issues row and
// the 印刷ログ entry in one transaction.
#include "certificateissue.h"

#include "certificate/certificatelog.h"
#include "protection.h"
#include "residentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/document/documentsigner.h"
#include "server/store/database.h"
#include "shared/api/resident/errors.h"
#include "shared/forms/pagedigest.h"

#include <QCryptographicHash>

namespace kikan::resident {

namespace {

// A preview's 発行番号 field (the renderer needs ASCII for the barcode); no number is taken.
const char kPreviewSerial[] = "SAMPLE";
// The page values the layouts print: the verification code's QR (issued certificates) and the
// 見本 mark (previews) — resources/forms/resident-*.json.
const char kVerificationKey[] = "verification";
const char kSampleKey[] = "sample";

QString partySubject(qint64 partyNo) { return QStringLiteral("party:%1").arg(partyNo); }

// The rules of certificaterules.h, in the order the API has always answered them.
void checkInput(const CertificateIssueInput &in, const core::Actor &actor, QDate today)
{
    throwIf(targetRefusal(in.request.kind, in.target));
    throwIf(asOfRefusal(in.asOf, today));
    throwIf(optionsRefusal(in.request.options, actor));
    throwIf(requesterRefusal(in.requester));
}

// 世帯連記式 and 転出証明書: the household's residents (転出者), all or those asked for.
QList<ResidentRecord> householdRecords(QSqlDatabase db, CertificateIssueInput &in)
{
    const bool moveOut = in.request.kind == CertificateKind::MoveOutCertificate;
    CertificateTarget &t = in.target;
    if (t.householdNo == 0) {
        const auto p = moveOut ? latestRecord(db, t.partyNo) : recordAsOf(db, t.partyNo, in.asOf);
        t.householdNo = p ? p->householdNo : 0;
    }
    const MemberSelection selection = selectMembers(
        moveOut ? householdLatest(db, t.householdNo) : householdAsOf(db, t.householdNo, in.asOf),
        moveOut, t.partyNos);
    throwIf(selectionRefusal(selection, t.partyNos, t.householdNo, moveOut));
    in.request.options.wholeHousehold = selection.wholeHousehold();
    if (moveOut && !selection.printed.isEmpty())
        in.request.moveOutDate = selection.printed.first().validFrom;
    return selection.printed;
}

// 個人票, 記載事項証明書, 除票: the person's rows as of the date, with the 世帯主's name.
QList<ResidentRecord> personRecords(QSqlDatabase db, CertificateIssueInput &in)
{
    const QList<ResidentRecord> out = rowsAsOf(history(db, in.target.partyNo), in.asOf);
    if (!out.isEmpty()) {
        for (const ResidentRecord &m : householdAsOf(db, out.last().householdNo, in.asOf)) {
            if (m.isHouseholder())
                in.request.householderName = m.fullName();
        }
    }
    return out;
}

// The records printed, as of in.asOf (renderer contract in certificaterenderer.h).
QList<ResidentRecord> loadRecords(QSqlDatabase db, CertificateIssueInput &in)
{
    QList<ResidentRecord> out = certifiesOnePerson(in.request.kind) ? personRecords(db, in)
                                                                    : householdRecords(db, in);
    if (out.isEmpty())
        throw core::Failure(api::err::CertificateNoRecords);
    clearUnrequested(out, in.request.options);
    if (in.target.partyNo == 0)
        in.target.partyNo = out.first().partyNo;
    return out;
}

// 支援措置 for everyone printed (each person once).
void checkProtection(core::ServerContext &ctx, const core::Actor &actor,
                     const CertificateIssueInput &in, const QList<ResidentRecord> &records)
{
    QList<qint64> done;
    for (const ResidentRecord &rec : records) {
        if (done.contains(rec.partyNo))
            continue;
        done.append(rec.partyNo);
        checkCertificateAccess(ctx, actor, rec.partyNo,
                               in.requester.relation == RequesterRelation::ThirdParty);
    }
}

// The renderer's refusal as an API error (its message as the detail).
[[noreturn]] void refuse(const core::Error &e)
{
    static const char *const known[] = {
        api::err::CertificateNoRecords, api::err::CertificateNotResident,
        api::err::CertificateNotRemoved, api::err::CertificateNoDestination,
        api::err::CertificateHistoryNotAllowed, api::err::CertificateMyNumberReason};
    for (const char *code : known) {
        if (e.code == QLatin1String(code))
            throw core::Failure(code, e.message);
    }
    throw core::Failure(api::err::CertificateCannotPrint,
                        QStringLiteral("%1（%2）").arg(e.message, e.code));
}

PreparedCertificate prepare(const CertificateRequest &request, const QList<ResidentRecord> &records)
{
    core::Result<PreparedCertificate> prepared = prepareCertificate(request, records);
    if (!prepared)
        refuse(prepared.error());
    return *prepared;
}

// Sets `key` to `value` on every page (the verification code, the 見本 mark).
void markPages(PreparedCertificate &prepared, const QString &key, const QString &value)
{
    for (forms::PageData &page : prepared.pages)
        page.values.insert(key, value);
}

RenderedCertificate draw(const PreparedCertificate &prepared)
{
    const QString title = prepared.pages.first().values.value(QStringLiteral("title"));
    core::Result<QByteArray> pdf = prepared.renderer.renderPdf(prepared.pages, {}, title);
    if (!pdf)
        refuse(pdf.error());
    return RenderedCertificate{*pdf, prepared.issued,
                               forms::pageSetOf(prepared.layoutPath, prepared.pages)};
}

RenderedCertificate preview(core::ServerContext &ctx, const core::Actor &actor,
                            CertificateIssueInput &in, const QList<ResidentRecord> &records)
{
    in.request.serialNumber = QString::fromLatin1(kPreviewSerial);
    PreparedCertificate prepared = prepare(in.request, records);
    markPages(prepared, QString::fromLatin1(kSampleKey), QStringLiteral("見本"));
    const RenderedCertificate rendered = draw(prepared);
    QJsonObject detail = certificatePrintLogEntry(rendered.issued).detail;
    detail.remove(QStringLiteral("serial"));
    ctx.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(CertificatePreviewEvent),
                     partySubject(in.target.partyNo), detail);
    return rendered;
}

CertificateIssueRow issueRow(const CertificateIssueInput &in, const RenderedCertificate &done,
                             const core::Actor &actor)
{
    CertificateIssueRow row;
    row.serial = in.request.serialNumber;
    row.kind = certificateKindName(in.request.kind);
    row.partyNo = in.target.partyNo;
    row.householdNo = in.target.householdNo;
    row.partyNos = done.issued.partyNos;
    row.options = recordedOptions(in.request.options);
    row.requester = recordedRequester(in.requester);
    row.asOfDate = core::isoDate(in.asOf);
    row.issueDate = core::isoDate(in.request.issueDate);
    row.issuedBy = actor.userId;
    row.issuedByLogin = actor.loginId;
    row.pageCount = done.issued.pageCount;
    row.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(done.pdf, QCryptographicHash::Sha256).toHex());
    return row;
}

// Takes the 発行番号, renders, records the row and the 印刷ログ entry in one transaction: a failed
// render takes no number.
RenderedCertificate issue(core::ServerContext &ctx, const core::Actor &actor,
                          CertificateIssueInput &in, const QList<ResidentRecord> &records)
{
    store::Transaction tx(ctx.database);
    const qint64 number = nextNumber(tx.db(), QStringLiteral("certificate_serial"));
    in.request.serialNumber = QStringLiteral("%1").arg(number, 8, 10, QChar(u'0'));
    PreparedCertificate prepared = prepare(in.request, records);
    // The verification code signs what the pages say (all but the code itself).
    const QString code = ctx.services.get<document::DocumentSigner>().sign(
        {in.request.serialNumber, certificateKindName(in.request.kind), in.request.issueDate,
         forms::pagesDigest(prepared.pages, {QString::fromLatin1(kVerificationKey)})});
    markPages(prepared, QString::fromLatin1(kVerificationKey), code);
    const RenderedCertificate rendered = draw(prepared);
    CertificateIssueRow row = issueRow(in, rendered, actor);
    row.issuedAt = core::timestamp(ctx.clock.now());
    insertCertificateIssue(tx.db(), row);
    // The 印刷ログ entry commits with the row: no certificate leaves without both.
    audit::AuditEntry e = certificatePrintLogEntry(
        rendered.issued, audit::AuditEntry::forActor(actor, audit::LogKind::Print, {}));
    e.detail.insert(QStringLiteral("requester"), row.requester.value(u"relation"));
    e.detail.insert(QStringLiteral("sha256"), row.sha256);
    ctx.audit.append(e, tx);
    tx.commit();
    return rendered;
}

// The input an issued certificate was made from (its certificate_issues row), to print it again.
CertificateIssueInput inputOf(const CertificateIssueRow &row)
{
    CertificateIssueInput in;
    for (CertificateKind k : {CertificateKind::HouseholdCopy, CertificateKind::IndividualCopy,
                              CertificateKind::EntryCertificate, CertificateKind::RemovedCopy,
                              CertificateKind::MoveOutCertificate}) {
        if (certificateKindName(k) == row.kind)
            in.request.kind = k;
    }
    const QJsonObject &o = row.options;
    CertificateOptions &opt = in.request.options;
    opt.registeredDomicile = o.value(u"registeredDomicile").toBool();
    opt.relationship = o.value(u"relationship").toBool();
    opt.residentRecordCode = o.value(u"residentRecordCode").toBool();
    opt.myNumber = o.value(u"myNumber").toBool();
    opt.myNumberReason = o.value(u"myNumberReason").toString();
    opt.previousAddress = o.value(u"previousAddress").toBool();
    opt.history = o.value(u"history").toBool();
    in.target = {row.partyNo, row.householdNo, row.partyNos};
    in.requester.relation = requesterRelationFromName(row.requester.value(u"relation").toString())
                                .value_or(RequesterRelation::Self);
    in.requester.name = row.requester.value(u"name").toString();
    in.requester.reason = row.requester.value(u"reason").toString();
    in.asOf = QDate::fromString(row.asOfDate, Qt::ISODate);
    in.request.issueDate = QDate::fromString(row.issueDate, Qt::ISODate);
    in.request.serialNumber = row.serial;
    return in;
}

} // namespace

RenderedCertificate reprintCertificate(core::ServerContext &ctx, const core::Actor &actor,
                                       const QString &serial, const QString &reason)
{
    const QString why = reason.trimmed();
    const QString subject = QStringLiteral("certificate:%1").arg(serial.left(20));
    try {
        if (why.isEmpty() || why.size() > 200) {
            throw core::Failure::invalidField(QStringLiteral("reason"),
                                              QStringLiteral("再印刷の理由を 200 文字以内で入力してください。"));
        }
        const std::optional<CertificateIssueRow> row =
            certificateIssue(ctx.database.connection(), serial);
        if (!row)
            throw core::Failure(api::err::CertificateNotFound);
        CertificateIssueInput in = inputOf(*row);
        throwIf(optionsRefusal(in.request.options, actor));
        const QList<ResidentRecord> records = loadRecords(ctx.database.connection(), in);
        checkProtection(ctx, actor, in, records);
        in.request.town = certificateTown();
        PreparedCertificate prepared = prepare(in.request, records);
        const QString code = ctx.services.get<document::DocumentSigner>().signAgain(
            {row->serial, row->kind, in.request.issueDate,
             forms::pagesDigest(prepared.pages, {QString::fromLatin1(kVerificationKey)})});
        markPages(prepared, QString::fromLatin1(kVerificationKey), code);
        const RenderedCertificate rendered = draw(prepared);
        ctx.audit.record(actor, audit::LogKind::Print, QString::fromLatin1(CertificateReprintEvent),
                         partySubject(row->partyNo),
                         {{QStringLiteral("serial"), row->serial},
                          {QStringLiteral("kind"), row->kind},
                          {QStringLiteral("reason"), audit::maskText(why)},
                          {QStringLiteral("pageCount"), rendered.issued.pageCount}});
        return rendered;
    } catch (const core::Failure &error) {
        ctx.audit.record(actor, audit::LogKind::Print, QString::fromLatin1(CertificateReprintEvent),
                         subject, {{QStringLiteral("error"), error.code()}}, false);
        throw;
    }
}

RenderedCertificate issueCertificate(core::ServerContext &ctx, const core::Actor &actor,
                                     CertificateIssueInput in)
{
    try {
        const QDate today = core::processingDate(ctx.clock);
        if (!in.asOf.isValid())
            in.asOf = today;
        checkInput(in, actor, today);
        const QList<ResidentRecord> records = loadRecords(ctx.database.connection(), in);
        checkProtection(ctx, actor, in, records);
        in.request.issueDate = today;
        in.request.town = certificateTown();
        return in.preview ? preview(ctx, actor, in, records) : issue(ctx, actor, in, records);
    } catch (const core::Failure &error) {
        recordIssueRefusal(ctx, actor, in, error);
        throw;
    }
}

void recordIssueRefusal(core::ServerContext &ctx, const core::Actor &actor,
                        const CertificateIssueInput &in, const core::Failure &failure)
{
    // A refusal is in the print log under the same event (X-Road style: success = false).
    ctx.audit.record(
        actor, in.preview ? audit::LogKind::Access : audit::LogKind::Print,
        QString::fromLatin1(in.preview ? CertificatePreviewEvent : CertificateIssueEvent),
        in.target.partyNo ? partySubject(in.target.partyNo) : QStringLiteral("certificate"),
        {{QStringLiteral("kind"), certificateKindName(in.request.kind)},
         {QStringLiteral("error"), failure.code()}},
        false);
}

CertificateIssueRow certificateIssueRecord(core::ServerContext &ctx, const core::Actor &actor,
                                           const QString &serial)
{
    const std::optional<CertificateIssueRow> row =
        certificateIssue(ctx.database.connection(), serial);
    ctx.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(CertificateRecordEvent),
                     QStringLiteral("certificate:%1").arg(serial.left(20)), {}, row.has_value());
    if (!row)
        throw core::Failure(api::err::CertificateNotFound);
    return *row;
}

} // namespace kikan::resident
