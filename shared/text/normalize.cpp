// Storage normalisation (see normalize.h for the rules and their source).
#include "shared/text/normalize.h"

#include "shared/core/icustring.h"

#include <QHash>

#include <unicode/normalizer2.h>

namespace kikan::text {
namespace {

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

const icu::Normalizer2 &nfc()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        qFatal("ICU NFC: %s", u_errorName(status));
    return *n;
}

// Compatibility ideograph → (base, selector), built once from ICU's decomposition data.
QHash<char32_t, QString> buildSvsTable()
{
    QHash<char32_t, QString> table;
    QHash<QString, int> perBase;
    const char32_t ranges[][2] = {{0xF900, 0xFAFF}, {0x2F800, 0x2FA1F}};
    for (const auto &range : ranges) {
        for (char32_t c = range[0]; c <= range[1]; ++c) {
            icu::UnicodeString decomposition;
            if (!nfc().getDecomposition(UChar32(c), decomposition))
                continue;
            const QString base = core::fromIcu(decomposition);
            const int n = perBase[base]++;
            table.insert(c, base + QChar(char16_t(0xFE00 + n)));
        }
    }
    return table;
}

const QHash<char32_t, QString> &svsTable()
{
    static const QHash<char32_t, QString> table = buildSvsTable();
    return table;
}

} // namespace

QString compatibilityIdeographSvs(char32_t c)
{
    return svsTable().value(c);
}

QString normalizeForStorage(const QString &s)
{
    QString withSvs;
    withSvs.reserve(s.size() + 4);
    for (char32_t c : s.toUcs4()) {
        const QString svs = compatibilityIdeographSvs(c);
        if (!svs.isEmpty())
            withSvs += svs;
        else
            withSvs += QString::fromUcs4(&c, 1);
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString out = nfc().normalize(core::toIcu(withSvs), status);
    if (U_FAILURE(status))
        qFatal("ICU NFC: %s", u_errorName(status));
    return core::fromIcu(out);
}

QString stripVariationSelectors(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (char32_t c : s.toUcs4()) {
        if (!isVariationSelector(c))
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace kikan::text
