// Kana search keys through one ICU rule-based transliterator (rules below, see kana.h for why).
#include "shared/text/kana.h"

#include "shared/text/transliterator_p.h"

namespace kikan::text {
namespace {

// ICU transliterator rules; each "::" line is a transform, the rule blocks between run in order.
// The leading Null keeps ICU from reading the first transform's filter as a global filter.
const char16_t kKanaKeyRules[] = uR"(
:: Null ;
:: [\uFF61-\uFF9F] Halfwidth-Fullwidth ;
:: [\uFF01-\uFF5E] Fullwidth-Halfwidth ;
)" KIKAN_KANA_TO_LARGE_KATAKANA_RULES uR"(
ㇰ > ク ; ㇱ > シ ; ㇲ > ス ; ㇳ > ト ; ㇴ > ヌ ; ㇵ > ハ ; ㇶ > ヒ ; ㇷ > フ ; ㇸ > ヘ ; ㇹ > ホ ;
ㇺ > ム ; ㇻ > ラ ; ㇼ > リ ; ㇽ > ル ; ㇾ > レ ; ㇿ > ロ ;
ヸ > ヴイ ; ヹ > ヴエ ;
[[:White_Space:]\u30FB\uFF65\u00B7] > ;
)";

} // namespace

QString kanaKey(const QString &s)
{
    // Function-local static: built on first use, after ICU's data is reachable.
    static const RuleTransliterator transliterator(u"Kikan-KanaKey", kKanaKeyRules);
    return transliterator.apply(s);
}

} // namespace kikan::text
