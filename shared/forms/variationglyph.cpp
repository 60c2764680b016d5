// cmap format 14 lookup (OpenType spec, "cmap — Character to Glyph Index Mapping Table",
// subtable format 14: Unicode Variation Sequences). See variationglyph.h.
#include "variationglyph.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace kikan::forms {

namespace {

quint32 be(const QByteArray &d, qsizetype at, int bytes)
{
    if (at < 0 || at + bytes > d.size())
        return 0;
    quint32 v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | quint8(d.at(at + i));
    return v;
}

// Offset of the format 14 subtable (platform 0, encoding 5) in the cmap table, or -1.
qsizetype format14Offset(const QByteArray &cmap)
{
    const quint32 tables = be(cmap, 2, 2);
    for (quint32 i = 0; i < tables; ++i) {
        const qsizetype record = 4 + qsizetype(i) * 8;
        if (be(cmap, record, 2) == 0 && be(cmap, record + 2, 2) == 5) {
            const qsizetype offset = be(cmap, record + 4, 4);
            return be(cmap, offset, 2) == 14 ? offset : -1;
        }
    }
    return -1;
}

// 0: unknown sequence, 1: default (use the base glyph), else 2 + glyph id.
quint32 lookup(const QByteArray &cmap, char32_t base, char32_t selector)
{
    const qsizetype table = format14Offset(cmap);
    if (table < 0)
        return 0;
    const quint32 records = be(cmap, table + 6, 4);
    for (quint32 i = 0; i < records; ++i) {
        const qsizetype r = table + 10 + qsizetype(i) * 11;
        if (be(cmap, r, 3) != selector)
            continue;
        const quint32 defaultOffset = be(cmap, r + 3, 4);
        const quint32 nonDefaultOffset = be(cmap, r + 7, 4);
        if (nonDefaultOffset) {
            const qsizetype t = table + nonDefaultOffset;
            const quint32 n = be(cmap, t, 4);
            for (quint32 m = 0; m < n; ++m) {
                if (be(cmap, t + 4 + qsizetype(m) * 5, 3) == base)
                    return 2 + be(cmap, t + 4 + qsizetype(m) * 5 + 3, 2);
            }
        }
        if (defaultOffset) {
            const qsizetype t = table + defaultOffset;
            const quint32 n = be(cmap, t, 4);
            for (quint32 m = 0; m < n; ++m) {
                const quint32 start = be(cmap, t + 4 + qsizetype(m) * 4, 3);
                const quint32 count = be(cmap, t + 4 + qsizetype(m) * 4 + 3, 1);
                if (base >= start && base <= start + count)
                    return 1;
            }
        }
        return 0;
    }
    return 0;
}

} // namespace

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

quint32 variationGlyph(const QRawFont &font, char32_t base, char32_t selector)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> tables; // family → cmap (a few MB at most)
    QByteArray cmap;
    {
        QMutexLocker lock(&mutex);
        const QString key = font.familyName() + u'/' + font.styleName();
        auto it = tables.find(key);
        if (it == tables.end())
            it = tables.insert(key, font.fontTable("cmap"));
        cmap = it.value();
    }
    const quint32 found = lookup(cmap, base, selector);
    if (found == 0)
        return 0;
    if (found == 1) {
        const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(&base, 1));
        return glyphs.value(0);
    }
    return found - 2;
}

} // namespace kikan::forms
