// One ICU rule-based transliterator per rule set; each call borrows a clone from a small pool
// (ICU transliterators must not be shared between threads). Internal to shared/text.
#pragma once

#include <QString>

// The rules kanaKey and the Zengin conversion share, spliced into their rule literals after the
// width transforms: ASCII to upper case, spacing 濁点/半濁点 made combining and joined to the kana
// before them (NFC), hiragana to katakana, small kana to large (ヰ ヱ to イ エ).
// A macro, as only literals concatenate into one static rule text.
#define KIKAN_KANA_TO_LARGE_KATAKANA_RULES \
    u":: [a-z] Any-Upper ;\n" \
    u"[[:Hiragana:][:Katakana:]] { \\u309B > \\u3099 ;\n" \
    u"[[:Hiragana:][:Katakana:]] { \\u309C > \\u309A ;\n" \
    u":: [[:Hiragana:][:Katakana:]\\u3099\\u309A] NFC ;\n" \
    u":: Hiragana-Katakana ;\n" \
    u"ァ > ア ; ィ > イ ; ゥ > ウ ; ェ > エ ; ォ > オ ; ッ > ツ ; ャ > ヤ ; ュ > ユ ; ョ > ヨ ;\n" \
    u"ヮ > ワ ; ヵ > カ ; ヶ > ケ ; ヰ > イ ; ヱ > エ ; ゕ > カ ; ゖ > ケ ;\n"

namespace kikan::text {

class RuleTransliterator {
public:
    // `rules` in ICU transliterator syntax; must outlive the object (use a static literal).
    // Aborts on a syntax error in the rules: that is a programming error the tests catch.
    RuleTransliterator(const char16_t *id, const char16_t *rules);
    ~RuleTransliterator();
    RuleTransliterator(const RuleTransliterator &) = delete;
    RuleTransliterator &operator=(const RuleTransliterator &) = delete;

    QString apply(const QString &s) const;

private:
    struct Private;
    Private *d;
};

} // namespace kikan::text
