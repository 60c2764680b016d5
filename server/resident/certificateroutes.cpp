// 証明書の発行 routes (certificateroutes.h): the request read and checked (法第12条第5項 items only
// on request, 個人番号 only with the right and a reason, 支援措置 for every person printed and never
// to a 第三者), the records as of the date, then the PDF with its 発行番号 and certificate_issues row
// in one transaction and the 印刷ログ entry.
#include "certificateroutes.h"

#include "certificate/certificatelog.h"
#include "certificate/certificaterenderer.h"
#include "changewriter.h"
#include "events.h"
#include "personinput.h"
#include "protection.h"
#include "residentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/errors.h"
#include "shared/api/resident/paths.h"
#include "shared/api/errorcode.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kikan::resident {

namespace {

struct KindName {
    const char *api;
    CertificateKind kind;
};
const KindName kKinds[] = {
    {"household", CertificateKind::HouseholdCopy},
    {"individual", CertificateKind::IndividualCopy},
    {"entries_certificate", CertificateKind::EntryCertificate},
    {"removed", CertificateKind::RemovedCopy},
    {"move_out", CertificateKind::MoveOutCertificate},
};

// A preview's 発行番号 field (the renderer needs ASCII for the barcode); no number is taken.
const char kPreviewSerial[] = "SAMPLE";

struct IssueInput {
    CertificateRequest request;
    bool thirdParty = false;
    QJsonObject requester; // as recorded: relation, name, reason, purpose (masked)
    QDate asOf;
    qint64 partyNo = 0;
    qint64 householdNo = 0;
    QList<qint64> partyNos; // 世帯の一部 / several 転出者
    bool preview = false;
};

bool flag(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toBool(); }

IssueInput readInput(core::ServerContext &ctx, const http::Request &r)
{
    const QJsonObject body = r.jsonObject();
    IssueInput in;
    const QString kind = readText(body, QStringLiteral("kind"), {}, true, 40);
    const auto k = std::find_if(std::begin(kKinds), std::end(kKinds),
                                [&](const KindName &n) { return kind == QLatin1String(n.api); });
    if (k == std::end(kKinds)) {
        throw core::Failure::invalidField(
            QStringLiteral("kind"), QStringLiteral("証明書の種類 %1 はありません（household, "
                                                   "individual, entries_certificate, removed, "
                                                   "move_out）。").arg(kind));
    }
    in.request.kind = k->kind;
    in.partyNo = readNumber(body, QStringLiteral("partyNo"), {}, false);
    in.householdNo = readNumber(body, QStringLiteral("householdNo"), {}, false);
    in.partyNos = partyNoList(body, QStringLiteral("partyNos"));
    const bool byPerson = in.request.kind == CertificateKind::IndividualCopy
                          || in.request.kind == CertificateKind::EntryCertificate
                          || in.request.kind == CertificateKind::RemovedCopy;
    if (byPerson ? in.partyNo == 0 : (in.partyNo == 0 && in.householdNo == 0)) {
        throw core::Failure::invalidField(
            byPerson ? QStringLiteral("partyNo") : QStringLiteral("householdNo"),
            QStringLiteral("証明する方の宛名番号か世帯番号を指定してください。"));
    }
    const QDate today = core::processingDate(ctx.clock);
    in.asOf = readDate(body, QStringLiteral("date"), {}, false);
    if (!in.asOf.isValid())
        in.asOf = today;
    if (in.asOf > today) {
        throw core::Failure::invalidField(QStringLiteral("date"),
                                           QStringLiteral("今日より後の日付では証明できません。"));
    }
    in.preview = flag(body, "preview");

    const QJsonObject o = body.value(QStringLiteral("options")).toObject();
    CertificateOptions &opt = in.request.options;
    opt.registeredDomicile = flag(o, "registeredDomicile");
    opt.relationship = flag(o, "relationship");
    opt.residentRecordCode = flag(o, "residentRecordCode");
    opt.myNumber = flag(o, "myNumber");
    opt.myNumberReason = readText(o, QStringLiteral("myNumberReason"), QStringLiteral("options"),
                                  false, 200);
    opt.previousAddress = flag(o, "previousAddress");
    opt.history = flag(o, "history");
    if (opt.myNumber && !r.who().has(QStringLiteral("resident"), QStringLiteral("my_number"))) {
        throw core::Failure(api::err::ResidentMyNumberForbidden,
                             QStringLiteral("個人番号を記載する権限（resident:my_number）が"
                                            "ありません。"));
    }
    if (opt.myNumber && opt.myNumberReason.isEmpty())
        throw core::Failure(api::err::CertificateMyNumberReason);

    const QJsonObject who = body.value(QStringLiteral("requester")).toObject();
    const QString relation = readText(who, QStringLiteral("relation"),
                                      QStringLiteral("requester"), true, 20);
    if (relation != u"self" && relation != u"household" && relation != u"third_party") {
        throw core::Failure::invalidField(QStringLiteral("requester.relation"),
                                           QStringLiteral("self（本人）, household（同一世帯）, "
                                                          "third_party（第三者）のどれかです。"));
    }
    in.thirdParty = relation == u"third_party";
    // 法第12条の3: a 第三者 states why the certificate is needed.
    const QString reason = readText(who, QStringLiteral("reason"), QStringLiteral("requester"),
                                    in.thirdParty, 400);
    in.requester = {{QStringLiteral("relation"), relation},
                    {QStringLiteral("name"), audit::maskText(readText(
                         who, QStringLiteral("name"), QStringLiteral("requester"), false, 100))},
                    {QStringLiteral("reason"), audit::maskText(reason)},
                    {QStringLiteral("purpose"), audit::maskText(readText(
                         body, QStringLiteral("purpose"), {}, false, 400))}};
    return in;
}

bool isResident(const ResidentRecord &r) { return r.status == ResidentStatus::Resident; }

// The records printed, as of in.asOf (renderer contract in certificaterenderer.h).
QList<ResidentRecord> loadRecords(core::ServerContext &ctx, IssueInput &in)
{
    QSqlDatabase db = ctx.database.connection();
    const CertificateKind kind = in.request.kind;
    QList<ResidentRecord> out;
    if (kind == CertificateKind::HouseholdCopy || kind == CertificateKind::MoveOutCertificate) {
        const bool moveOut = kind == CertificateKind::MoveOutCertificate;
        if (in.householdNo == 0) {
            const auto p = moveOut ? latestRecord(db, in.partyNo)
                                   : recordAsOf(db, in.partyNo, in.asOf);
            in.householdNo = p ? p->householdNo : 0;
        }
        const QList<ResidentRecord> members = moveOut ? householdLatest(db, in.householdNo)
                                                      : householdAsOf(db, in.householdNo, in.asOf);
        int eligible = 0;
        for (const ResidentRecord &m : members) {
            if (moveOut == isResident(m))
                continue;
            ++eligible;
            if (in.partyNos.isEmpty() || in.partyNos.contains(m.partyNo))
                out.append(m);
        }
        if (out.size() != (in.partyNos.isEmpty() ? eligible : in.partyNos.size())) {
            throw core::Failure::invalidField(QStringLiteral("partyNos"),
                                               QStringLiteral("世帯 %1 の%2ではない方が含まれて"
                                                              "います。").arg(in.householdNo)
                                                   .arg(moveOut ? QStringLiteral("転出者")
                                                                : QStringLiteral("住民")));
        }
        in.request.options.wholeHousehold = out.size() == eligible;
        if (moveOut && !out.isEmpty())
            in.request.moveOutDate = out.first().validFrom;
    } else {
        for (const ResidentRecord &h : history(db, in.partyNo)) {
            if (h.supersededAt.isEmpty() && h.validFrom <= in.asOf)
                out.append(h);
        }
        if (!out.isEmpty()) {
            for (const ResidentRecord &m : householdAsOf(db, out.last().householdNo, in.asOf)) {
                if (m.isHouseholder())
                    in.request.householderName = m.fullName();
            }
        }
    }
    if (out.isEmpty())
        throw core::Failure(api::err::CertificateNoRecords);
    for (ResidentRecord &r : out) {
        if (!in.request.options.myNumber)
            r.myNumber.clear();
    }
    if (in.partyNo == 0)
        in.partyNo = out.first().partyNo;
    return out;
}

// 支援措置 (protection.h) for everyone printed: never to a 第三者; otherwise only with
// resident:protected. Both outcomes are in the access log.
void checkProtection(core::ServerContext &ctx, const http::Request &r, const IssueInput &in,
                     const QList<ResidentRecord> &records)
{
    QList<qint64> done;
    for (const ResidentRecord &rec : records) {
        if (done.contains(rec.partyNo))
            continue;
        done.append(rec.partyNo);
        if (in.thirdParty && isProtected(ctx, rec.partyNo, core::processingDate(ctx.clock))) {
            audit::AuditEntry e = audit::AuditEntry::forRequest(
                r, audit::LogKind::Access, QString::fromLatin1(event::ProtectedAccess));
            e.success = false;
            e.subject = QStringLiteral("party:%1").arg(rec.partyNo);
            e.detail = {{QStringLiteral("purpose"), QStringLiteral("certificate_third_party")},
                        {QStringLiteral("protected"), true}};
            ctx.audit.append(e);
            throw core::Failure(api::err::ResidentProtected,
                                 QStringLiteral("支援措置の対象者の証明書は、第三者の請求では"
                                                "交付できません。"));
        }
        checkProtectedAccess(ctx, r, rec.partyNo, QStringLiteral("certificate"));
    }
}

// The renderer's refusals as API errors (their message as the detail).
[[noreturn]] void throwRenderError(const core::Error &e)
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

QJsonObject optionsJson(const CertificateOptions &o)
{
    return {{QStringLiteral("registeredDomicile"), o.registeredDomicile},
            {QStringLiteral("relationship"), o.relationship},
            {QStringLiteral("residentRecordCode"), o.residentRecordCode},
            {QStringLiteral("myNumber"), o.myNumber},
            {QStringLiteral("myNumberReason"), audit::maskText(o.myNumberReason)},
            {QStringLiteral("previousAddress"), o.previousAddress},
            {QStringLiteral("history"), o.history},
            {QStringLiteral("wholeHousehold"), o.wholeHousehold}};
}

QString compact(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray())
                                          : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// Takes the 発行番号, renders, records the row and the 印刷ログ entry in one transaction: a failed
// render takes no number.
RenderedCertificate issue(core::ServerContext &ctx, const http::Request &r, IssueInput &in,
                          const QList<ResidentRecord> &records, QString *sha256)
{
    store::Transaction tx(ctx.database);
    const qint64 number = nextNumber(tx.db(), QStringLiteral("certificate_serial"));
    in.request.serialNumber = QStringLiteral("%1").arg(number, 8, 10, QChar(u'0'));
    const core::Result<RenderedCertificate> rendered = renderCertificatePdf(in.request, records);
    if (!rendered)
        throwRenderError(rendered.error());
    *sha256 = QString::fromLatin1(
        QCryptographicHash::hash(rendered->pdf, QCryptographicHash::Sha256).toHex());
    QJsonArray parties;
    for (qint64 p : rendered->issued.partyNos)
        parties.append(p);
    store::exec(tx.db(),
                QStringLiteral("INSERT INTO certificate_issues (serial, kind, party_no, "
                               "household_no, party_nos, options, requester, as_of_date, "
                               "issue_date, issued_at, issued_by, issued_by_login, page_count, "
                               "pdf_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {in.request.serialNumber, certificateKindName(in.request.kind), in.partyNo,
                 in.householdNo ? QVariant(in.householdNo)
                                : QVariant(QMetaType(QMetaType::LongLong)),
                 compact(parties), compact(optionsJson(in.request.options)),
                 compact(in.requester), core::isoDate(in.asOf), core::isoDate(in.request.issueDate),
                 core::timestamp(ctx.clock.now()), r.who().userId, r.who().loginId,
                 rendered->issued.pageCount, *sha256});
    // The 印刷ログ entry commits with the row: no certificate leaves without both.
    audit::AuditEntry e = certificatePrintLogEntry(
        rendered->issued, audit::AuditEntry::forRequest(r, audit::LogKind::Print, {}));
    e.detail.insert(QStringLiteral("requester"), in.requester.value(u"relation"));
    e.detail.insert(QStringLiteral("sha256"), *sha256);
    ctx.audit.append(e, tx);
    tx.commit();
    return *rendered;
}

http::Response issueCertificate(core::ServerContext &ctx, http::Request &r)
{
    IssueInput in;
    try {
        in = readInput(ctx, r);
        const QList<ResidentRecord> records = loadRecords(ctx, in);
        checkProtection(ctx, r, in, records);
        in.request.issueDate = core::processingDate(ctx.clock);
        in.request.town = certificateTown();
        if (in.preview) {
            in.request.serialNumber = QString::fromLatin1(kPreviewSerial);
            const core::Result<RenderedCertificate> rendered =
                renderCertificatePdf(in.request, records);
            if (!rendered)
                throwRenderError(rendered.error());
            audit::AuditEntry e = audit::AuditEntry::forRequest(
                r, audit::LogKind::Access, QString::fromLatin1(CertificatePreviewEvent));
            e.subject = QStringLiteral("party:%1").arg(in.partyNo);
            e.detail = certificatePrintLogEntry(rendered->issued).detail;
            e.detail.remove(QStringLiteral("serial"));
            ctx.audit.append(e);
            http::Response out = http::Response::pdf(rendered->pdf,
                                                     QStringLiteral("preview.pdf"));
            out.headers.append({"X-Kikan-Page-Count",
                                QByteArray::number(rendered->issued.pageCount)});
            return out;
        }
        QString sha256;
        const RenderedCertificate done = issue(ctx, r, in, records, &sha256);
        http::Response out = http::Response::pdf(done.pdf, done.issued.serialNumber
                                                               + QStringLiteral(".pdf"));
        out.headers.append({"X-Kikan-Certificate-Serial", done.issued.serialNumber.toLatin1()});
        out.headers.append({"X-Kikan-Page-Count", QByteArray::number(done.issued.pageCount)});
        return out;
    } catch (const core::Failure &error) {
        // A refusal is in the print log under the same event (X-Road style: success = false).
        audit::AuditEntry e = audit::AuditEntry::forRequest(
            r, in.preview ? audit::LogKind::Access : audit::LogKind::Print,
            QString::fromLatin1(in.preview ? CertificatePreviewEvent : CertificateIssueEvent));
        e.success = false;
        e.subject = in.partyNo ? QStringLiteral("party:%1").arg(in.partyNo)
                               : QStringLiteral("certificate");
        e.detail = {{QStringLiteral("kind"), certificateKindName(in.request.kind)},
                    {QStringLiteral("error"), error.code()}};
        ctx.audit.append(e);
        throw;
    }
}

QJsonObject issueRecord(core::ServerContext &ctx, http::Request &r)
{
    const QString serial = r.pathParams.value(QStringLiteral("serial"));
    QSqlQuery q = store::exec(
        ctx.database.connection(),
        QStringLiteral("SELECT kind, party_no, household_no, party_nos, options, requester, "
                       "as_of_date, issue_date, issued_at, issued_by, issued_by_login, "
                       "page_count, pdf_sha256 FROM certificate_issues WHERE serial = ?"),
        {serial});
    audit::AuditEntry e = audit::AuditEntry::forRequest(
        r, audit::LogKind::Access, QString::fromLatin1(CertificateRecordEvent));
    e.subject = QStringLiteral("certificate:%1").arg(serial.left(20));
    if (!q.next()) {
        e.success = false;
        ctx.audit.append(e);
        throw core::Failure(api::err::CertificateNotFound);
    }
    ctx.audit.append(e);
    auto json = [&](int i) { return QJsonDocument::fromJson(q.value(i).toByteArray()); };
    return {{QStringLiteral("serial"), serial},
            {QStringLiteral("kind"), q.value(0).toString()},
            {QStringLiteral("partyNo"), q.value(1).toLongLong()},
            {QStringLiteral("householdNo"),
             q.value(2).isNull() ? QJsonValue() : QJsonValue(q.value(2).toLongLong())},
            {QStringLiteral("partyNos"), json(3).array()},
            {QStringLiteral("options"), json(4).object()},
            {QStringLiteral("requester"), json(5).object()},
            {QStringLiteral("date"), q.value(6).toString()},
            {QStringLiteral("issueDate"), q.value(7).toString()},
            {QStringLiteral("issuedAt"), q.value(8).toString()},
            {QStringLiteral("issuedBy"), QJsonObject{{QStringLiteral("userId"),
                                                      q.value(9).toLongLong()},
                                                     {QStringLiteral("loginId"),
                                                      q.value(10).toString()}}},
            {QStringLiteral("pageCount"), q.value(11).toInt()},
            {QStringLiteral("sha256"), q.value(12).toString()}};
}

} // namespace

void registerCertificateRoutes(core::ServerContext &ctx, http::Router &router)
{
    const http::Access issueRight = http::Access::right(QStringLiteral("resident"),
                                                        QStringLiteral("issue"));
    const QString path = QString::fromLatin1(api::path::ResidentCertificates);
    router.add({QStringLiteral("POST"), path, issueRight,
                QString::fromLatin1(CertificateIssueEvent),
                [&ctx](http::Request &r) { return issueCertificate(ctx, r); }, true});
    router.add({QStringLiteral("GET"), path + QStringLiteral("/{serial}"), issueRight,
                QString::fromLatin1(CertificateRecordEvent), [&ctx](http::Request &r) {
        return http::Response::json(issueRecord(ctx, r));
    }, true});
}

} // namespace kikan::resident
