// What the 選挙人名簿 shows and keeps beside its batches (roll.h): an elector's registrations with
// their history, the 投票区 table (公職選挙法第17条: the 選挙管理委員会 edits it), the 抄本's
// entries in order, and 閲覧 (第28条の2～第28条の4) logged as access with the entries shown.
#include "events.h"
#include "roll.h"
#include "rollrules.h"

#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/electoral_roll/errors.h"

#include <QCollator>
#include <QJsonArray>

#include <algorithm>

namespace kikan::electoral_roll {

using namespace Qt::Literals::StringLiterals;

ElectorView ElectoralRoll::viewOf(QSqlDatabase db, const Registration &r) const
{
    const std::optional<District> d = districtByNo(db, r.districtNo);
    return {r, r.stateOn(core::processingDate(m_context.clock)), d ? d->name : QString(),
            eventsOf(db, r.id)};
}

QList<ElectorView> ElectoralRoll::electorsOf(qint64 partyNo) const
{
    QSqlDatabase db = m_context.database.connection();
    QList<ElectorView> out;
    for (const Registration &r : registrationsOf(db, partyNo))
        out.append(viewOf(db, r));
    return out;
}

QList<ElectorView> ElectoralRoll::searchByKana(const QString &kanaPrefix) const
{
    QSqlDatabase db = m_context.database.connection();
    QList<ElectorView> out;
    for (const Registration &r : registrationsByKana(db, kanaPrefix, 100))
        out.append(viewOf(db, r));
    return out;
}

void ElectoralRoll::seedDistricts()
{
    store::Transaction tx(m_context.database);
    if (!electoral_roll::districts(tx.db()).isEmpty())
        return;
    const PollingDistricts &seed = pollingDistricts();
    QList<int> numbers = seed.names.keys();
    std::sort(numbers.begin(), numbers.end());
    for (int no : numbers) {
        District d{no, seed.names.value(no), QString(), {}, 1};
        for (auto it = seed.districtOfArea.begin(); it != seed.districtOfArea.end(); ++it)
            if (it.value() == no)
                d.areas << it.key();
        d.areas.sort();
        insertDistrict(tx.db(), d);
    }
    tx.commit();
}

QList<District> ElectoralRoll::districts() const
{
    return electoral_roll::districts(m_context.database.connection());
}

District ElectoralRoll::saveDistrict(const core::Actor &actor, const District &district,
                                     bool create)
{
    store::Transaction tx(m_context.database);
    QSqlDatabase db = tx.db();
    const bool exists = districtByNo(db, district.no).has_value();
    if (create && exists)
        throw core::Failure(api::err::ElectoralConflict);
    if (!create && !exists)
        throw core::Failure(api::err::ElectoralDistrictNotFound);
    for (const QString &area : district.areas) {
        if (const int other = districtHolding(db, area, district.no))
            throw core::Failure(api::err::ElectoralAreaTwice,
                                u"町字 %1 は第%2投票区に入っています。"_s.arg(area).arg(other));
    }
    if (create)
        insertDistrict(db, district);
    else if (!updateDistrict(db, district))
        throw core::Failure(api::err::ElectoralConflict);
    m_context.audit.append(
        audit::AuditEntry::about(actor, audit::LogKind::Operation,
                                 QString::fromLatin1(event::DistrictUpdate),
                                 u"polling_district:%1"_s.arg(district.no),
                                 {{u"name"_s, district.name},
                                  {u"areas"_s, QJsonArray::fromStringList(district.areas)}}),
        tx);
    const District saved = *districtByNo(db, district.no);
    tx.commit();
    return saved;
}

QList<Registration> ElectoralRoll::extract(int districtNo, QDate asOf) const
{
    QSqlDatabase db = m_context.database.connection();
    if (!districtByNo(db, districtNo))
        throw core::Failure(api::err::ElectoralDistrictNotFound);
    QList<Registration> rows = rollOn(db, districtNo, asOf);
    QCollator collator(QLocale(QLocale::Japanese, QLocale::Japan));
    collator.setNumericMode(true); // 2番地 before 10番地
    std::sort(rows.begin(), rows.end(), [&](const Registration &a, const Registration &b) {
        if (a.townAreaCode != b.townAreaCode)
            return a.townAreaCode < b.townAreaCode;
        if (const int c = collator.compare(a.address, b.address))
            return c < 0;
        if (const int c = collator.compare(a.familyNameKana + a.givenNameKana,
                                           b.familyNameKana + b.givenNameKana))
            return c < 0;
        return a.partyNo < b.partyNo;
    });
    return rows;
}

QList<Registration> ElectoralRoll::inspect(const core::Actor &actor, Inspection request,
                                           const QList<qint64> &partyNos)
{
    QList<Registration> shown;
    for (const Registration &r : extract(request.districtNo, core::processingDate(m_context.clock))) {
        if (partyNos.isEmpty() || partyNos.contains(r.partyNo))
            shown.append(r);
    }
    request.shown.clear();
    for (const Registration &r : shown)
        request.shown << r.partyNo;
    request.recordedAt = core::timestampNow(m_context.clock);
    request.recordedBy = actor.userId;
    store::Transaction tx(m_context.database);
    const qint64 id = insertInspection(tx.db(), request);
    QJsonArray shownJson;
    for (qint64 p : request.shown)
        shownJson.append(p);
    m_context.audit.append(
        audit::AuditEntry::about(actor, audit::LogKind::Access,
                                 QString::fromLatin1(event::Inspection),
                                 u"polling_district:%1"_s.arg(request.districtNo),
                                 {{u"inspectionId"_s, id}, {u"requester"_s, request.requester},
                                  {u"requesterKind"_s, request.requesterKind},
                                  {u"purpose"_s, request.purpose}, {u"shown"_s, shownJson}}),
        tx);
    tx.commit();
    return shown;
}

QList<Inspection> ElectoralRoll::inspections() const
{
    return electoral_roll::inspections(m_context.database.connection(), 200);
}

} // namespace kikan::electoral_roll
