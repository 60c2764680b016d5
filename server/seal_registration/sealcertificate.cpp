// 印鑑登録証明書 (sealcertificate.h).
#include "sealcertificate.h"

#include "events.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/store/database.h"
#include "shared/api/seal_registration/errors.h"
#include "shared/core/wareki.h"
#include "shared/forms/formrenderer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::seal_registration {

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject town()
{
    QFile file(u":/kikan/town/town.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        throw core::Failure(api::err::SealCannotPrint, u"町のデータ (town.json) がありません。"_s);
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString wareki(QDate date)
{
    const auto w = core::WarekiDate::fromDate(date);
    return w.ok() ? w->toLongString() : u"不詳"_s;
}

QString sexName(const QString &code)
{
    return code == "1"_L1 ? u"男"_s : code == "2"_L1 ? u"女"_s : QString();
}

// The values every printed page of the register carries: 証明日 / 発行日 and the 町長.
forms::Values townValues(QDate issueDate)
{
    const QJsonObject t = town();
    const QJsonObject issuer = t.value(u"issuer"_s).toObject();
    return {{u"issueDate"_s, wareki(issueDate)},
            {u"issuerTitle"_s, t.value(u"prefecture"_s).toString() + issuer.value(u"title"_s).toString()},
            {u"issuerName"_s, issuer.value(u"name"_s).toString()}};
}

QString printedAddress(const party::PartySnapshot &person)
{
    const QJsonObject t = town();
    return t.value(u"prefecture"_s).toString() + t.value(u"municipality"_s).toString()
           + t.value(u"townAreaPrefix"_s).toString() + person.address;
}

// The PDF of one page; `set` (when given) receives the page set it draws.
QByteArray renderPage(const QString &layoutPath, const forms::PageData &page, const QString &title,
                      forms::PageSet *set = nullptr)
{
    auto layout = forms::FormLayout::load(layoutPath);
    if (!layout.ok())
        throw core::Failure(api::err::SealCannotPrint, layout.error().message);
    const auto pdf = forms::FormRenderer(layout.value()).renderPdf({page}, {}, title);
    if (!pdf.ok())
        throw core::Failure(api::err::SealCannotPrint, pdf.error().message);
    if (set)
        *set = forms::pageSetOf(layoutPath, {page});
    return pdf.value();
}

QString serialOf(QDate issueDate, qint64 number)
{
    return u"S%1-%2"_s.arg(issueDate.year()).arg(number, 6, 10, QChar(u'0'));
}
} // namespace

std::optional<core::Failure> protectionRefusal(const party::PartySnapshot &person,
                                               const QString &requester)
{
    if (person.protectedPerson && requester != "self"_L1)
        return core::Failure(api::err::SealProtected);
    return std::nullopt;
}

forms::PageData certificatePage(const party::PartySnapshot &person, const QByteArray &impressionPng,
                                QDate issueDate, const QString &serial, const SealRules &rules)
{
    forms::PageData page;
    page.values = townValues(issueDate);
    page.values.insert({
        {u"name"_s, person.fullName()},
        {u"birthDate"_s, wareki(person.birthDate)},
        {u"sex"_s, rules.certificatePrintsSex ? sexName(person.sex) : QString()},
        {u"address"_s, printedAddress(person)},
        {u"certification"_s, rules.certification},
        {u"serial"_s, serial},
    });
    page.images.insert(u"impression"_s, impressionPng);
    return page;
}

// The registration a card in use proves, in force today, and its person; refusals logged.
std::pair<SealRegistration, party::PartySnapshot> provenBy(core::ServerContext &context,
                                                          const SealCertificateRequest &request,
                                                          QSqlDatabase db, QDate today)
{
    const std::optional<SealRegistration> r = registrationByCard(db, request.cardNo);
    if (!r)
        throw core::Failure(api::err::SealCardUnknown);
    if (!r->inForceOn(today))
        throw core::Failure(api::err::SealState);
    const auto person = context.services.get<party::PartyDirectory>().find(r->partyNo, today);
    if (!person || !person->isResident())
        throw core::Failure(api::err::SealNotResident);
    return {*r, *person};
}

IssuedSealCertificate issueSealCertificate(core::ServerContext &context, const core::Actor &actor,
                                           const SealCertificateRequest &request)
{
    const QDate today = core::processingDate(context.clock);
    const SealRules &rules = rulesOn(today);
    {
        // A 支援措置 refusal is logged (print log, failed) outside the issuing transaction.
        const auto [r, person] = provenBy(context, request, context.database.connection(), today);
        if (auto refusal = protectionRefusal(person, request.requester)) {
            context.audit.record(actor, audit::LogKind::Print,
                                 QString::fromLatin1(event::CertificateIssue),
                                 u"seal:%1"_s.arg(r.registrationNo),
                                 {{u"partyNo"_s, r.partyNo}, {u"refused"_s, refusal->code()}}, false);
            throw *refusal;
        }
    }
    store::Transaction tx(context.database);
    const auto [r, person] = provenBy(context, request, tx.db(), today);
    if (auto refusal = protectionRefusal(person, request.requester))
        throw *refusal; // became protected meanwhile
    const QString subject = u"seal:%1"_s.arg(r.registrationNo);
    const QList<StoredImpression> images = impressionsOf(tx.db(), r.id);
    IssuedSealCertificate out;
    out.registrationNo = r.registrationNo;
    out.serial = serialOf(today, takeNumber(tx.db(), u"certificate_serial"_s));
    out.pdf = renderPage(rules.certificateLayout,
                         certificatePage(person, images.isEmpty() ? QByteArray() : images.first().png,
                                         today, out.serial, rules),
                         u"印鑑登録証明書"_s, &out.pages);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(out.pdf, QCryptographicHash::Sha256).toHex());
    insertCertificateIssue(tx.db(), {out.serial, r.id, r.partyNo, request.cardNo,
                                     request.requester, today, core::timestampNow(context.clock),
                                     actor.userId, sha});
    context.audit.append(
        audit::AuditEntry::about(actor, audit::LogKind::Print,
                                 QString::fromLatin1(event::CertificateIssue), subject,
                                 {{u"partyNo"_s, r.partyNo}, {u"serial"_s, out.serial},
                                  {u"requester"_s, request.requester},
                                  {u"requesterName"_s, request.requesterName},
                                  {u"issueDate"_s, core::isoDate(today)}}),
        tx);
    tx.commit();
    return out;
}

