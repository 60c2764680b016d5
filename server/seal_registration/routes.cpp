// 印鑑登録 routes: the only file of the area that sees http::. Bodies are read by sealjson.h, the
// work is SealRegister's (sealregister.h). Rights: seal_registration:view to read, :update to
// register, answer, re-issue and end, :issue for the 印鑑登録証明書, :print for the 照会書, :administer to record an adult
// ward.
#include "routes.h"

#include "events.h"
#include "sealcertificate.h"
#include "sealjson.h"
#include "server/core/dates.h"
#include "server/http/mediatype.h"
#include "shared/api/seal_registration/paths.h"

#include <QJsonArray>

namespace kikan::seal_registration {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 kScanBodyBytes = 32 * 1024 * 1024; // a 600 dpi colour scan as base64

http::Access right(const char *action)
{
    return http::Access::right(u"seal_registration"_s, QString::fromLatin1(action));
}

http::Response measure(core::ServerContext &ctx, http::Request &r)
{
    ScanSettings settings;
    const QByteArray scan = scanFromJson(r.jsonObject(), settings);
    return http::Response::json(measuredJson(measureImpression(scan, settings),
                                             core::processingDate(ctx.clock)));
}

http::Response impressionPng(SealRegister &seals, http::Request &r)
{
    const RegistrationView v = seals.view(r.actor(), r.idParam(u"id"_s));
    http::Response out;
    out.contentType = "image/png";
    out.body = v.impression ? v.impression->png : QByteArray();
    out.status = v.impression ? 200 : 404;
    return out;
}

http::Response list(SealRegister &seals, http::Request &r)
{
    if (r.query.queryItemValue(u"state"_s) == "pending"_L1) { // the 照会書 waiting for answers
        QJsonArray items;
        for (const RegistrationView &v : seals.pending(r.actor()))
            items.append(registrationJson(v));
        return http::Response::json(QJsonObject{{u"registrations"_s, items}});
    }
    bool ok = false;
    const qint64 partyNo = r.query.queryItemValue(u"partyNo"_s).toLongLong(&ok);
    if (!ok || partyNo <= 0)
        throw core::Failure::invalidField(u"partyNo"_s, u"宛名番号を指定してください。"_s);
    QJsonArray items;
    for (const RegistrationView &v : seals.ofParty(r.actor(), partyNo))
        items.append(registrationJson(v));
    return http::Response::json(QJsonObject{{u"registrations"_s, items}});
}

http::Response certificate(core::ServerContext &ctx, http::Request &r)
{
    const IssuedSealCertificate issued =
        issueSealCertificate(ctx, r.actor(), certificateRequestFromJson(r.jsonObject()));
    // The PDF, or the page it draws for a client that draws it itself (Accept or format=pages).
    http::Response out = http::asksFor(r, forms::PagesMediaType, u"pages"_s)
        ? http::jsonAs(forms::PagesMediaType, forms::pageSetToJson(issued.pages))
        : http::Response::pdf(issued.pdf, issued.serial + u".pdf"_s);
    out.headers.append({"X-Kikan-Certificate-Serial", issued.serial.toLatin1()});
    return out;
}
} // namespace

void registerRoutes(core::ServerContext &ctx, http::Router &router,
                    std::shared_ptr<SealRegister> seals)
{
    const QString base = QString::fromLatin1(api::seal::Registrations);
    const QString one = base + u"/{id}"_s;
    auto ev = [](const char *e) { return QString::fromLatin1(e); };
    router.add({u"POST"_s, base, right("update"), ev(event::Register),
                [seals](http::Request &r) {
                    const RegistrationRequest in = registrationRequestFromJson(r.jsonObject());
                    return http::Response::json(registrationJson(seals->apply(r.actor(), in)), 201);
                }, true, false, kScanBodyBytes});
    router.add({u"POST"_s, base + u"/measure"_s, right("update"), ev(event::Measure),
                [&ctx](http::Request &r) { return measure(ctx, r); }, false, false,
                kScanBodyBytes});
    router.add({u"GET"_s, base, right("view"), ev(event::Search),
                [seals](http::Request &r) { return list(*seals, r); }, true});
    router.add({u"GET"_s, one, right("view"), ev(event::View),
                [seals](http::Request &r) {
                    return http::Response::json(
                        registrationJson(seals->view(r.actor(), r.idParam(u"id"_s))));
                }, true});
    router.add({u"GET"_s, one + u"/impression"_s, right("view"), ev(event::View),
                [seals](http::Request &r) { return impressionPng(*seals, r); }, true});
    router.add({u"POST"_s, one + u"/inquiry-answer"_s, right("update"), ev(event::InquiryAnswer),
                [seals](http::Request &r) {
                    return http::Response::json(registrationJson(seals->answerInquiry(
                        r.actor(), r.idParam(u"id"_s), versionFromJson(r.jsonObject()))));
                }, true});
    router.add({u"GET"_s, one + u"/inquiry-letter"_s, right("print"), ev(event::InquiryLetter),
                [&ctx](http::Request &r) {
                    return http::Response::pdf(inquiryLetter(ctx, r.actor(), r.idParam(u"id"_s)),
                                               u"inquiry.pdf"_s);
                }, true});
    router.add({u"POST"_s, one + u"/card-reissue"_s, right("update"), ev(event::CardReissue),
                [seals](http::Request &r) {
                    return http::Response::json(registrationJson(seals->reissueCard(
                        r.actor(), r.idParam(u"id"_s), versionFromJson(r.jsonObject()))));
                }, true});
    router.add({u"POST"_s, one + u"/end"_s, right("update"), ev(event::Abolish),
                [seals](http::Request &r) {
                    const QJsonObject body = r.jsonObject();
                    return http::Response::json(registrationJson(
                        seals->end(r.actor(), r.idParam(u"id"_s), versionFromJson(body),
                                   endReasonFromJson(body))));
                }, true});
    router.add({u"POST"_s, base + u"/certificates"_s, right("issue"), ev(event::CertificateIssue),
                [&ctx](http::Request &r) { return certificate(ctx, r); }, true});
    router.add({u"POST"_s, base + u"/adult-wards"_s, right("administer"), ev(event::AdultWard),
                [seals](http::Request &r) {
                    const QJsonObject body = r.jsonObject();
                    const qint64 partyNo = partyNoFromJson(body);
                    seals->recordAdultWard(r.actor(), partyNo, textFromJson(body, u"source"_s, 60));
                    return http::Response::json(QJsonObject{{u"partyNo"_s, partyNo}}, 201);
                }, true});
}

} // namespace kikan::seal_registration
