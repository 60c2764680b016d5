// The seal register's work (sealregister.h): registration by the three identity paths, the card,
// 廃止 on application, on loss and from the register's 異動.
#include "sealregister.h"

#include "events.h"
#include "server/audit/auditlog.h"
#include "server/party/changecursor.h"
#include "server/core/dates.h"
#include "server/store/database.h"
#include "shared/api/seal_registration/errors.h"

#include <QJsonObject>

namespace kikan::seal_registration {

using namespace Qt::Literals::StringLiterals;

namespace {
QString subjectOf(const SealRegistration &r) { return u"seal:%1"_s.arg(r.registrationNo); }

void logOperation(core::ServerContext &ctx, store::Transaction &tx, const core::Actor &actor,
                  const char *event, const SealRegistration &r, QJsonObject detail = {})
{
    detail.insert(u"partyNo"_s, r.partyNo);
    detail.insert(u"registrationId"_s, r.id);
    ctx.audit.append(audit::AuditEntry::about(actor, audit::LogKind::Operation,
                                              QString::fromLatin1(event), subjectOf(r), detail),
                     tx);
}

SealEvent eventOf(const core::Actor &actor, const QString &kind, QDate on, const QString &reason,
                  const QString &at, qint64 changeId = 0)
{
    return {kind, on, reason, changeId, at, actor.loginId};
}

void issueCard(QSqlDatabase db, SealRegistration &r, QDate today, const core::Actor &actor,
               const QString &at)
{
    r.cardNo = takeNumber(db, u"card_no"_s);
    insertCard(db, r.id, r.cardNo, today);
    insertEvent(db, r.id, eventOf(actor, u"card_issued"_s, today, QString::number(r.cardNo), at));
}
} // namespace

bool isIdentityPath(const QString &name)
{
    return name == "photo_id"_L1 || name == "guarantor"_L1 || name == "inquiry"_L1;
}

bool isApplicantEndReason(const QString &name)
{
    return name == "application"_L1 || name == "card_lost"_L1;
}

QString endReasonFor(const party::PartyChange &p, const std::optional<party::PartySnapshot> &after,
                     const QString &impressionText, QDate on)
{
    if (p.statusAfter == "moved_out"_L1)
        return u"move_out"_s;
    if (p.statusAfter == "deceased"_L1)
        return u"death"_s;
    if (p.statusAfter == "removed"_L1)
        return u"removed"_s;
    if (p.nameChanged && after) {
        const Applicant a{*after, false, looksForeign(*after)};
        if (impressionTextRefusal(impressionText, a, rulesOn(on)))
            return u"name_change"_s;
    }
    return {};
}

RegistrationView SealRegister::viewOf(QSqlDatabase db, const SealRegistration &r) const
{
    RegistrationView v{r, r.state, std::nullopt, eventsOf(db, r.id)};
    const QDate today = core::processingDate(m_context.clock);
    if (r.state == "pending"_L1 && r.inquiryDueOn.isValid() && today > r.inquiryDueOn)
        v.effectiveState = u"expired"_s;
    if (r.endsOn.isValid() && r.endsOn <= today)
        v.effectiveState = r.state == "registered"_L1 ? u"ended"_s : u"expired"_s;
    const QList<StoredImpression> images = impressionsOf(db, r.id);
    if (!images.isEmpty())
        v.impression = images.first();
    return v;
}

SealRegistration SealRegister::load(QSqlDatabase db, qint64 id, int version) const
{
    const std::optional<SealRegistration> r = registrationById(db, id);
    if (!r)
        throw core::Failure(api::err::SealNotFound);
    if (version != 0 && r->version != version)
        throw core::Failure(api::err::SealConflict);
    return *r;
}

void SealRegister::save(QSqlDatabase db, const SealRegistration &r) const
{
    if (!updateRegistration(db, r))
        throw core::Failure(api::err::SealConflict);
}

RegistrationView SealRegister::finish(store::Transaction &tx, const core::Actor &actor,
                                      const char *event, SealRegistration &r,
                                      const QJsonObject &detail)
{
    save(tx.db(), r);
    ++r.version;
    logOperation(m_context, tx, actor, event, r, detail);
    RegistrationView v = viewOf(tx.db(), r);
    tx.commit();
    return v;
}

qint64 SealRegister::guarantorOf(QSqlDatabase db, const RegistrationRequest &request) const
{
    const std::optional<SealRegistration> g = registrationByCard(db, request.guarantorCardNo);
    if (!g || g->partyNo == request.partyNo || !g->inForceOn(core::processingDate(m_context.clock)))
        throw core::Failure(api::err::SealGuarantor);
    return g->id;
}

RegistrationView SealRegister::apply(const core::Actor &actor, const RegistrationRequest &request)
{
    const QDate today = core::processingDate(m_context.clock);
    const SealRules &rules = rulesOn(today);
    const auto person = m_context.services.get<party::PartyDirectory>().find(request.partyNo, today);
    if (!person)
        throw core::Failure(api::err::SealNotResident);
    store::Transaction tx(m_context.database);
    QSqlDatabase db = tx.db();
    const Applicant applicant{*person, isAdultWard(db, request.partyNo), looksForeign(*person)};
    if (auto refusal = eligibilityRefusal(applicant, today, rules))
        throw *refusal;
    if (auto refusal = duplicateRefusal(openRegistrationOf(db, request.partyNo).has_value()))
        throw *refusal;
    if (auto refusal = inspectionRefusal(request.inspection))
        throw *refusal;
    if (auto refusal = impressionTextRefusal(request.impressionText, applicant, rules))
        throw *refusal;
    const MeasuredImpression measured = measureImpression(request.scan, request.scanSettings);
    if (auto refusal = sizeRefusal(measured.size, rules))
        throw *refusal;

    const QString at = core::timestampNow(m_context.clock);
    SealRegistration r;
    r.registrationNo = takeNumber(db, u"registration_no"_s);
    r.partyNo = request.partyNo;
    r.identityPath = request.identityPath;
    r.identityDocument = request.identityDocument;
    if (request.identityPath == "guarantor"_L1)
        r.guarantorRegistrationId = guarantorOf(db, request);
    r.impressionText = request.impressionText;
    r.appliedOn = today;
    const bool inquiry = request.identityPath == "inquiry"_L1;
    r.state = inquiry ? u"pending"_s : u"registered"_s;
    if (inquiry)
        r.inquiryDueOn = today.addDays(rules.inquiryAnswerDays);
    else
        r.registeredOn = today;
    r.id = insertRegistration(db, r, at, actor.userId);
    r.version = 1;
    insertImpression(db, r.id, measured, at, actor.userId);
    insertEvent(db, r.id, eventOf(actor, inquiry ? u"inquiry_sent"_s : u"registered"_s, today,
                                  request.identityPath, at));
    if (!inquiry)
        issueCard(db, r, today, actor, at);
    logOperation(m_context, tx, actor, event::Register, r,
                 {{u"identityPath"_s, r.identityPath},
                  {u"widthMm"_s, measured.size.widthMm},
                  {u"heightMm"_s, measured.size.heightMm}});
    RegistrationView v = viewOf(db, r);
    tx.commit();
    return v;
}

RegistrationView SealRegister::answerInquiry(const core::Actor &actor, qint64 id, int version)
{
    const QDate today = core::processingDate(m_context.clock);
    const QString at = core::timestampNow(m_context.clock);
    store::Transaction tx(m_context.database);
    SealRegistration r = load(tx.db(), id, version);
    if (r.state != "pending"_L1 || !r.endReason.isEmpty())
        throw core::Failure(api::err::SealState);
    if (today > r.inquiryDueOn) {
        // The 回答書 came too late: the application lapses (kept, logged), the answer is refused.
        r.state = u"expired"_s;
        r.endsOn = r.inquiryDueOn.addDays(1);
        r.endReason = u"inquiry_expired"_s;
        save(tx.db(), r);
        insertEvent(tx.db(), r.id, eventOf(actor, u"ended"_s, r.endsOn, r.endReason, at));
        logOperation(m_context, tx, actor, event::InquiryAnswer, r, {{u"expired"_s, true}});
        tx.commit();
        throw core::Failure(api::err::SealInquiryExpired);
    }
    r.state = u"registered"_s;
    r.registeredOn = today;
    insertEvent(tx.db(), r.id, eventOf(actor, u"inquiry_answered"_s, today, {}, at));
    issueCard(tx.db(), r, today, actor, at);
    return finish(tx, actor, event::InquiryAnswer, r, {{u"cardNo"_s, r.cardNo}});
}

RegistrationView SealRegister::reissueCard(const core::Actor &actor, qint64 id, int version)
{
    const QDate today = core::processingDate(m_context.clock);
    const QString at = core::timestampNow(m_context.clock);
    store::Transaction tx(m_context.database);
    SealRegistration r = load(tx.db(), id, version);
    if (!r.inForceOn(today) || !r.endReason.isEmpty())
        throw core::Failure(api::err::SealState);
    const qint64 lost = r.cardNo;
    endCards(tx.db(), r.id, today, u"lost"_s);
    insertEvent(tx.db(), r.id, eventOf(actor, u"card_lost"_s, today, QString::number(lost), at));
    issueCard(tx.db(), r, today, actor, at);
    // The version moves on: a screen still showing the lost card sees a conflict.
    return finish(tx, actor, event::CardReissue, r,
                  {{u"lostCardNo"_s, lost}, {u"cardNo"_s, r.cardNo}});
}

RegistrationView SealRegister::end(const core::Actor &actor, qint64 id, int version,
                                   const QString &reason)
{
    const QDate today = core::processingDate(m_context.clock);
    const QString at = core::timestampNow(m_context.clock);
    store::Transaction tx(m_context.database);
    SealRegistration r = load(tx.db(), id, version);
    if (!r.endReason.isEmpty())
        throw core::Failure(api::err::SealState);
    r.endsOn = today;
    r.endReason = reason;
    endCards(tx.db(), r.id, today, u"registration_ended"_s);
    r.cardNo = 0;
    insertEvent(tx.db(), r.id, eventOf(actor, u"ended"_s, today, reason, at));
    return finish(tx, actor, event::Abolish, r, {{u"reason"_s, reason}});
}

RegistrationView SealRegister::view(const core::Actor &actor, qint64 id)
{
    QSqlDatabase db = m_context.database.connection();
    const RegistrationView v = viewOf(db, load(db, id, 0));
    m_context.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::View),
                           subjectOf(v.registration), {{u"partyNo"_s, v.registration.partyNo}});
    return v;
}

