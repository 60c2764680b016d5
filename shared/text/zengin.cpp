// Zengin names (see zengin.h for the character set and its source).
#include "shared/text/zengin.h"

#include "shared/core/icustring.h"
#include "shared/text/transliterator_p.h"

#include <QList>

#include <memory>

#include <unicode/ucnv.h>

namespace kikan::text {
namespace {

// ICU rules: width and case of ASCII, kana to katakana with 濁点 joined, small kana to large,
// then full-width katakana (and ー) to half-width, which splits ガ into ｶﾞ.
const char16_t kZenginRules[] = uR"(
:: Null ;
:: [\uFF01-\uFF5E\u3000] Fullwidth-Halfwidth ;
)" KIKAN_KANA_TO_LARGE_KATAKANA_RULES uR"(
ｧ > ｱ ; ｨ > ｲ ; ｩ > ｳ ; ｪ > ｴ ; ｫ > ｵ ; ｬ > ﾔ ; ｭ > ﾕ ; ｮ > ﾖ ; ｯ > ﾂ ;
[\u2010\u2212\u2013] > '-' ;
:: [[:Katakana:]\u30FC\u3099\u309A] Fullwidth-Halfwidth ;
)";

const RuleTransliterator &zengin()
{
    static const RuleTransliterator t(u"Kikan-Zengin", kZenginRules);
    return t;
}

bool isZengin(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z'))
        return true;
    if (u >= 0xFF66 && u <= 0xFF9F) // ｦ ｧ-ｯ ｰ ｱ-ﾝ ﾞ ﾟ (small ones are folded before)
        return u < 0xFF67 || u > 0xFF6F;
    return QStringView(u" ().-/\\,").contains(c);
}

// The first character of `original` that does not convert, found by converting prefixes.
ZenginFailure locate(const QString &original)
{
    qsizetype pos = 0;
    for (char32_t c : original.toUcs4()) {
        const QString one = QString::fromUcs4(&c, 1);
        ++pos;
        for (QChar out : zengin().apply(one)) {
            if (!isZengin(out))
                return ZenginFailure{pos, one};
        }
    }
    return ZenginFailure{};
}

} // namespace

core::Result<QString> toZenginKana(const QString &name, ZenginFailure *failure)
{
    const QString out = zengin().apply(name);
    for (QChar c : out) {
        if (isZengin(c))
            continue;
        ZenginFailure where = locate(name);
        if (where.position == 0) // only fails in context: name the converted character
            where = ZenginFailure{out.indexOf(c) + 1, QString(c)};
        if (failure)
            *failure = where;
        return core::Error{err::ZenginUnconvertible,
                           QStringLiteral("「%1」（%2文字目）は口座振替の文字（半角カナ・英大文字・"
                                          "数字）にできません: %3")
                               .arg(where.character)
                               .arg(where.position)
                               .arg(name)};
    }
    return out;
}

core::Result<QByteArray> toZenginBytes(const QString &name, int width)
{
    const core::Result<QString> kana = toZenginKana(name);
    if (!kana)
        return kana.error();
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open("Shift_JIS", &status),
                                                            &ucnv_close);
    ucnv_setFromUCallBack(cnv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                          &status);
    QByteArray bytes(kana->size() * 2 + 1, '\0');
    const int32_t n = ucnv_fromUChars(cnv.get(), bytes.data(), int32_t(bytes.size()),
                                      reinterpret_cast<const UChar *>(kana->utf16()),
                                      int32_t(kana->size()), &status);
    if (U_FAILURE(status))
        qFatal("Shift_JIS conversion of a Zengin name failed: %s", u_errorName(status));
    bytes.truncate(n);
    if (width > 0) {
        if (bytes.size() > width) {
            return core::Error{err::ZenginTooLong,
                               QStringLiteral("「%1」は%2文字を超えます（%3文字）。短くしてください")
                                   .arg(*kana)
                                   .arg(width)
                                   .arg(bytes.size())};
        }
        bytes.append(QByteArray(width - bytes.size(), ' '));
    }
    return bytes;
}

} // namespace kikan::text
