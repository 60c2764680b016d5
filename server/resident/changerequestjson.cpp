// The 異動 requests read from JSON (changerequestjson.h).
#include "changerequestjson.h"

#include "changerules.h"
#include "personinput.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kikan::resident {

namespace {
const QString kHouseholdNo = QStringLiteral("householdNo");

VersionedNo readVersioned(const QJsonObject &body, const QString &noField,
                          const QString &versionField)
{
    VersionedNo v;
    v.no = readNumber(body, noField, {}, true);
    v.version = readVersion(body, versionField);
    return v;
}

// Another household (toHouseholdNo + toHouseholdVersion); the version is not asked for when it is
// the household of the request (claimed already).
VersionedNo readOtherHousehold(const QJsonObject &body, qint64 householdNo)
{
    VersionedNo v;
    v.no = readNumber(body, QStringLiteral("toHouseholdNo"), {}, true);
    if (v.no != householdNo)
        v.version = readVersion(body, QStringLiteral("toHouseholdVersion"));
    return v;
}

// The household of the request: householdNo + householdVersion.
VersionedNo readHousehold(const QJsonObject &body)
{
    return readVersioned(body, kHouseholdNo, QStringLiteral("householdVersion"));
}

// The person of a one-person change: partyNo + personVersion.
VersionedNo readPerson(const QJsonObject &body)
{
    return readVersioned(body, QStringLiteral("partyNo"), QStringLiteral("personVersion"));
}

QString readReasonNote(const QJsonObject &body)
{
    return readText(body, QStringLiteral("reasonNote"), {}, true, 200);
}

// "relationships": [{partyNo, relationshipCode[, relationshipText]}]; empty when absent.
QList<RelationshipEntry> readRelationships(const QJsonObject &body)
{
    QList<RelationshipEntry> out;
    const QJsonValue v = body.value(QStringLiteral("relationships"));
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        refuse(QStringLiteral("relationships"),
               QStringLiteral("続柄の一覧（配列）で指定してください。"));
    }
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("relationships[%1]").arg(i);
        const QJsonObject o = items.at(i).toObject();
        RelationshipEntry e;
        e.partyNo = readNumber(o, QStringLiteral("partyNo"), path, true);
        e.relationship = parseRelationship(o, path);
        out.append(e);
    }
    return out;
}

// The items to change. A 修正/訂正 changes something: items in `fields`, or the `address` alone.
QJsonObject editFields(const QJsonObject &body)
{
    const QJsonValue v = body.value(QStringLiteral("fields"));
    const bool addressOnly = body.value(QStringLiteral("address")).isObject();
    if (!v.isUndefined() && !v.isObject())
        refuse(QStringLiteral("fields"), QStringLiteral("修正する項目の形式が正しくありません。"));
    if (v.toObject().isEmpty() && !addressOnly)
        refuse(QStringLiteral("fields"), QStringLiteral("修正する項目を入力してください。"));
    return v.toObject();
}

RecordEdit readEdit(const QJsonObject &body)
{
    const QJsonObject f = editFields(body);
    RecordEdit edit;
    edit.fields = parsePerson(f, QStringLiteral("fields"));
    if (f.contains(QStringLiteral("relationshipCode")))
        edit.relationship = parseRelationship(f, QStringLiteral("fields"));
    if (body.contains(QStringLiteral("address")))
        edit.address = parseAddress(body, QStringLiteral("address"));
    return edit;
}

QList<MoveInPerson> readMoveInPersons(const QJsonObject &body)
{
    const QJsonArray persons = body.value(QStringLiteral("persons")).toArray();
    if (persons.isEmpty())
        refuse(QStringLiteral("persons"), QStringLiteral("異動する人を1人以上入力してください。"));
    QList<MoveInPerson> out;
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const QString path = QStringLiteral("persons[%1]").arg(i);
        const QJsonObject o = persons.at(i).toObject();
        MoveInPerson p;
        p.partyNo = readNumber(o, QStringLiteral("partyNo"), path, false);
        p.person = parsePerson(o, path);
        p.relationship = parseRelationship(o, path);
        out.append(p);
    }
    return out;
}
} // namespace

ChangeHeader parseChangeHeader(const QJsonObject &body, const QString &kindCode)
{
    ChangeHeader h;
    h.kind = kindCode;
    h.effectiveDate = readDate(body, QStringLiteral("effectiveDate"), {}, true);
    if (changeKindOn(CodeTables::instance().on(h.effectiveDate), kindCode).notified)
        h.notifiedDate = readDate(body, QStringLiteral("notifiedDate"), {}, true);
    h.entered = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return h;
}

namespace {
// The header of the kinds that work on the household of the request.
ChangeHeader householdHeader(const QJsonObject &body, const QString &kindCode)
{
    ChangeHeader h = parseChangeHeader(body, kindCode);
    h.household = readHousehold(body);
    return h;
}
} // namespace

MoveInRequest parseMoveIn(const QJsonObject &body, const QString &kindCode)
{
    MoveInRequest r{parseChangeHeader(body, kindCode)};
    const bool official = kindCode == QLatin1String("official_entry");
    if (official)
        r.reasonNote = readReasonNote(body);
    // Into an existing household (an address given must be its address) or a new one.
    if (body.contains(kHouseholdNo))
        r.header.household = readHousehold(body);
    if (!body.contains(kHouseholdNo) || body.contains(QStringLiteral("address")))
        r.address = parseAddress(body, QStringLiteral("address"));
    r.previousAddress = readText(body, QStringLiteral("previousAddress"), {}, !official, 200);
    r.persons = readMoveInPersons(body);
    return r;
}