QList<RegistrationView> SealRegister::ofParty(const core::Actor &actor, qint64 partyNo)
{
    QSqlDatabase db = m_context.database.connection();
    QList<RegistrationView> out;
    for (const SealRegistration &r : registrationsOf(db, partyNo))
        out.append(viewOf(db, r));
    m_context.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::Search),
                           u"party:%1"_s.arg(partyNo), {{u"found"_s, int(out.size())}});
    return out;
}

QList<RegistrationView> SealRegister::pending(const core::Actor &actor)
{
    QSqlDatabase db = m_context.database.connection();
    QList<RegistrationView> out;
    for (const SealRegistration &r : pendingRegistrations(db))
        out.append(viewOf(db, r));
    m_context.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::Search),
                           u"seal:pending"_s, {{u"found"_s, int(out.size())}});
    return out;
}

void SealRegister::recordAdultWard(const core::Actor &actor, qint64 partyNo, const QString &source)
{
    store::Transaction tx(m_context.database);
    if (!isAdultWard(tx.db(), partyNo))
        seal_registration::recordAdultWard(tx.db(), partyNo, core::processingDate(m_context.clock),
                                           source);
    m_context.audit.append(
        audit::AuditEntry::about(actor, audit::LogKind::Operation,
                                 QString::fromLatin1(event::AdultWard), u"party:%1"_s.arg(partyNo),
                                 {{u"source"_s, source}}),
        tx);
    tx.commit();
}

