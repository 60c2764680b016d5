// The search's reads of resident_records (searchstore.h).
#include "searchstore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace kikan::resident {

namespace {
QString likePrefix(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('%');
}

// The condition of a way, its bound values and the leading column of the index that answers
// it (empty: ordered by reading).
struct Condition {
    QString where;
    QVariantList values;
    QString keyColumn;
};

QString keyColumnOf(MatchBy by)
{
    switch (by) {
    case MatchBy::Name: return QStringLiteral("name_key");
    case MatchBy::FormerName: return QStringLiteral("former_name_key");
    case MatchBy::Alias: return QStringLiteral("alias_key");
    case MatchBy::NameLoose: return QStringLiteral("name_loose_key");
    case MatchBy::FormerNameLoose: return QStringLiteral("former_name_loose_key");
    case MatchBy::AliasLoose: return QStringLiteral("alias_loose_key");
    default: return {};
    }
}

Condition conditionOf(const SearchWay &way)
{
    const auto equal = [&](const char *column) {
        return Condition{QStringLiteral("%1 = ?").arg(QLatin1String(column)), {way.value}, {}};
    };
    switch (way.by) {
    case MatchBy::BirthDate: return equal("birth_date");
    case MatchBy::PartyNo: return equal("party_no");
    case MatchBy::HouseholdNo: return equal("household_no");
    case MatchBy::MyNumber: return equal("my_number");
    case MatchBy::ResidentRecordCode: return equal("resident_record_code");
    case MatchBy::Kana:
        return {QStringLiteral("kana_key LIKE ? ESCAPE '\\'"),
                {likePrefix(way.value.toString())}, QStringLiteral("kana_key")};
    case MatchBy::Address:
        return {QStringLiteral("town_area_code = ? AND address_number LIKE ? ESCAPE '\\'"),
                {way.townAreaCode, likePrefix(way.value.toString())}, {}};
    default:
        break;
    }
    const QString column = keyColumnOf(way.by);
    return {QStringLiteral("%1 IS NOT NULL AND %1 LIKE ? ESCAPE '\\'").arg(column),
            {likePrefix(way.value.toString())}, column};
}

QString selectSql(const Condition &c, bool includeRemoved, bool postgres)
{
    QString sql = QStringLiteral("SELECT party_no, kana_key, birth_date FROM resident_records "
                                 "WHERE superseded_at IS NULL AND valid_to IS NULL AND %1")
                      .arg(c.where);
    if (!includeRemoved)
        sql += QStringLiteral(" AND status = 'resident'");
    // PostgreSQL's text_pattern_ops index is ordered by its own operator (~<~), not the collation.
    const QString key = c.keyColumn.isEmpty() ? QStringLiteral("kana_key") : c.keyColumn;
    const QString keyOrder = key + (postgres && !c.keyColumn.isEmpty()
                                        ? QStringLiteral(" USING ~<~") : QString());
    const QString then = key == QLatin1String("kana_key") ? QString()
                                                          : QStringLiteral(", kana_key");
    return sql + QStringLiteral(" ORDER BY %1%2, birth_date, party_no LIMIT %3")
                     .arg(keyOrder, then).arg(kMatchCap + 1);
}
} // namespace

QString matchedByName(MatchBy by)
{
    switch (by) {
    case MatchBy::BirthDate: return QStringLiteral("birth_date");
    case MatchBy::PartyNo: return QStringLiteral("party_no");
    case MatchBy::HouseholdNo: return QStringLiteral("household_no");
    case MatchBy::MyNumber: return QStringLiteral("my_number");
    case MatchBy::ResidentRecordCode: return QStringLiteral("resident_record_code");
    case MatchBy::Kana: return QStringLiteral("kana");
    case MatchBy::Name: return QStringLiteral("name");
    case MatchBy::FormerName: return QStringLiteral("former_name");
    case MatchBy::Alias: return QStringLiteral("alias");
    case MatchBy::NameLoose: return QStringLiteral("name_loose");
    case MatchBy::FormerNameLoose: return QStringLiteral("former_name_loose");
    case MatchBy::AliasLoose: return QStringLiteral("alias_loose");
    case MatchBy::Address: return QStringLiteral("address");
    }
    return {};
}

bool isLoose(MatchBy by)
{
    return by == MatchBy::NameLoose || by == MatchBy::FormerNameLoose
           || by == MatchBy::AliasLoose;
}

WayMatches findCurrent(QSqlDatabase db, const SearchWay &way, bool includeRemoved, bool postgres)
{
    const Condition c = conditionOf(way);
    QSqlQuery q = store::exec(db, selectSql(c, includeRemoved, postgres), c.values);
    struct Row {
        qint64 partyNo;
        QString kana;
        QString birth;
    };
    QList<Row> rows;
    WayMatches out;
    while (q.next()) {
        if (rows.size() == kMatchCap) {
            out.more = true;
            break;
        }
        store::RowReader row(q);
        Row r;
        r.partyNo = row.id();
        r.kana = row.text();
        r.birth = row.text();
        rows.append(r);
    }
    // Rows read in a name index's order are put in reading order here.
    if (!c.keyColumn.isEmpty()) {
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return std::tie(a.kana, a.birth, a.partyNo) < std::tie(b.kana, b.birth, b.partyNo);
        });
    }
    for (const Row &r : std::as_const(rows))
        out.partyNos.append(r.partyNo);
    return out;
}

} // namespace kikan::resident
