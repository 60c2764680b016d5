// 選挙人名簿 rules (rollrules.h).
#include "rollrules.h"
#include "shared/core/age.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kikan::electoral_roll {

namespace {
QByteArray resource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing from the build", path);
    return file.readAll();
}
} // namespace

QList<RollRules> parseRules(const QByteArray &json)
{
    QList<RollRules> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).object().value(u"editions").toArray()) {
        const QJsonObject o = v.toObject();
        RollRules r;
        r.from = QDate::fromString(o.value(u"from").toString(), Qt::ISODate);
        r.votingAge = o.value(u"votingAge").toInt(18);
        r.residenceMonths = o.value(u"residenceMonths").toInt(3);
        r.removalMonthsAfterMoveOut = o.value(u"removalMonthsAfterMoveOut").toInt(4);
        if (o.contains(u"periodicMonths")) {
            r.periodicMonths.clear();
            for (const QJsonValue &m : o.value(u"periodicMonths").toArray())
                r.periodicMonths << m.toInt();
        }
        r.periodicBaseDay = o.value(u"periodicBaseDay").toInt(1);
        r.periodicRegistrationDay = o.value(u"periodicRegistrationDay").toInt(2);
        out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const RollRules &a, const RollRules &b) { return a.from < b.from; });
    return out;
}

const RollRules &rulesOn(QDate date)
{
    static const QList<RollRules> editions = parseRules(resource(":/electoral_roll/rules.json"));
    const RollRules *found = &editions.front();
    for (const RollRules &r : editions)
        if (r.from <= date)
            found = &r;
    return *found;
}

Ineligible ineligibility(const Elector &e, QDate baseDate, const RollRules &rules)
{
    if (!e.japanese)
        return Ineligible::NotJapanese;
    if (!e.resident)
        return Ineligible::NotResident;
    if (!e.birthDate.isValid() || core::legalAge(e.birthDate, baseDate) < rules.votingAge)
        return Ineligible::UnderAge;
    if (!e.recordedSince.isValid()
        || e.recordedSince > baseDate.addMonths(-rules.residenceMonths))
        return Ineligible::ShortResidence;
    return Ineligible::None;
}

QString ineligibleName(Ineligible reason)
{
    switch (reason) {
    case Ineligible::None: return {};
    case Ineligible::NotJapanese: return QStringLiteral("not_japanese");
    case Ineligible::NotResident: return QStringLiteral("not_resident");
    case Ineligible::UnderAge: return QStringLiteral("under_age");
    case Ineligible::ShortResidence: return QStringLiteral("short_residence");
    }
    return {};
}

std::optional<QDate> periodicBaseDateFor(QDate registrationDay, const RollRules &rules)
{
    if (registrationDay.day() != rules.periodicRegistrationDay
        || !rules.periodicMonths.contains(registrationDay.month()))
        return std::nullopt;
    return QDate(registrationDay.year(), registrationDay.month(), rules.periodicBaseDay);
}

QList<QDate> periodicRegistrationDays(int year, const RollRules &rules)
{
    QList<QDate> out;
    for (int month : rules.periodicMonths)
        out << QDate(year, month, rules.periodicRegistrationDay);
    return out;
}

QList<qint64> additions(const QList<Elector> &electors, const QSet<qint64> &registered,
                        QDate baseDate, const RollRules &rules)
{
    QList<qint64> out;
    for (const Elector &e : electors)
        if (!registered.contains(e.partyNo) && ineligibility(e, baseDate, rules) == Ineligible::None)
            out << e.partyNo;
    std::sort(out.begin(), out.end());
    return out;
}

QDate removalDateAfterMoveOut(QDate movedOutOn, const RollRules &rules)
{
    // The months run from the day after the move (民法第140条) and end on the day before the
    // corresponding day; the 抹消 is the day after they have passed.
    return movedOutOn.addMonths(rules.removalMonthsAfterMoveOut).addDays(1);
}

PollingDistricts parsePollingDistricts(const QByteArray &json)
{
    PollingDistricts out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).object().value(u"districts").toArray()) {
        const QJsonObject d = v.toObject();
        const int no = d.value(u"no").toInt();
        out.names.insert(no, d.value(u"name").toString());
        for (const QJsonValue &a : d.value(u"areas").toArray())
            out.districtOfArea.insert(a.toString(), no);
    }
    return out;
}

const PollingDistricts &pollingDistricts()
{
    static const PollingDistricts districts =
        parsePollingDistricts(resource(":/electoral_roll/polling-districts.json"));
    return districts;
}

} // namespace kikan::electoral_roll
