// The counter's single search box (search.h).
#include "search.h"

#include "codetables.h"
#include "events.h"
#include "protection.h"
#include "recordjson.h"
#include "residentstore.h"
#include "server/audit/auditlog.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"
#include "shared/core/searchinput.h"
#include "shared/identity/mynumber.h"
#include "shared/moji/searchkey.h"
#include "shared/text/kana.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <QHash>

#include <algorithm>
#include <tuple>

namespace kikan::resident {

namespace {
// Rows read per way of matching; narrower input finds fewer. A way that matches more sets
// "more": the total is then a lower bound (a family name alone matches thousands at 1,000,000).
constexpr int kCap = 500;

struct Hit {
    qint64 partyNo = 0;
    QString matchedBy; // name, former_name (旧氏), alias (通称), each also *_loose; kana,
                       // birth_date, party_no, household_no, …
    bool loose = false;
    int rank = 0;      // strict before loose
};

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

// Reads the current rows only (superseded_at IS NULL AND valid_to IS NULL): the name, loose and
// reading searches are answered from the partial covering indexes of 10003 (no table reads, and
// history rows are not in them). Sets *more when the way matched more than kCap persons.
// keyColumn: the leading column of the index that answers `where` (name_key …). The rows are
// then read in that index's order, so a broad prefix (a family name alone: ~15,000 persons at
// 1,000,000) stops after kCap + 1 index entries instead of reading and sorting every match; the
// rows read are put in reading order here. Without it, the database orders by reading.
void find(QSqlDatabase db, QList<Hit> &hits, const QString &where, const QVariantList &values,
          const QString &by, int rank, bool includeRemoved, bool *more,
          const QString &keyColumn = {}, bool postgres = false)
{
    QString sql = QStringLiteral("SELECT party_no, kana_key, birth_date FROM resident_records "
                                 "WHERE superseded_at IS NULL AND valid_to IS NULL AND %1")
                      .arg(where);
    if (!includeRemoved)
        sql += QStringLiteral(" AND status = 'resident'");
    // PostgreSQL's text_pattern_ops index is ordered by its own operator (~<~), not the collation.
    const QString key = keyColumn.isEmpty() ? QStringLiteral("kana_key") : keyColumn;
    const QString keyOrder = key + (postgres && !keyColumn.isEmpty() ? QStringLiteral(" USING ~<~")
                                                                     : QString());
    const QString then = key == QLatin1String("kana_key") ? QString()
                                                          : QStringLiteral(", kana_key");
    sql += QStringLiteral(" ORDER BY %1%2, birth_date, party_no LIMIT %3")
               .arg(keyOrder, then).arg(kCap + 1);
    QSqlQuery q = store::exec(db, sql, values);
    struct Row {
        qint64 partyNo;
        QString kana;
        QString birth;
    };
    QList<Row> rows;
    while (q.next()) {
        if (rows.size() == kCap) {
            *more = true;
            break;
        }
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    if (!keyColumn.isEmpty()) {
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return std::tie(a.kana, a.birth, a.partyNo) < std::tie(b.kana, b.birth, b.partyNo);
        });
    }
    for (const Row &r : std::as_const(rows))
        hits.append({r.partyNo, by, by.endsWith(QLatin1String("_loose")), rank});
}

[[noreturn]] void unreadable(const QString &message)
{
    throw core::Failure::invalidField(QStringLiteral("q"), message);
}

// "本町1-2", "ほんちょう", "中央3丁目": a 町字 name (or reading) at the start, 番地 after it.
bool findAddress(QSqlDatabase db, QList<Hit> &hits, const QString &text, bool includeRemoved,
                 bool *more)
{
    const QString compact = text.simplified().remove(QLatin1Char(' '));
    const QString kana = text::kanaKey(compact);
    for (const TownArea &a : CodeTables::instance().townAreas()) {
        QString rest;
        if (compact.startsWith(a.name))
            rest = compact.mid(a.name.size());
        else if (!a.kana.isEmpty() && kana.startsWith(text::kanaKey(a.kana)))
            rest = kana.mid(text::kanaKey(a.kana).size());
        else
            continue;
        const QString number = normalizeAddressNumber(rest);
        find(db, hits, QStringLiteral("town_area_code = ? AND address_number LIKE ? ESCAPE '\\'"),
             {a.code, likePrefix(number)}, QStringLiteral("address"), 0, includeRemoved, more);
        return true;
    }
    return false;
}
} // namespace

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