void SealRegister::hearIn(store::Transaction &tx, const party::PartyChanged &change)
{
    QSqlDatabase db = tx.db();
    for (const party::PartyChange &p : change.parties) {
        const std::optional<SealRegistration> open = openRegistrationOf(db, p.partyNo);
        if (!open)
            continue;
        const auto after = p.nameChanged ? m_context.services.get<party::PartyDirectory>().find(
                                               p.partyNo, change.effectiveDate)
                                         : std::nullopt;
        SealRegistration r = *open;
        r.endReason = endReasonFor(p, after, r.impressionText, change.effectiveDate);
        if (r.endReason.isEmpty())
            continue;
        r.endsOn = change.effectiveDate;
        save(db, r);
        endCards(db, r.id, r.endsOn, u"registration_ended"_s);
        const core::Actor system = core::Actor::system();
        const QString at = core::timestampNow(m_context.clock);
        insertEvent(db, r.id, eventOf(system, u"ended"_s, r.endsOn, r.endReason, at,
                                      change.changeId));
        logOperation(m_context, tx, system, event::Abolish, r,
                     {{u"reason"_s, r.endReason}, {u"changeId"_s, change.changeId},
                      {u"effectiveDate"_s, core::isoDate(r.endsOn)}});
    }
    setChangesHeard(db, change.changeId);
}

void SealRegister::hear(const party::PartyChanged &change)
{
    party::hearOnce(m_context.database, change, &changesHeard,
                    [this](store::Transaction &tx, const party::PartyChanged &c) { hearIn(tx, c); });
}

void SealRegister::catchUp()
{
    party::catchUpChanges(m_context.database, m_context.services.get<party::PartyDirectory>(),
                          &changesHeard,
                          [this](store::Transaction &tx, const party::PartyChanged &c) { hearIn(tx, c); });
}

} // namespace kikan::seal_registration
