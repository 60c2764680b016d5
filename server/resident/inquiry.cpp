// 照会 of a person and of a household (inquiry.h): the flags and member rules, the 照会 itself.
#include "inquiry.h"

#include "codetables.h"
#include "events.h"
#include "personinput.h"
#include "protection.h"
#include "residentstore.h"
#include "search.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/resident/errors.h"

#include <QJsonArray>
#include <QSet>

namespace kikan::resident {

namespace {
HouseholdView householdView(core::ServerContext &ctx, const core::Actor &actor,
                            qint64 householdNo, QDate date, qint64 inquiredPartyNo)
{
    QSqlDatabase db = ctx.database.connection();
    const QList<ResidentRecord> members = householdAsOf(db, householdNo, date);
    QList<qint64> others;
    for (const ResidentRecord &m : members) {
        if (m.partyNo != inquiredPartyNo)
            others.append(m.partyNo);
    }
    HouseholdView view = listMembers(members, inquiredPartyNo,
                                     mayShowAll(ctx, actor, others, QStringLiteral("household")));
    view.householdNo = householdNo;
    view.version = householdVersion(db, householdNo);
    return view;
}

QList<HistoryEntry> historyEntries(QSqlDatabase db, const QList<ResidentRecord> &rows)
{
    QList<HistoryEntry> out;
    for (const ResidentRecord &r : rows) {
        HistoryEntry h{r, changeEntry(db, r.changeId), {}};
        if (h.change) {
            const ChangeKindInfo *k =
                CodeTables::instance().on(r.validFrom).changeKind(h.change->kind);
            h.changeKindName = k ? k->name : QString();
        }
        out.append(h);
    }
    return out;
}
} // namespace

QDate parseInquiryDate(const QUrlQuery &query)
{
    const QString d = query.queryItemValue(QStringLiteral("date"));
    if (d.isEmpty())
        return {};
    return readDate({{QStringLiteral("date"), d}}, QStringLiteral("date"), {}, true);
}

InquiryFlags inquiryFlags(const std::optional<ResidentRecord> &onDate,
                          const std::optional<ResidentRecord> &latest, QDate date,
                          bool protectedNow)
{
    InquiryFlags f;
    f.resident = onDate && onDate->status == ResidentStatus::Resident;
    f.removed = latest && latest->status != ResidentStatus::Resident;
    f.status = latest ? statusCode(latest->status) : QString();
    const std::optional<ResidentRecord> &shown = onDate ? onDate : latest;
    f.foreign = shown && shown->kind == ResidentKind::Foreign;
    f.protectedNow = protectedNow;
    f.existedOnDate = onDate.has_value();
    f.plannedMoveOut = latest && latest->status == ResidentStatus::MovedOut
                       && latest->validFrom > date;
    return f;
}

HouseholdView listMembers(const QList<ResidentRecord> &members, qint64 inquiredPartyNo,
                          const QList<qint64> &visible)
{
    const QSet<qint64> shown(visible.begin(), visible.end());
    HouseholdView view;
    for (const ResidentRecord &m : members) {
        if (m.isHouseholder())
            view.householderName = m.fullName();
        if (m.partyNo != inquiredPartyNo && !shown.contains(m.partyNo)) {
            ++view.restrictedMembers;
            continue;
        }
        view.members.append(m);
    }
    return view;
}

PersonInquiry inquirePerson(core::ServerContext &ctx, const core::Actor &actor,
                            const InquiryRequest &request)
{
    const qint64 partyNo = request.partyNo;
    const QDate today = core::processingDate(ctx.clock);
    PersonInquiry out;
    out.date = request.date.isValid() ? request.date : today;
    QSqlDatabase db = ctx.database.connection();
    const QList<ResidentRecord> rows = history(db, partyNo);
    if (rows.isEmpty()) {
        throw core::Failure(api::err::ResidentNotFound,
                            QStringLiteral("宛名番号 %1 の住民票はありません。").arg(partyNo));
    }
    checkProtectedAccess(ctx, actor, partyNo, QStringLiteral("view"));
    const bool protectedNow = isProtected(ctx, partyNo, today);
    out.person = recordAsOf(db, partyNo, out.date);
    const std::optional<ResidentRecord> latest = latestRecord(db, partyNo);
    out.latest = latest.value();
    out.history = historyEntries(db, rows);
    out.flags = inquiryFlags(out.person, latest, out.date, protectedNow);
    out.showMyNumber = mayUseMyNumber(actor);
    ctx.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::View),
                     QStringLiteral("party:%1").arg(partyNo),
                     {{QStringLiteral("date"), core::isoDate(out.date)},
                      {QStringLiteral("protected"), protectedNow}});
    out.version = personVersion(db, partyNo);
    const ResidentRecord &shown = out.person ? *out.person : out.latest;
    out.household = householdView(ctx, actor, shown.householdNo, out.date, partyNo);
    return out;
}

HouseholdInquiry inquireHousehold(core::ServerContext &ctx, const core::Actor &actor,
                                  const InquiryRequest &request)
{
    const qint64 householdNo = request.householdNo;
    HouseholdInquiry out;
    out.date = request.date.isValid() ? request.date : core::processingDate(ctx.clock);
    if (householdVersion(ctx.database.connection(), householdNo) == 0) {
        throw core::Failure(api::err::ResidentNotFound,
                            QStringLiteral("世帯番号 %1 の世帯はありません。").arg(householdNo));
    }
    out.household = householdView(ctx, actor, householdNo, out.date, 0);
    out.showMyNumber = mayUseMyNumber(actor);
    QJsonArray parties;
    for (const ResidentRecord &m : std::as_const(out.household.members))
        parties.append(m.partyNo);
    ctx.audit.record(actor, audit::LogKind::Access, QString::fromLatin1(event::HouseholdView),
                     QStringLiteral("household:%1").arg(householdNo),
                     {{QStringLiteral("date"), core::isoDate(out.date)},
                      {QStringLiteral("partyNos"), parties}});
    return out;
}

} // namespace kikan::resident
