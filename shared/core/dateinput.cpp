// Reading typed dates (see dateinput.h for the accepted forms).
#include "shared/core/dateinput.h"

#include <QRegularExpression>

namespace kikan::core {
namespace {

Error formatError(const QString &text)
{
    return Error{err::DateFormat,
                 QStringLiteral("「%1」は日付として読めません（例: 令和6年11月24日、R6.11.24、"
                                "5061124、20241124）")
                     .arg(text)};
}

Result<ParsedDate> wareki(const Era *era, int year, int month, int day, DateForm form)
{
    const Result<WarekiDate> w = WarekiDate::fromParts(*era, year, month, day);
    if (!w)
        return w.error();
    return ParsedDate{w->toDate(), form};
}

Result<ParsedDate> seireki(int year, int month, int day, DateForm form)
{
    const QDate date(year, month, day);
    if (!date.isValid()) {
        return Error{err::DateInvalid,
                     QStringLiteral("%1年%2月%3日という日付はありません").arg(year).arg(month).arg(day)};
    }
    const Result<WarekiDate> w = WarekiDate::fromDate(date);
    if (!w) // 明治より前: Kikan holds no such dates
        return w.error();
    return ParsedDate{date, form};
}

int yearOf(const QString &yearText)
{
    return yearText == u"元" ? 1 : yearText.toInt();
}

// A date written with an era (long or short form): era, year in group 2, month and day in
// groups monthGroup and monthGroup + 1. A name that is no era makes the whole text unreadable.
Result<ParsedDate> writtenWareki(const Era *era, const QRegularExpressionMatch &m, int monthGroup,
                                 DateForm form, const QString &text)
{
    if (!era)
        return formatError(text);
    return wareki(era, yearOf(m.captured(2)), m.captured(monthGroup).toInt(),
                  m.captured(monthGroup + 1).toInt(), form);
}

} // namespace

QString compactAscii(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFF01 + 0x21);
        out.append(c);
    }
    return out;
}

Result<ParsedDate> parseDate(const QString &text)
{
    const QString s = compactAscii(text);
    if (s.isEmpty())
        return Error{err::DateEmpty, QStringLiteral("日付が入力されていません")};

    static const QRegularExpression longForm(
        QStringLiteral("^(\\p{Han}{1,2})(元|[0-9]{1,2})年([0-9]{1,2})月([0-9]{1,2})日$"));
    static const QRegularExpression shortForm(
        QStringLiteral("^([A-Za-z])(元|[0-9]{1,2})([./-])([0-9]{1,2})\\3([0-9]{1,2})$"));
    static const QRegularExpression counter(
        QStringLiteral("^([0-9])([0-9]{2})([0-9]{2})([0-9]{2})$"));
    static const QRegularExpression eight(QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})$"));
    static const QRegularExpression written(QStringLiteral(
        "^([0-9]{4})(?:([./-])([0-9]{1,2})\\2([0-9]{1,2})|年([0-9]{1,2})月([0-9]{1,2})日)$"));

    QRegularExpressionMatch m;
    if ((m = longForm.match(s)).hasMatch())
        return writtenWareki(eraByName(m.captured(1)), m, 3, DateForm::WarekiLong, text);
    if ((m = shortForm.match(s)).hasMatch()) {
        return writtenWareki(eraByAbbreviation(m.captured(1)), m, 4, DateForm::WarekiShort,
                             text);
    }
    if ((m = counter.match(s)).hasMatch()) {
        const Era *era = eraByCode(m.captured(1).toInt());
        if (!era) {
            return Error{err::DateFormat,
                         QStringLiteral("7桁の日付の先頭は元号コード（1 明治、2 大正、3 昭和、"
                                        "4 平成、5 令和）です: %1")
                             .arg(text)};
        }
        return wareki(era, m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                      DateForm::CounterDigits);
    }
    if ((m = eight.match(s)).hasMatch()) {
        return seireki(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                       DateForm::SeirekiDigits);
    }
    if ((m = written.match(s)).hasMatch()) {
        const bool sep = !m.captured(2).isEmpty();
        return seireki(m.captured(1).toInt(), m.captured(sep ? 3 : 5).toInt(),
                       m.captured(sep ? 4 : 6).toInt(), DateForm::SeirekiWritten);
    }
    return formatError(text);
}

} // namespace kikan::core
