// The counter's search box classifier (see searchinput.h).
#include "shared/core/searchinput.h"


namespace kikan::core {
namespace {

bool isIgnorable(char32_t c)
{
    return c == u' ' || c == 0x3000 || c == u'-' || c == 0xFF0D || c == 0x30FB || c == 0xFF65;
}

QString bareDigits(const QString &s)
{
    QString digits;
    for (QChar c : s) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!isIgnorable(c.unicode()))
            return QString();
    }
    return digits;
}

// The script of a name, or None when a character is not a letter a name holds.
NameScript nameScript(const QString &s)
{
    int kanji = 0, katakana = 0, hiragana = 0, latin = 0;
    for (const char32_t c : s.toUcs4()) {
        if (isIgnorable(c) || c == 0x30FC || c == 0xFF70 || c == 0xFF9E || c == 0xFF9F)
            continue; // ー ｰ ﾞ ﾟ
        switch (QChar::script(c)) {
        case QChar::Script_Han: ++kanji; break; // includes 々 and 〆
        case QChar::Script_Katakana: ++katakana; break;
        case QChar::Script_Hiragana: ++hiragana; break;
        case QChar::Script_Latin: ++latin; break;
        case QChar::Script_Inherited: // variation selectors, combining 濁点
            if (kanji + katakana + hiragana + latin == 0)
                return NameScript::None;
            break;
        default:
            return NameScript::None;
        }
    }
    const int scripts = (kanji > 0) + (katakana > 0) + (hiragana > 0) + (latin > 0);
    if (scripts == 0)
        return NameScript::None;
    if (scripts > 1)
        return NameScript::Mixed;
    return kanji ? NameScript::Kanji
                 : katakana ? NameScript::Katakana
                            : hiragana ? NameScript::Hiragana : NameScript::Latin;
}

} // namespace

SearchInput classifySearchInput(const QString &text)
{
    SearchInput in;
    const QString compact = compactAscii(text);
    if (compact.isEmpty())
        return in;
    const QString digits = bareDigits(compact);
    const Result<ParsedDate> date = parseDate(compact);
    if (date) {
        in.kind = SearchKind::Date;
        in.date = date->date;
        in.dateForm = date->form;
        const bool bare = date->form == DateForm::CounterDigits
                          || date->form == DateForm::SeirekiDigits;
        in.number = bare ? digits : QString();
        return in;
    }
    if (!digits.isEmpty()) {
        in.kind = SearchKind::Number;
        in.number = digits;
        in.dateError = date.error(); // e.g. 4050132: a number, or a mistyped date
        return in;
    }
    if (date.error().code != QLatin1String(err::DateFormat)) {
        in.kind = SearchKind::InvalidDate;
        in.dateError = date.error();
        return in;
    }
    in.script = nameScript(text.trimmed());
    in.kind = in.script == NameScript::None ? SearchKind::Unknown : SearchKind::Name;
    return in;
}

} // namespace kikan::core
