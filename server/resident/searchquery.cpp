// Reading the search box's URL query into a SearchQuery (searchquery.h).
#include "searchquery.h"

#include "server/core/failure.h"

namespace kikan::resident {

namespace {
[[noreturn]] void unreadable(const QString &message)
{
    throw core::Failure::invalidField(QStringLiteral("q"), message);
}

int readLimit(const QUrlQuery &query)
{
    bool ok = true;
    const int limit = query.hasQueryItem(QStringLiteral("limit"))
                          ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok) : 20;
    if (!ok || limit < 1 || limit > 100) {
        throw core::Failure::invalidField(QStringLiteral("limit"),
                                          QStringLiteral("1〜100 で指定してください。"));
    }
    return limit;
}

SearchBy searchBy(const core::SearchInput &input)
{
    switch (input.kind) {
    case core::SearchKind::Empty:
        unreadable(QStringLiteral("検索する内容を入力してください。"));
    case core::SearchKind::InvalidDate:
        unreadable(input.dateError.message);
    case core::SearchKind::Date:
        return SearchBy::BirthDate;
    case core::SearchKind::Number:
        if (input.number.size() == 12)
            return SearchBy::MyNumber;
        return input.number.size() == 11 ? SearchBy::ResidentRecordCode : SearchBy::Number;
    case core::SearchKind::Name:
        return SearchBy::Name;
    case core::SearchKind::Unknown:
        break;
    }
    return SearchBy::Address;
}
} // namespace

QString searchKindName(SearchBy by)
{
    switch (by) {
    case SearchBy::BirthDate: return QStringLiteral("birth_date");
    case SearchBy::MyNumber: return QStringLiteral("my_number");
    case SearchBy::ResidentRecordCode: return QStringLiteral("resident_record_code");
    case SearchBy::Number: return QStringLiteral("number");
    case SearchBy::Name: return QStringLiteral("name");
    case SearchBy::Address: return QStringLiteral("address");
    }
    return {};
}

SearchQuery parseSearchQuery(const QUrlQuery &query)
{
    SearchQuery q;
    q.text = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    q.limit = readLimit(query);
    q.offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    q.includeRemoved =
        query.queryItemValue(QStringLiteral("includeRemoved")) != QLatin1String("false");
    q.input = core::classifySearchInput(q.text);
    q.by = searchBy(q.input);
    return q;
}

QString normalizeAddressNumber(const QString &text)
{
    QString s = core::compactAscii(text);
    for (const char *unit : {"丁目", "番地", "番", "号", "の", "－", "‐", "ー", "―"})
        s.replace(QString::fromUtf8(unit), QStringLiteral("-"));
    while (s.contains(QStringLiteral("--")))
        s.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

} // namespace kikan::resident