QByteArray inquiryLetter(core::ServerContext &context, const core::Actor &actor, qint64 id)
{
    QSqlDatabase db = context.database.connection();
    const std::optional<SealRegistration> r = registrationById(db, id);
    if (!r)
        throw core::Failure(api::err::SealNotFound);
    if (r->state != "pending"_L1 || !r->endReason.isEmpty())
        throw core::Failure(api::err::SealState);
    const auto person = context.services.get<party::PartyDirectory>().find(
        r->partyNo, core::processingDate(context.clock));
    if (!person)
        throw core::Failure(api::err::SealNotResident);
    const SealRules &rules = rulesOn(r->appliedOn);
    forms::PageData page;
    page.values = townValues(r->appliedOn);
    page.values.insert({{u"postalCode"_s, person->postalCode},
                        {u"address"_s, printedAddress(*person)},
                        {u"name"_s, person->fullName()},
                        {u"inquiryText"_s, rules.inquiryText},
                        {u"dueDate"_s, wareki(r->inquiryDueOn)},
                        {u"answerText"_s, rules.inquiryAnswerText},
                        {u"registrationNo"_s, QString::number(r->registrationNo)},
                        {u"answerCode"_s, u"SQ%1"_s.arg(r->registrationNo)}});
    const QByteArray pdf = renderPage(rules.inquiryLayout, page, u"印鑑登録照会書"_s);
    context.audit.record(actor, audit::LogKind::Print, QString::fromLatin1(event::InquiryLetter),
                         u"seal:%1"_s.arg(r->registrationNo),
                         {{u"partyNo"_s, r->partyNo},
                          {u"dueOn"_s, core::isoDate(r->inquiryDueOn)}});
    return pdf;
}

} // namespace kikan::seal_registration
