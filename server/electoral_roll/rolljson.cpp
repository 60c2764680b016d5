// JSON of the 選挙人名簿's API (rolljson.h).
#include "rolljson.h"

#include "server/core/dates.h"
#include "server/core/failure.h"

#include <QJsonArray>

namespace kikan::electoral_roll {

using namespace Qt::Literals::StringLiterals;

namespace {
QString text(const QJsonObject &body, const QString &field, int maxLength, bool required)
{
    const QJsonValue v = body.value(field);
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        throw core::Failure::invalidField(field, u"文字列で指定してください。"_s);
    const QString s = v.toString().trimmed();
    if (required && s.isEmpty())
        throw core::Failure::invalidField(field, u"入力してください。"_s);
    if (s.size() > maxLength)
        throw core::Failure::invalidField(field, u"%1文字以内で入力してください。"_s.arg(maxLength));
    return s;
}

QJsonValue isoOrNull(QDate d)
{
    return d.isValid() ? QJsonValue(core::isoDate(d)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QDate dateFromJson(const QJsonObject &body, const QString &field, bool required)
{
    const QString s = text(body, field, 10, required);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        throw core::Failure::invalidField(field, u"日付を YYYY-MM-DD で指定してください。"_s);
    return d;
}

bool dryRunFromJson(const QJsonObject &body)
{
    const QJsonValue v = body.value(u"dryRun"_s);
    if (!v.isUndefined() && !v.isBool())
        throw core::Failure::invalidField(u"dryRun"_s, u"true か false で指定してください。"_s);
    return v.toBool(true); // a run writes only when asked to
}

RunRequest runRequestFromJson(const QJsonObject &body)
{
    RunRequest r;
    r.kind = text(body, u"kind"_s, 10, true);
    if (r.kind != "periodic"_L1 && r.kind != "election"_L1)
        throw core::Failure::invalidField(u"kind"_s, u"periodic（定時登録）か election（選挙時登録）を指定してください。"_s);
    const bool election = r.kind == "election"_L1;
    r.registrationDate = dateFromJson(body, u"registrationDate"_s, !election);
    r.baseDate = dateFromJson(body, u"baseDate"_s, election);
    r.electionName = text(body, u"electionName"_s, 60, election);
    r.dryRun = dryRunFromJson(body);
    return r;
}

District districtFromJson(const QJsonObject &body, int no)
{
    District d;
    d.no = no ? no : body.value(u"no"_s).toInt();
    if (d.no <= 0 || d.no > 999)
        throw core::Failure::invalidField(u"no"_s, u"1から999までの投票区番号を指定してください。"_s);
    d.name = text(body, u"name"_s, 40, true);
    d.pollingPlace = text(body, u"pollingPlace"_s, 60, false);
    d.version = body.value(u"version"_s).toInt();
    const QJsonValue areas = body.value(u"areas"_s);
    if (!areas.isArray())
        throw core::Failure::invalidField(u"areas"_s, u"町字コードの配列で指定してください。"_s);
    for (const QJsonValue &a : areas.toArray()) {
        const QString code = a.toString().trimmed();
        if (code.isEmpty() || d.areas.contains(code))
            throw core::Failure::invalidField(u"areas"_s, u"町字コードが空か重複しています。"_s);
        d.areas << code;
    }
    d.areas.sort();
    return d;
}

Inspection inspectionFromJson(const QJsonObject &body, QList<qint64> &partyNos)
{
    Inspection i;
    i.requester = text(body, u"requester"_s, 80, true);
    i.requesterKind = text(body, u"requesterKind"_s, 20, true);
    static const QStringList kinds{u"person"_s, u"candidate"_s, u"political"_s, u"research"_s,
                                   u"news"_s};
    if (!kinds.contains(i.requesterKind))
        throw core::Failure::invalidField(u"requesterKind"_s,
                                          u"person, candidate, political, research, news のいずれかを指定してください。"_s);
    i.purpose = text(body, u"purpose"_s, 200, true);
    i.districtNo = body.value(u"districtNo"_s).toInt();
    if (i.districtNo <= 0)
        throw core::Failure::invalidField(u"districtNo"_s, u"投票区番号を指定してください。"_s);
    for (const QJsonValue &v : body.value(u"partyNos"_s).toArray())
        partyNos << v.toInteger();
    return i;
}

QJsonObject registrationJson(const Registration &r)
{
    return {{u"id"_s, r.id ? QJsonValue(r.id) : QJsonValue()},
            {u"partyNo"_s, r.partyNo},
            {u"districtNo"_s, r.districtNo},
            {u"registeredOn"_s, isoOrNull(r.registeredOn)},
            {u"baseDate"_s, isoOrNull(r.baseDate)},
            {u"reason"_s, r.reason},
            {u"familyName"_s, r.familyName},
            {u"givenName"_s, r.givenName},
            {u"familyNameKana"_s, r.familyNameKana},
            {u"givenNameKana"_s, r.givenNameKana},
            {u"birthDate"_s, isoOrNull(r.birthDate)},
            {u"sex"_s, r.sex},
            {u"townAreaCode"_s, r.townAreaCode},
            {u"address"_s, r.address},
            {u"markedOn"_s, isoOrNull(r.markedOn)},
            {u"markReason"_s, r.markReason},
            {u"removalDueOn"_s, isoOrNull(r.removalDueOn)},
            {u"removedOn"_s, isoOrNull(r.removedOn)},
            {u"removalReason"_s, r.removalReason},
            {u"version"_s, r.version}};
}

QJsonObject runJson(const RunResult &result)
{
    QJsonArray added;
    for (const Registration &r : result.additions)
        added.append(registrationJson(r));
    QJsonArray removed;
    for (const Registration &r : result.removals)
        removed.append(registrationJson(r));
    return {{u"id"_s, result.run.id ? QJsonValue(result.run.id) : QJsonValue()},
            {u"kind"_s, result.run.kind},
            {u"dryRun"_s, result.dryRun},
            {u"baseDate"_s, isoOrNull(result.run.baseDate)},
            {u"registrationDate"_s, isoOrNull(result.run.registrationDate)},
            {u"electionName"_s, result.run.electionName},
            {u"additions"_s, added},
            {u"removals"_s, removed}};
}

QJsonObject electorJson(const ElectorView &v)
{
    QJsonObject o = registrationJson(v.registration);
    o.insert(u"state"_s, v.state);
    o.insert(u"districtName"_s, v.districtName);
    QJsonArray events;
    for (const RollEvent &e : v.events)
        events.append(QJsonObject{{u"kind"_s, e.kind}, {u"on"_s, isoOrNull(e.on)},
                                  {u"reason"_s, e.reason}, {u"article"_s, e.article},
                                  {u"changeId"_s, e.changeId ? QJsonValue(e.changeId) : QJsonValue()},
                                  {u"recordedAt"_s, e.recordedAt}, {u"recordedBy"_s, e.recordedBy}});
    o.insert(u"events"_s, events);
    return o;
}

QJsonObject districtJson(const District &d)
{
    return {{u"no"_s, d.no}, {u"name"_s, d.name}, {u"pollingPlace"_s, d.pollingPlace},
            {u"areas"_s, QJsonArray::fromStringList(d.areas)}, {u"version"_s, d.version}};
}

QJsonObject inspectionJson(const Inspection &i)
{
    QJsonArray shown;
    for (qint64 p : i.shown)
        shown.append(p);
    return {{u"id"_s, i.id}, {u"requester"_s, i.requester}, {u"requesterKind"_s, i.requesterKind},
            {u"purpose"_s, i.purpose}, {u"districtNo"_s, i.districtNo}, {u"shown"_s, shown},
            {u"recordedAt"_s, i.recordedAt}};
}

} // namespace kikan::electoral_roll
