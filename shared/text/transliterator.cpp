// ICU rule-based transliterators lent from a pool (see transliterator_p.h). Not thread_local:
// with mingw-w64 (the Windows client) the destructors of thread_local objects run after the
// thread's storage is gone and corrupt the heap at thread exit (seen under wine).
#include "shared/text/transliterator_p.h"

#include "shared/core/icustring.h"

#include <memory>
#include <mutex>
#include <vector>

#include <unicode/translit.h>

namespace kikan::text {

struct RuleTransliterator::Private {
    std::unique_ptr<icu::Transliterator> prototype;
    std::mutex mutex;
    // Clones not in use; at most as many as calls ever ran at once.
    std::vector<std::unique_ptr<icu::Transliterator>> idle;

    std::unique_ptr<icu::Transliterator> borrow()
    {
        {
            std::lock_guard lock(mutex);
            if (!idle.empty()) {
                std::unique_ptr<icu::Transliterator> t = std::move(idle.back());
                idle.pop_back();
                return t;
            }
        }
        return std::unique_ptr<icu::Transliterator>(prototype->clone());
    }
    void giveBack(std::unique_ptr<icu::Transliterator> t)
    {
        std::lock_guard lock(mutex);
        idle.push_back(std::move(t));
    }
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
    std::unique_ptr<icu::Transliterator> t = d->borrow();
    icu::UnicodeString u = core::toIcu(s);
    t->transliterate(u);
    d->giveBack(std::move(t));
    return core::fromIcu(u);
}

} // namespace kikan::text