MoveWithinRequest parseMoveWithin(const QJsonObject &body, const QString &kindCode)
{
    MoveWithinRequest r{householdHeader(body, kindCode)};
    r.address = parseAddress(body, QStringLiteral("address"));
    r.partyNos = partyNoList(body, QStringLiteral("partyNos"));
    if (body.contains(QStringLiteral("toHouseholdNo")))
        r.toHousehold = readOtherHousehold(body, r.header.household.no);
    r.relationships = readRelationships(body);
    return r;
}

MoveOutRequest parseMoveOut(const QJsonObject &body, const QString &kindCode)
{
    MoveOutRequest r{householdHeader(body, kindCode)};
    r.destinationAddress = readText(body, QStringLiteral("destinationAddress"), {}, true, 200);
    r.partyNos = partyNoList(body, QStringLiteral("partyNos"));
    r.relationships = readRelationships(body);
    return r;
}

MoveOutCancelRequest parseMoveOutCancel(const QJsonObject &body, const QString &kindCode)
{
    MoveOutCancelRequest r{householdHeader(body, kindCode)};
    r.cancelsChangeId = readNumber(body, QStringLiteral("cancelsChangeId"), {}, true);
    return r;
}

BirthRequest parseBirth(const QJsonObject &body, const QString &kindCode)
{
    BirthRequest r{householdHeader(body, kindCode)};
    const QJsonValue v = body.value(QStringLiteral("person"));
    if (!v.isObject()) {
        refuse(QStringLiteral("person"),
               QStringLiteral("生まれた子の記載事項を入力してください。"));
    }
    r.person = parsePerson(v.toObject(), QStringLiteral("person"));
    if (!r.person.birthDate)
        r.person.birthDate = r.header.effectiveDate; // 出生: the 異動日 is the birth date
    r.relationship = parseRelationship(v.toObject(), QStringLiteral("person"));
    return r;
}

DeathRequest parseDeath(const QJsonObject &body, const QString &kindCode)
{
    DeathRequest r{householdHeader(body, kindCode)};
    r.partyNo = readNumber(body, QStringLiteral("partyNo"), {}, true);
    r.relationships = readRelationships(body);
    return r;
}

HouseholderChangeRequest parseHouseholderChange(const QJsonObject &body, const QString &kindCode)
{
    HouseholderChangeRequest r{householdHeader(body, kindCode)};
    r.relationships = readRelationships(body);
    return r;
}

HouseholdSplitRequest parseHouseholdSplit(const QJsonObject &body, const QString &kindCode)
{
    HouseholdSplitRequest r{householdHeader(body, kindCode)};
    r.partyNos = partyNoList(body, QStringLiteral("partyNos"));
    r.relationships = readRelationships(body);
    return r;
}

HouseholdMergeRequest parseHouseholdMerge(const QJsonObject &body, const QString &kindCode)
{
    HouseholdMergeRequest r{householdHeader(body, kindCode)};
    r.toHousehold = readOtherHousehold(body, r.header.household.no);
    r.relationships = readRelationships(body);
    return r;
}

OfficialCorrectionRequest parseOfficialCorrection(const QJsonObject &body,
                                                  const QString &kindCode)
{
    OfficialCorrectionRequest r{householdHeader(body, kindCode)};
    r.reasonNote = readReasonNote(body);
    r.person = readPerson(body);
    r.edit = readEdit(body);
    r.relationships = readRelationships(body);
    return r;
}

OfficialRemovalRequest parseOfficialRemoval(const QJsonObject &body, const QString &kindCode)
{
    OfficialRemovalRequest r{householdHeader(body, kindCode)};
    r.reasonNote = readReasonNote(body);
    r.person = readPerson(body);
    r.relationships = readRelationships(body);
    return r;
}

ForeignResidentUpdateRequest parseForeignResidentUpdate(const QJsonObject &body,
                                                        const QString &kindCode)
{
    ForeignResidentUpdateRequest r{householdHeader(body, kindCode)};
    r.person = readPerson(body);
    const QJsonObject f = editFields(body);
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (!isForeignResidentItem(it.key())) {
            refuse(QStringLiteral("fields.") + it.key(),
                   QStringLiteral("外国人住民の記載事項の変更では変えられない項目です。"));
        }
    }
    r.fields = parsePerson(f, QStringLiteral("fields"));
    return r;
}

CorrectionRequest parseCorrection(const QJsonObject &body, const QString &kindCode)
{
    CorrectionRequest r{householdHeader(body, kindCode)};
    r.reasonNote = readReasonNote(body);
    r.person.no = readNumber(body, QStringLiteral("partyNo"), {}, true);
    r.historyNo = int(readNumber(body, QStringLiteral("historyNo"), {}, true));
    r.person.version = readVersion(body, QStringLiteral("personVersion"));
    r.edit = readEdit(body);
    const QJsonObject f = body.value(QStringLiteral("fields")).toObject();
    if (f.contains(QStringLiteral("addressSince")))
        r.addressSince = readDate(f, QStringLiteral("addressSince"), QStringLiteral("fields"), true);
    if (f.contains(QStringLiteral("residentSince"))) {
        r.residentSince = readDate(f, QStringLiteral("residentSince"), QStringLiteral("fields"),
                                   true);
    }
    return r;
}

} // namespace kikan::resident
