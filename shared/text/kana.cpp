// Kana search keys through one ICU rule-based transliterator (rules below, see kana.h for why).
#include "shared/text/kana.h"

#include "shared/core/icustring.h"

#include <memory>

#include <unicode/translit.h>

namespace kikan::text {
namespace {

// ICU transliterator rules; each "::" line is a transform, the rule blocks between run in order.
// The leading Null keeps ICU from reading the first transform's filter as a global filter.
const char16_t kKanaKeyRules[] = uR"(
:: Null ;
:: [\uFF61-\uFF9F] Halfwidth-Fullwidth ;
:: [\uFF01-\uFF5E] Fullwidth-Halfwidth ;
:: [a-z] Any-Upper ;
[[:Hiragana:][:Katakana:]] { \u309B > \u3099 ;
[[:Hiragana:][:Katakana:]] { \u309C > \u309A ;
:: [[:Hiragana:][:Katakana:]\u3099\u309A] NFC ;
:: Hiragana-Katakana ;
ァ > ア ; ィ > イ ; ゥ > ウ ; ェ > エ ; ォ > オ ; ッ > ツ ; ャ > ヤ ; ュ > ユ ; ョ > ヨ ;
ヮ > ワ ; ヵ > カ ; ヶ > ケ ;
ㇰ > ク ; ㇱ > シ ; ㇲ > ス ; ㇳ > ト ; ㇴ > ヌ ; ㇵ > ハ ; ㇶ > ヒ ; ㇷ > フ ; ㇸ > ヘ ; ㇹ > ホ ;
ㇺ > ム ; ㇻ > ラ ; ㇼ > リ ; ㇽ > ル ; ㇾ > レ ; ㇿ > ロ ;
ヰ > イ ; ヱ > エ ; ヸ > ヴイ ; ヹ > ヴエ ; ゕ > カ ; ゖ > ケ ;
[[:White_Space:]\u30FB\uFF65\u00B7] > ;
)";

std::unique_ptr<icu::Transliterator> makeKanaKey()
{
    UParseError parseError{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        u"Kikan-KanaKey", icu::UnicodeString(kKanaKeyRules), UTRANS_FORWARD, parseError,
        status));
    if (U_FAILURE(status))
        qFatal("kanaKey rules: %s at line %d offset %d", u_errorName(status), parseError.line,
               parseError.offset);
    return t;
}

const icu::Transliterator &kanaKeyTransliterator()
{
    // ICU transliterators are not safe to share between threads: one clone per thread.
    static const std::unique_ptr<icu::Transliterator> prototype = makeKanaKey();
    thread_local const std::unique_ptr<icu::Transliterator> mine(prototype->clone());
    return *mine;
}

} // namespace

QString kanaKey(const QString &s)
{
    icu::UnicodeString u = core::toIcu(s);
    kanaKeyTransliterator().transliterate(u);
    return core::fromIcu(u);
}

} // namespace kikan::text
