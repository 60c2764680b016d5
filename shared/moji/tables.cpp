// Loads the generated MJ tables (mj.tsv, fold.tsv, loose.tsv, attribution.txt; docs/moji.md)
// and the curated non-kanji ranges from the resources embedded in kikan-shared, once, into hash maps.
#include "shared/moji/tables_p.h"

#include <QFile>

namespace kikan::moji::detail {

namespace {

QByteArray readResource(const QString &name)
{
    QFile file(QStringLiteral(":/kikan/moji/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("kikan::moji: the embedded table %s is missing (build error)", qPrintable(name));
    return file.readAll();
}

// The data lines of a generated TSV (comment lines start with #), split into columns.
template<typename RowFn>
void forEachRow(const QString &name, RowFn row)
{
    const QString text = QString::fromUtf8(readResource(name));
    for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'#'))
            row(line.split(u'\t'));
    }
}

Record parseRecord(const QList<QStringView> &c)
{
    if (c.size() != 8 || !c[0].startsWith(u"MJ"))
        qFatal("kikan::moji: bad row in mj.tsv: %s", qPrintable(c.value(0).toString()));
    Record r;
    r.mjNumber = c[0].mid(2).toUInt();
    r.ucs = c[1].toUcs4().value(0);
    r.base = c[2].toUcs4().value(0);
    r.ivs = c[3].toUcs4().value(1);
    r.svs = c[4].toUcs4().value(1);
    if (c[5].startsWith(u"J+"))
        r.juki = quint16(c[5].mid(2).toUInt(nullptr, 16));
    if (!c[6].isEmpty())
        r.koseki = c[6].toInt();
    r.strokes = quint8(c[7].toUInt());
    return r;
}

void loadRecords(Tables &t)
{
    t.records.reserve(60000);
    forEachRow(QStringLiteral("mj.tsv"), [&t](const QList<QStringView> &c) {
        const Record r = parseRecord(c);
        const int index = int(t.records.size());
        t.records.push_back(r);
        t.byMjNumber.insert(r.mjNumber, index);
        if (r.juki)
            t.byJuki.insert(r.juki, index);
        if (r.koseki >= 0)
            t.byKoseki.insert(r.koseki, index);
        if (r.ucs)
            t.bySequence.insert(sequenceKey(r.ucs, 0), index);
        if (r.ivs)
            t.bySequence.insert(sequenceKey(r.base, r.ivs), index);
        if (r.svs)
            t.bySequence.insert(sequenceKey(r.base, r.svs), index);
    });
}

void loadFolds(Tables &t)
{
    forEachRow(QStringLiteral("fold.tsv"), [&t](const QList<QStringView> &c) {
        const QList<uint> key = c.value(0).toUcs4();
        const QList<uint> target = c.value(1).toUcs4();
        if (key.isEmpty() || key.size() > 2 || target.size() != 1)
            qFatal("kikan::moji: bad row in fold.tsv");
        t.fold.insert(sequenceKey(key[0], key.value(1)), target[0]);
    });
    forEachRow(QStringLiteral("loose.tsv"), [&t](const QList<QStringView> &c) {
        const QList<uint> from = c.value(0).toUcs4();
        const QList<uint> to = c.value(1).toUcs4();
        if (from.size() != 1 || to.size() != 1)
            qFatal("kikan::moji: bad row in loose.tsv");
        t.loose.insert(from[0], to[0]);
    });
}

void loadNonKanji(Tables &t)
{
    const QString text = QString::fromUtf8(readResource(QStringLiteral("standard-nonkanji.txt")));
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.left(line.indexOf(u'#')).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QStringView> ends = line.split(u"..");
        bool okFirst = false, okLast = false;
        const uint first = ends[0].toUInt(&okFirst, 16);
        const uint last = ends.value(ends.size() - 1).toUInt(&okLast, 16);
        if (!okFirst || !okLast || ends.size() > 2 || last < first)
            qFatal("kikan::moji: bad range in standard-nonkanji.txt: %s",
                   qPrintable(line.toString()));
        t.nonKanji.append({first, last});
    }
}

Tables load()
{
    Tables t;
    loadRecords(t);
    loadFolds(t);
    loadNonKanji(t);
    t.attribution = QString::fromUtf8(readResource(QStringLiteral("attribution.txt"))).trimmed();
    return t;
}

} // namespace

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

QList<Unit> units(QStringView text)
{
    QList<Unit> out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        Unit u;
        u.position = i;
        const auto next = [&text, &i]() {
            const char32_t c = QChar::isHighSurrogate(text[i].unicode()) && i + 1 < text.size()
                                       && text[i + 1].isLowSurrogate()
                                   ? QChar::surrogateToUcs4(text[i], text[i + 1])
                                   : text[i].unicode();
            return c;
        };
        u.base = next();
        i += QChar::requiresSurrogates(u.base) ? 2 : 1;
        if (i < text.size()) {
            const char32_t s = next();
            if (isVariationSelector(s) && !isVariationSelector(u.base)) {
                u.selector = s;
                i += QChar::requiresSurrogates(s) ? 2 : 1;
            }
        }
        u.length = i - u.position;
        out.append(u);
    }
    return out;
}

const Tables &tables()
{
    static const Tables instance = load();
    return instance;
}

} // namespace kikan::moji::detail
