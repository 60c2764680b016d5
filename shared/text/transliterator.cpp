// Per-thread ICU rule-based transliterators (see transliterator_p.h).
#include "shared/text/transliterator_p.h"

#include "shared/core/icustring.h"

#include <memory>
#include <unordered_map>

#include <unicode/translit.h>

namespace kikan::text {

struct RuleTransliterator::Private {
    std::unique_ptr<icu::Transliterator> prototype;
};

RuleTransliterator::RuleTransliterator(const char16_t *id, const char16_t *rules)
    : d(new Private)
{
    UParseError parseError{};
    UErrorCode status = U_ZERO_ERROR;
    d->prototype.reset(icu::Transliterator::createFromRules(
        icu::UnicodeString(id), icu::UnicodeString(rules), UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status)) {
        qFatal("transliterator rules: %s at line %d offset %d", u_errorName(status),
               parseError.line, parseError.offset);
    }
}

RuleTransliterator::~RuleTransliterator()
{
    delete d;
}

QString RuleTransliterator::apply(const QString &s) const
{
    thread_local std::unordered_map<const RuleTransliterator *,
                                    std::unique_ptr<icu::Transliterator>> mine;
    std::unique_ptr<icu::Transliterator> &t = mine[this];
    if (!t)
        t.reset(d->prototype->clone());
    icu::UnicodeString u = core::toIcu(s);
    t->transliterate(u);
    return core::fromIcu(u);
}

} // namespace kikan::text
