// The 印鑑登録 rules (sealrules.h): eligibility, one seal per person, the impression's text and size.
#include "sealrules.h"

#include "shared/api/seal_registration/errors.h"
#include "shared/core/age.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace kikan::seal_registration {

using namespace Qt::Literals::StringLiterals;

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

QList<SealRules> loadCompiledIn()
{
    QFile file(QStringLiteral(":/seal_registration/rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("resources/seal_registration/rules.json is missing from the build");
    QList<SealRules> editions = parseRules(file.readAll());
    if (editions.isEmpty())
        qFatal("resources/seal_registration/rules.json has no edition");
    return editions;
}

// Initials of the words of a name written in Latin letters ("JOHN PAUL" → "JP").
QString initials(const QString &name)
{
    QString out;
    for (const QString &word : name.split(QRegularExpression(QStringLiteral("[\\s\\x{3000}]+")),
                                          Qt::SkipEmptyParts))
        out += word.front();
    return out;
}

// The template with its fields filled, or empty when a field it names is empty.
QString fill(QString form, const QHash<QString, QString> &fields)
{
    static const QRegularExpression field(QStringLiteral("\\{([A-Za-z]+)\\}"));
    for (const QRegularExpressionMatch &m : field.globalMatch(QString(form))) {
        const QString value = fields.value(m.captured(1));
        if (value.isEmpty())
            return {};
        form.replace(m.captured(0), value);
    }
    return form;
}

core::Failure refusal(const char *code) { return core::Failure(code); }

QString sizeDetail(ImpressionSize size, double sideMm)
{
    return u"印影は幅%1mm・高さ%2mm（基準の正方形は一辺%3mm）です。"_s.arg(size.widthMm, 0, 'f', 1)
        .arg(size.heightMm, 0, 'f', 1)
        .arg(sideMm, 0, 'f', 1);
}
} // namespace

QList<SealRules> parseRules(const QByteArray &json)
{
    QList<SealRules> out;
    const QJsonArray editions = QJsonDocument::fromJson(json).object().value(u"editions").toArray();
    for (const QJsonValue &v : editions) {
        const QJsonObject o = v.toObject();
        SealRules r;
        r.from = QDate::fromString(o.value(u"from").toString(), Qt::ISODate);
        r.minimumAge = o.value(u"minimumAge").toInt(15);
        const QJsonObject impression = o.value(u"impression").toObject();
        r.tooSmallSideMm = impression.value(u"tooSmallSideMm").toDouble(8.0);
        r.tooLargeSideMm = impression.value(u"tooLargeSideMm").toDouble(25.0);
        r.nameForms = strings(o.value(u"nameForms"));
        r.foreignNameForms = strings(o.value(u"foreignNameForms"));
        r.inquiryAnswerDays = o.value(u"inquiryAnswerDays").toInt(30);
        const QJsonObject certificate = o.value(u"certificate").toObject();
        r.certificatePrintsSex = certificate.value(u"printSex").toBool();
        r.certification = certificate.value(u"certification").toString();
        r.certificateLayout = certificate.value(u"layout").toString();
        const QJsonObject inquiry = o.value(u"inquiry").toObject();
        r.inquiryLayout = inquiry.value(u"layout").toString();
        r.inquiryText = inquiry.value(u"text").toString();
        r.inquiryAnswerText = inquiry.value(u"answerText").toString();
        out.append(r);
    }
    std::sort(out.begin(), out.end(),
              [](const SealRules &a, const SealRules &b) { return a.from < b.from; });
    return out;
}

const SealRules &rulesOn(QDate date)
{
    static const QList<SealRules> editions = loadCompiledIn();
    const SealRules *found = &editions.front();
    for (const SealRules &r : editions)
        if (r.from <= date)
            found = &r;
    return *found;
}

bool looksForeign(const party::PartySnapshot &person)
{
    static const QRegularExpression latin(QStringLiteral("[A-Za-zＡ-Ｚａ-ｚ]"));
    return !person.alias.isEmpty() || person.familyName.contains(latin)
           || person.givenName.contains(latin);
}

std::optional<core::Failure> eligibilityRefusal(const Applicant &applicant, QDate on,
                                                const SealRules &rules)
{
    if (!applicant.person.isResident())
        return refusal(api::err::SealNotResident);
    if (!applicant.person.birthDate.isValid()
        || core::legalAge(applicant.person.birthDate, on) < rules.minimumAge)
        return core::Failure(api::err::SealUnderAge,
                             u"登録できるのは満%1歳以上の方です。"_s.arg(rules.minimumAge));
    if (applicant.adultWard)
        return refusal(api::err::SealAdultWard);
    return std::nullopt;
}

std::optional<core::Failure> duplicateRefusal(bool holdsRegistration)
{
    if (holdsRegistration)
        return refusal(api::err::SealAlreadyRegistered);
    return std::nullopt;
}

QString normalisedImpressionText(const QString &text)
{
    static const QRegularExpression ignored(QStringLiteral("[\\s\\x{3000}.・･]"));
    return text.normalized(QString::NormalizationForm_KC).remove(ignored).toUpper();
}

QStringList allowedImpressionTexts(const Applicant &applicant, const SealRules &rules)
{
    const party::PartySnapshot &p = applicant.person;
    const QHash<QString, QString> fields{
        {u"family"_s, p.familyName},
        {u"given"_s, p.givenName},
        {u"former"_s, p.formerFamilyName},
        {u"alias"_s, p.alias},
        {u"givenFirst"_s, p.givenName.left(1)},
        {u"initials"_s, initials(p.familyName + u' ' + p.givenName)},
        {u"familyInitials"_s, initials(p.familyName)},
        {u"givenInitials"_s, initials(p.givenName)},
    };
    QStringList forms = rules.nameForms;
    if (applicant.foreignResident)
        forms += rules.foreignNameForms;
    QStringList out;
    for (const QString &form : forms) {
        const QString text = normalisedImpressionText(fill(form, fields));
        if (!text.isEmpty() && !out.contains(text))
            out << text;
    }
    return out;
}

std::optional<core::Failure> impressionTextRefusal(const QString &text,
                                                   const Applicant &applicant,
                                                   const SealRules &rules)
{
    const QString read = normalisedImpressionText(text);
    if (read.isEmpty() || !allowedImpressionTexts(applicant, rules).contains(read))
        return refusal(api::err::SealNameMismatch);
    return std::nullopt;
}

std::optional<core::Failure> sizeRefusal(ImpressionSize size, const SealRules &rules)
{
    if (size.widthMm <= rules.tooSmallSideMm && size.heightMm <= rules.tooSmallSideMm)
        return core::Failure(api::err::SealTooSmall, sizeDetail(size, rules.tooSmallSideMm));
    if (size.widthMm > rules.tooLargeSideMm || size.heightMm > rules.tooLargeSideMm)
        return core::Failure(api::err::SealTooLarge, sizeDetail(size, rules.tooLargeSideMm));
    return std::nullopt;
}

std::optional<core::Failure> inspectionRefusal(const SealInspection &inspection)
{
    if (inspection.deformable || inspection.worn)
        return refusal(api::err::SealUnsuitable);
    return std::nullopt;
}

} // namespace kikan::seal_registration
