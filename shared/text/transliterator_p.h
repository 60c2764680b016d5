// One ICU rule-based transliterator per rule set, cloned per thread (ICU transliterators must not
// be shared between threads). Internal to shared/text.
#pragma once

#include <QString>

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
