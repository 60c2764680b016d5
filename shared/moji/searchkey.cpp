// 縮退 fold and name search keys (searchkey.h). Order and tiers: CHARACTERS.md "Search keys".
#include "shared/moji/searchkey.h"

#include "shared/moji/tables_p.h"

#include "shared/text/kana.h"

namespace kikan::moji {

namespace {

using detail::tables;

void append(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar::highSurrogate(c));
        out.append(QChar::lowSurrogate(c));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

// fold() without the NFC step; keepSelectors=false drops every selector (search keys).
QString foldUnits(const QString &text, bool keepSelectors)
{
    const auto &fold = tables().fold;
    QString out;
    out.reserve(text.size());
    for (const detail::Unit &u : detail::units(text)) {
        auto it = fold.constFind(detail::sequenceKey(u.base, u.selector));
        if (it != fold.constEnd()) {
            append(out, *it);
            continue;
        }
        // An unknown selector: fold the base alone; keep the selector only if the base stays.
        it = u.selector ? fold.constFind(detail::sequenceKey(u.base, 0)) : fold.constEnd();
        if (it != fold.constEnd()) {
            append(out, *it);
            continue;
        }
        if (!detail::isVariationSelector(u.base) || keepSelectors)
            append(out, u.base);
        if (u.selector && keepSelectors)
            append(out, u.selector);
    }
    return out;
}

QString strictKey(const QString &name)
{
    return foldUnits(name.normalized(QString::NormalizationForm_C), false);
}

} // namespace

QString fold(const QString &text)
{
    return foldUnits(text.normalized(QString::NormalizationForm_C), true);
}

QString nameSearchKey(const QString &name)
{
    return kikan::text::kanaKey(strictKey(name));
}

QString looseNameSearchKey(const QString &name)
{
    const auto &loose = tables().loose;
    const QString strict = strictKey(name);
    QString out;
    out.reserve(strict.size());
    for (const detail::Unit &u : detail::units(strict))
        append(out, loose.value(u.base, u.base));
    return kikan::text::kanaKey(out);
}

} // namespace kikan::moji