QJsonObject searchResidents(core::ServerContext &ctx, const http::Request &request)
{
    const QString text = request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    bool ok = true;
    const int limit = request.query.hasQueryItem(QStringLiteral("limit"))
                          ? request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok) : 20;
    if (!ok || limit < 1 || limit > 100) {
        throw core::Failure::invalidField(QStringLiteral("limit"),
                                           QStringLiteral("1〜100 で指定してください。"));
    }
    const int offset = request.query.queryItemValue(QStringLiteral("offset")).toInt();
    const bool includeRemoved =
        request.query.queryItemValue(QStringLiteral("includeRemoved")) != QLatin1String("false");
    const bool showMyNumber = request.who().has(QStringLiteral("resident"),
                                                QStringLiteral("my_number"));
    const core::SearchInput input = core::classifySearchInput(text);
    QSqlDatabase db = ctx.database.connection();
    QList<Hit> hits;
    bool more = false;
    QString kind;
    switch (input.kind) {
    case core::SearchKind::Empty:
        unreadable(QStringLiteral("検索する内容を入力してください。"));
    case core::SearchKind::InvalidDate:
        unreadable(input.dateError.message);
    case core::SearchKind::Date:
        kind = QStringLiteral("birth_date");
        find(db, hits, QStringLiteral("birth_date = ?"), {core::isoDate(input.date)}, kind, 0,
             includeRemoved, &more);
        if (!input.number.isEmpty()) { // 7 or 8 digits: a 宛名番号 too
            find(db, hits, QStringLiteral("party_no = ?"), {input.number.toLongLong()},
                 QStringLiteral("party_no"), 0, includeRemoved, &more);
        }
        break;
    case core::SearchKind::Number:
        if (input.number.size() == 12) {
            kind = QStringLiteral("my_number");
            if (!showMyNumber) {
                audit::AuditEntry e = audit::AuditEntry::forRequest(
                    request, audit::LogKind::Access, QString::fromLatin1(event::Search));
                e.success = false;
                e.subject = QStringLiteral("search");
                e.detail = {{QStringLiteral("kind"), kind},
                            {QStringLiteral("error"),
                             QString::fromLatin1(api::err::ResidentMyNumberForbidden)}};
                ctx.audit.append(e);
                throw core::Failure(api::err::ResidentMyNumberForbidden,
                                     QStringLiteral("個人番号での検索には個人番号の利用の権限が必要です。"));
            }
            const auto n = identity::MyNumber::parse(input.number);
            if (!n.ok())
                unreadable(n.error().message);
            find(db, hits, QStringLiteral("my_number = ?"), {n.value().clearText()}, kind, 0,
                 includeRemoved, &more);
        } else if (input.number.size() == 11) {
            kind = QStringLiteral("resident_record_code");
            find(db, hits, QStringLiteral("resident_record_code = ?"), {input.number}, kind, 0,
                 includeRemoved, &more);
        } else {
            kind = QStringLiteral("number");
            const qint64 n = input.number.toLongLong();
            find(db, hits, QStringLiteral("party_no = ?"), {n}, QStringLiteral("party_no"), 0,
                 includeRemoved, &more);
            find(db, hits, QStringLiteral("household_no = ?"), {n},
                 QStringLiteral("household_no"), 0, includeRemoved, &more);
        }
        break;
    case core::SearchKind::Name: {
        kind = QStringLiteral("name");
        const bool kanaOnly = input.script == core::NameScript::Hiragana
                              || input.script == core::NameScript::Katakana;
        if (kanaOnly) {
            find(db, hits, QStringLiteral("kana_key LIKE ? ESCAPE '\\'"),
                 {likePrefix(text::kanaKey(text))}, QStringLiteral("kana"), 0, includeRemoved,
                 &more, QStringLiteral("kana_key"), ctx.database.isPostgres());
        }
        // The name, then the 旧氏 (with the given name) and the 通称; the loose tier after them.
        const QString strict = likePrefix(moji::nameSearchKey(text));
        const QString loose = likePrefix(moji::looseNameSearchKey(text));
        for (const auto &[column, by, key, rank] :
             {std::tuple{"name_key", "name", strict, 0},
              {"former_name_key", "former_name", strict, 0}, {"alias_key", "alias", strict, 0},
              {"name_loose_key", "name_loose", loose, 1},
              {"former_name_loose_key", "former_name_loose", loose, 1},
              {"alias_loose_key", "alias_loose", loose, 1}}) {
            find(db, hits, QStringLiteral("%1 IS NOT NULL AND %1 LIKE ? ESCAPE '\\'")
                               .arg(QLatin1String(column)),
                 {key}, QLatin1String(by), rank, includeRemoved, &more, QLatin1String(column),
                 ctx.database.isPostgres());
        }
        findAddress(db, hits, text, includeRemoved, &more);
        break;
    }
    case core::SearchKind::Unknown:
        kind = QStringLiteral("address");
        if (!findAddress(db, hits, text, includeRemoved, &more)) {
            unreadable(QStringLiteral("氏名・フリガナ・生年月日・番号・住所（町字から）の"
                                      "いずれかを入力してください。"));
        }
        break;
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.rank < b.rank; });
    // One line per person (the first way it matched); 支援措置 persons only with the right
    // (one query for all hits, not one per hit).
    QHash<qint64, Hit> first;
    QList<qint64> order;
    for (const Hit &h : std::as_const(hits)) {
        if (first.contains(h.partyNo))
            continue;
        first.insert(h.partyNo, h);
        order.append(h.partyNo);
    }
    const QList<qint64> shown = mayShowAll(ctx, request, order, QStringLiteral("search"));
    const QList<qint64> page = shown.mid(offset, limit);
    QJsonArray items;
    QJsonArray listed;
    for (const ResidentRecord &r : latestRecords(db, page)) {
        const Hit &h = first[r.partyNo];
        QJsonObject o = summaryJson(r, showMyNumber);
        o.insert(QStringLiteral("matchedBy"), h.matchedBy);
        o.insert(QStringLiteral("loose"), h.loose);
        items.append(o);
        listed.append(r.partyNo);
    }
    audit::AuditEntry e = audit::AuditEntry::forRequest(request, audit::LogKind::Access,
                                                        QString::fromLatin1(event::Search));
    e.subject = QStringLiteral("search");
    e.detail = {{QStringLiteral("kind"), kind}, {QStringLiteral("total"), shown.size()},
                {QStringLiteral("more"), more}, {QStringLiteral("partyNos"), listed}};
    ctx.audit.append(e);
    return {{QStringLiteral("query"), QJsonObject{{QStringLiteral("kind"), kind}}},
            {QStringLiteral("total"), shown.size()},
            {QStringLiteral("more"), more}, // total is a lower bound: narrow the search
            {QStringLiteral("limit"), limit},
            {QStringLiteral("offset"), offset},
            {QStringLiteral("items"), items}};
}

} // namespace kikan::resident
