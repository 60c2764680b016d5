// Lookups in the MJ character table and the standard-set check (charset.h; data: docs/moji.md).
#include "shared/moji/charset.h"

#include "shared/moji/tables_p.h"

namespace kikan::moji {

namespace {

using detail::Record;
using detail::tables;

QString fromCodePoint(char32_t c)
{
    return c ? QString::fromUcs4(&c, 1) : QString();
}

QString sequence(char32_t base, char32_t selector)
{
    return selector ? fromCodePoint(base) + fromCodePoint(selector) : QString();
}

MjCharacter toCharacter(const Record &r)
{
    MjCharacter c;
    c.mjCode = QStringLiteral("MJ%1").arg(r.mjNumber, 6, 10, QLatin1Char('0'));
    c.ucs = fromCodePoint(r.ucs);
    c.baseUcs = fromCodePoint(r.base);
    c.ivs = sequence(r.base, r.ivs);
    c.svs = sequence(r.base, r.svs);
    if (r.juki)
        c.jukiCode = QStringLiteral("J+%1").arg(r.juki, 4, 16, QLatin1Char('0')).toUpper();
    if (r.koseki >= 0)
        c.kosekiCode = QStringLiteral("%1").arg(r.koseki, 6, 10, QLatin1Char('0'));
    c.strokes = r.strokes;
    return c;
}

template<typename Key>
std::optional<MjCharacter> find(const QHash<Key, int> &index, Key key)
{
    const auto it = index.constFind(key);
    if (it == index.constEnd())
        return std::nullopt;
    return toCharacter(tables().records[size_t(*it)]);
}

// The number after prefix when code is prefix + exactly `digits` digits in base; else nullopt.
std::optional<uint> parseCode(QStringView code, QStringView prefix, int digits, int base)
{
    if (code.size() != prefix.size() + digits || !code.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    const QStringView number = code.mid(prefix.size());
    for (QChar ch : number)
        if (!ch.isDigit() && !(base == 16 && QStringView(u"ABCDEFabcdef").contains(ch)))
            return std::nullopt;
    bool ok = false;
    const uint value = number.toUInt(&ok, base);
    return ok ? std::optional<uint>(value) : std::nullopt;
}

bool inStandardSet(const detail::Unit &u)
{
    const auto &t = tables();
    if (t.bySequence.contains(detail::sequenceKey(u.base, u.selector)))
        return true;
    if (u.selector)
        return false;
    for (const auto &[first, last] : t.nonKanji)
        if (u.base >= first && u.base <= last)
            return true;
    return false;
}

} // namespace

std::optional<MjCharacter> byMjCode(QStringView mjCode)
{
    const auto n = parseCode(mjCode, u"MJ", 6, 10);
    return n ? find(tables().byMjNumber, quint32(*n)) : std::nullopt;
}

std::optional<MjCharacter> byJukiCode(QStringView jukiCode)
{
    const auto n = parseCode(jukiCode, u"J+", 4, 16);
    return n ? find(tables().byJuki, quint16(*n)) : std::nullopt;
}

std::optional<MjCharacter> byKosekiCode(QStringView kosekiCode)
{
    const auto n = parseCode(kosekiCode, u"", 6, 10);
    return n ? find(tables().byKoseki, qint32(*n)) : std::nullopt;
}

std::optional<MjCharacter> byUcs(QStringView text)
{
    const QList<detail::Unit> units = detail::units(text);
    if (units.size() != 1)
        return std::nullopt;
    return find(tables().bySequence, detail::sequenceKey(units[0].base, units[0].selector));
}

QList<OutsideCharacter> outsideStandardSet(QStringView text)
{
    QList<OutsideCharacter> outside;
    for (const detail::Unit &u : detail::units(text)) {
        if (!inStandardSet(u))
            outside.append({u.position, text.mid(u.position, u.length).toString()});
    }
    return outside;
}

TableSizes tableSizes()
{
    const auto &t = tables();
    return {int(t.records.size()), int(t.fold.size()), int(t.loose.size())};
}

QString attribution()
{
    return tables().attribution;
}

} // namespace kikan::moji
