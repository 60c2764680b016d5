// 証明書の発行 routes (certificateroutes.h): the JSON body read into a CertificateIssueInput —
// field by field, each rule of certificaterules.h checked where the API has always answered it —
// then certificateissue.h, and the PDF with its headers or the record as JSON.
#include "certificateroutes.h"

#include "certificate/certificatelog.h"
#include "changewriter.h"
#include "personinput.h"
#include "server/core/dates.h"
#include "server/http/mediatype.h"
#include "shared/api/resident/paths.h"

#include <QJsonArray>

namespace kikan::resident {

namespace {

bool flag(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toBool(); }

CertificateKind readKind(const QJsonObject &body)
{
    const QString kind = readText(body, QStringLiteral("kind"), {}, true, 40);
    if (const auto k = certificateKindFromApiName(kind))
        return *k;
    throw core::Failure::invalidField(
        QStringLiteral("kind"), QStringLiteral("証明書の種類 %1 はありません（household, "
                                               "individual, entries_certificate, removed, "
                                               "move_out）。").arg(kind));
}

CertificateTarget readTarget(const QJsonObject &body)
{
    CertificateTarget t;
    t.partyNo = readNumber(body, QStringLiteral("partyNo"), {}, false);
    t.householdNo = readNumber(body, QStringLiteral("householdNo"), {}, false);
    t.partyNos = partyNoList(body, QStringLiteral("partyNos"));
    return t;
}

// 法第12条第5項 items, printed only on request.
CertificateOptions readOptions(const QJsonObject &o)
{
    CertificateOptions opt;
    opt.registeredDomicile = flag(o, "registeredDomicile");
    opt.relationship = flag(o, "relationship");
    opt.residentRecordCode = flag(o, "residentRecordCode");
    opt.myNumber = flag(o, "myNumber");
    opt.myNumberReason = readText(o, QStringLiteral("myNumberReason"), QStringLiteral("options"),
                                  false, 200);
    opt.previousAddress = flag(o, "previousAddress");
    opt.history = flag(o, "history");
    return opt;
}

// 本人・同一世帯 (法第12条) or 第三者 (法第12条の3, who states why).
Requester readRequester(const QJsonObject &body)
{
    const QJsonObject who = body.value(QStringLiteral("requester")).toObject();
    const QString path = QStringLiteral("requester");
    Requester r;
    const QString relation = readText(who, QStringLiteral("relation"), path, true, 20);
    const auto known = requesterRelationFromName(relation);
    if (!known) {
        throw core::Failure::invalidField(QStringLiteral("requester.relation"),
                                          QStringLiteral("self（本人）, household（同一世帯）, "
                                                         "third_party（第三者）のどれかです。"));
    }
    r.relation = *known;
    r.reason = readText(who, QStringLiteral("reason"), path, false, 400);
    throwIf(requesterRefusal(r));
    r.name = readText(who, QStringLiteral("name"), path, false, 100);
    r.purpose = readText(body, QStringLiteral("purpose"), {}, false, 400);
    return r;
}

CertificateIssueInput readIssueInput(const QJsonObject &body, const core::Actor &actor,
                                     QDate today)
{
    CertificateIssueInput in;
    in.request.kind = readKind(body);
    in.target = readTarget(body);
    throwIf(targetRefusal(in.request.kind, in.target));
    in.asOf = readDate(body, QStringLiteral("date"), {}, false);
    if (!in.asOf.isValid())
        in.asOf = today;
    throwIf(asOfRefusal(in.asOf, today));
    in.preview = flag(body, "preview");
    in.request.options = readOptions(body.value(QStringLiteral("options")).toObject());
    throwIf(optionsRefusal(in.request.options, actor));
    in.requester = readRequester(body);
    return in;
}

// The PDF, or the pages it draws when the client asks for them (Accept:
// application/vnd.kikan.pages+json or format=pages); the headers are the same.
http::Response certificateResponse(const http::Request &r, const RenderedCertificate &done,
                                   bool preview)
{
    http::Response out = http::asksFor(r, forms::PagesMediaType, QStringLiteral("pages"))
        ? http::jsonAs(forms::PagesMediaType, forms::pageSetToJson(done.pages))
        : http::Response::pdf(done.pdf, preview ? QStringLiteral("preview.pdf")
                                                : done.issued.serialNumber + QStringLiteral(".pdf"));
    if (!preview)
        out.headers.append({"X-Kikan-Certificate-Serial", done.issued.serialNumber.toLatin1()});
    out.headers.append({"X-Kikan-Page-Count", QByteArray::number(done.issued.pageCount)});
    return out;
}

http::Response issueResponse(core::ServerContext &ctx, http::Request &r)
{
    const core::Actor actor = r.actor();
    CertificateIssueInput in;
    try {
        in = readIssueInput(r.jsonObject(), actor, core::processingDate(ctx.clock));
    } catch (const core::Failure &error) {
        recordIssueRefusal(ctx, actor, {}, error);
        throw;
    }
    const RenderedCertificate done = issueCertificate(ctx, actor, in);
    return certificateResponse(r, done, in.preview);
}

QJsonObject issueRecordJson(const CertificateIssueRow &row)
{
    QJsonArray parties;
    for (qint64 p : row.partyNos)
        parties.append(p);
    return {{QStringLiteral("serial"), row.serial},
            {QStringLiteral("kind"), row.kind},
            {QStringLiteral("partyNo"), row.partyNo},
            {QStringLiteral("householdNo"),
             row.householdNo ? QJsonValue(row.householdNo) : QJsonValue()},
            {QStringLiteral("partyNos"), parties},
            {QStringLiteral("options"), row.options},
            {QStringLiteral("requester"), row.requester},
            {QStringLiteral("date"), row.asOfDate},
            {QStringLiteral("issueDate"), row.issueDate},
            {QStringLiteral("issuedAt"), row.issuedAt},
            {QStringLiteral("issuedBy"), QJsonObject{{QStringLiteral("userId"), row.issuedBy},
                                                     {QStringLiteral("loginId"),
                                                      row.issuedByLogin}}},
            {QStringLiteral("pageCount"), row.pageCount},
            {QStringLiteral("sha256"), row.sha256}};
}

} // namespace

void registerCertificateRoutes(core::ServerContext &ctx, http::Router &router)
{
    const http::Access issueRight = http::Access::right(QStringLiteral("resident"),
                                                        QStringLiteral("issue"));
    const QString path = QString::fromLatin1(api::path::ResidentCertificates);
    router.add({QStringLiteral("POST"), path, issueRight,
                QString::fromLatin1(CertificateIssueEvent),
                [&ctx](http::Request &r) { return issueResponse(ctx, r); }, true});
    router.add({QStringLiteral("POST"), path + QStringLiteral("/{serial}/reprint"), issueRight,
                QString::fromLatin1(CertificateReprintEvent), [&ctx](http::Request &r) {
        const RenderedCertificate done = reprintCertificate(
            ctx, r.actor(), r.pathParams.value(QStringLiteral("serial")),
            r.jsonObject().value(QStringLiteral("reason")).toString());
        return certificateResponse(r, done, false);
    }, true});
    router.add({QStringLiteral("GET"), path + QStringLiteral("/{serial}"), issueRight,
                QString::fromLatin1(CertificateRecordEvent), [&ctx](http::Request &r) {
        const QString serial = r.pathParams.value(QStringLiteral("serial"));
        return http::Response::json(issueRecordJson(certificateIssueRecord(ctx, r.actor(), serial)));
    }, true});
}

} // namespace kikan::resident
