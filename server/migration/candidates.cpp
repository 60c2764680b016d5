// Candidate proposal for 文字同定 (candidates.h). The variant index is built once from the MJ
// table through the public kikan::moji lookups (MJ000001 … the last code), kept for the process.
#include "candidates.h"

#include "shared/moji/searchkey.h"
#include "shared/text/normalize.h"

#include <QHash>
#include <QRegularExpression>

namespace kikan::migration {

namespace {

constexpr int kLastMjNumber = 69999; // above the highest MJ code in use (MJ068101)

const QHash<QString, QStringList> &variantIndex()
{
    static const QHash<QString, QStringList> index = [] {
        QHash<QString, QStringList> out;
        for (int n = 1; n <= kLastMjNumber; ++n) {
            const QString code = QStringLiteral("MJ%1").arg(n, 6, 10, QLatin1Char('0'));
            if (const auto c = moji::byMjCode(code)) {
                const QString key = variantKey(*c);
                if (!key.isEmpty())
                    out[key].append(c->mjCode);
            }
        }
        return out;
    }();
    return index;
}

void add(QList<Candidate> &list, const QString &mjCode, const QString &reason)
{
    for (Candidate &c : list) {
        if (c.mjCode == mjCode) {
            if (!c.reasons.contains(reason))
                c.reasons.append(reason);
            return;
        }
    }
    list.append({mjCode, {reason}});
}

// "U+845B U+E0102", "845B" → the characters; anything else is taken as the text itself.
QString parseUcs(const QString &input)
{
    static const QRegularExpression codes(
        QStringLiteral("^(?:U\\+)?([0-9A-Fa-f]{4,6})(?:[ _](?:U\\+)?([0-9A-Fa-f]{4,6}))?$"));
    const QString s = input.trimmed();
    const QRegularExpressionMatch m = codes.match(s);
    if (!m.hasMatch())
        return s;
    QString out;
    for (int i = 1; i <= 2; ++i) {
        if (m.capturedLength(i) == 0)
            continue;
        const char32_t cp = char32_t(m.captured(i).toUInt(nullptr, 16));
        out += QString::fromUcs4(&cp, 1);
    }
    return out;
}

std::optional<moji::MjCharacter> byText(const QString &text)
{
    const QString t = parseUcs(text);
    if (t.isEmpty())
        return std::nullopt;
    if (auto c = moji::byUcs(t))
        return c;
    // A selector MJ does not know (葛+U+E0100, Adobe-Japan1): the base character.
    const QString base = text::stripVariationSelectors(t);
    if (base != t)
        return moji::byUcs(base);
    return std::nullopt;
}

} // namespace

QString characterText(const moji::MjCharacter &character)
{
    if (!character.ucs.isEmpty())
        return character.ucs;
    if (!character.ivs.isEmpty())
        return character.ivs;
    return character.svs;
}

QString variantKey(const moji::MjCharacter &character)
{
    const QString t = characterText(character);
    return t.isEmpty() ? QString() : text::stripVariationSelectors(moji::fold(t));
}

QList<moji::MjCharacter> variantsOf(const QString &key)
{
    QList<moji::MjCharacter> out;
    for (const QString &code : variantIndex().value(key)) {
        if (auto c = moji::byMjCode(code))
            out.append(*c);
    }
    return out;
}

QList<Candidate> proposeCandidates(const GlyphCodes &codes)
{
    QList<Candidate> out;
    if (!codes.jukiCode.isEmpty()) {
        if (auto c = moji::byJukiCode(codes.jukiCode))
            add(out, c->mjCode, QStringLiteral("juki"));
    }
    if (!codes.kosekiCode.isEmpty()) {
        if (auto c = moji::byKosekiCode(codes.kosekiCode))
            add(out, c->mjCode, QStringLiteral("koseki"));
    }
    if (!codes.ucsText.isEmpty()) {
        if (auto c = byText(codes.ucsText))
            add(out, c->mjCode, QStringLiteral("ucs"));
    }
    const QList<Candidate> exact = out;
    for (const Candidate &found : exact) {
        const auto c = moji::byMjCode(found.mjCode);
        for (const moji::MjCharacter &v : variantsOf(variantKey(*c)))
            add(out, v.mjCode, QStringLiteral("variant"));
    }
    // A variant that is also an exact match keeps only its exact reasons.
    for (Candidate &c : out) {
        if (c.reasons.size() > 1)
            c.reasons.removeAll(QStringLiteral("variant"));
    }
    return out;
}

QList<moji::MjCharacter> searchCharacters(const QString &query, int limit)
{
    const QString q = query.trimmed();
    QList<moji::MjCharacter> exact;
    if (q.isEmpty())
        return exact;
    const QString upper = q.toUpper();
    if (auto c = moji::byMjCode(upper))
        exact.append(*c);
    const QString juki = upper.startsWith(QLatin1String("J+")) ? upper
                                                               : QStringLiteral("J+") + upper;
    if (auto c = moji::byJukiCode(juki))
        exact.append(*c);
    if (auto c = moji::byKosekiCode(q))
        exact.append(*c);
    if (auto c = byText(q))
        exact.append(*c);
    QList<moji::MjCharacter> out;
    auto push = [&out](const moji::MjCharacter &c) {
        for (const auto &o : out) {
            if (o.mjCode == c.mjCode)
                return;
        }
        out.append(c);
    };
    for (const auto &c : exact)
        push(c);
    for (const auto &c : exact) {
        for (const auto &v : variantsOf(variantKey(c)))
            push(v);
    }
    return out.mid(0, limit);
}

QJsonObject characterJson(const moji::MjCharacter &c)
{
    return QJsonObject{{QStringLiteral("mjCode"), c.mjCode},
                       {QStringLiteral("text"), characterText(c)},
                       {QStringLiteral("ucs"), c.ucs},
                       {QStringLiteral("ivs"), c.ivs},
                       {QStringLiteral("jukiCode"), c.jukiCode},
                       {QStringLiteral("kosekiCode"), c.kosekiCode},
                       {QStringLiteral("strokes"), c.strokes}};
}

} // namespace kikan::migration
