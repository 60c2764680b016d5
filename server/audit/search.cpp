// Audit search and CSV export (search.h): filter parsing, one WHERE builder for both, the queries.
#include "search.h"

#include "auditlog.h"
#include "server/core/failure.h"
#include "server/core/dates.h"
#include "server/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace kikan::audit {

namespace {
const QTimeZone &japan()
{
    static const QTimeZone zone(9 * 3600); // JST has no daylight saving time
    return zone;
}

// A date or date-time filter as a UTC bound; endOfDay: a bare date stands for the next midnight.
QString parseInstant(const QString &field, const QString &text, bool endOfDay)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QDateTime at;
    if (dateOnly.match(text).hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            at = QDateTime(endOfDay ? d.addDays(1) : d, QTime(0, 0), japan());
    } else {
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (at.isValid() && at.timeSpec() == Qt::LocalTime)
            at = QDateTime(at.date(), at.time(), japan());
    }
    if (!at.isValid()) {
        throw core::Failure::invalidField(
            field, QStringLiteral("日付は 2024-04-01 または 2024-04-01T09:00:00+09:00 の形で"
                                  "指定してください。"));
    }
    return core::timestamp(at);
}

qint64 parseNumber(const QString &field, const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max) {
        throw core::Failure::invalidField(
            field, QStringLiteral("%1〜%2 の整数で指定してください。").arg(min).arg(max));
    }
    return v;
}

struct Where {
    QString sql;
    QVariantList values;
};

Where whereClause(const AuditQuery &q)
{
    QStringList parts;
    Where w;
    auto add = [&](const char *condition, const QVariant &value) {
        parts << QString::fromLatin1(condition);
        w.values << value;
    };
    // Each text filter, when given, in the order the clause has always listed them.
    const std::pair<const char *, const QString *> textFilters[] = {
        {"occurred_at >= ?", &q.from}, {"occurred_at < ?", &q.to},
        {"login_id = ?", &q.loginId},  {"kind = ?", &q.kind},
        {"subject = ?", &q.subject},   {"event = ?", &q.event},
    };
    for (const auto &[condition, value] : textFilters) {
        if (!value->isEmpty())
            add(condition, *value);
    }
    if (q.success)
        add("success = ?", *q.success ? 1 : 0);
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

qint64 countMatching(QSqlDatabase db, const Where &w)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT COUNT(*) FROM audit_log") + w.sql,
                              w.values);
    q.next();
    return q.value(0).toLongLong();
}

const char kColumns[] = "id, occurred_at, kind, event, success, login_id, auth_method, "
                        "client_address, subject, detail, request_id";
const char kNewestFirst[] = " ORDER BY occurred_at DESC, id DESC";

QJsonObject detailObject(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    // A detail made unreadable by masking stays visible as text rather than disappearing.
    return doc.isObject() ? doc.object() : QJsonObject{{QStringLiteral("text"), text}};
}

QString kindLabel(const QString &kind)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("auth"), QStringLiteral("認証")},
        {QStringLiteral("operation"), QStringLiteral("操作")},
        {QStringLiteral("access"), QStringLiteral("アクセス")},
        {QStringLiteral("event"), QStringLiteral("イベント")},
        {QStringLiteral("communication"), QStringLiteral("通信")},
        {QStringLiteral("print"), QStringLiteral("印刷")},
        {QStringLiteral("error"), QStringLiteral("エラー")},
    };
    return labels.value(kind, kind);
}

// RFC 4180 quoting; a leading = + - @ or control character would make a spreadsheet run the cell.
QString csvCell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}
} // namespace

AuditQuery AuditQuery::fromUrlQuery(const QUrlQuery &query)
{
    AuditQuery q;
    auto value = [&query](const char *key) {
        return query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded).trimmed();
    };
    if (const QString v = value("from"); !v.isEmpty())
        q.from = parseInstant(QStringLiteral("from"), v, false);
    if (const QString v = value("to"); !v.isEmpty())
        q.to = parseInstant(QStringLiteral("to"), v, true);
    q.loginId = value("user");
    if (const QString v = value("kind"); !v.isEmpty()) {
        LogKind kind;
        if (!kindFromName(v, &kind)) {
            throw core::Failure::invalidField(
                QStringLiteral("kind"),
                QStringLiteral("種別は auth, operation, access, event, communication, print, "
                               "error のいずれかです。"));
        }
        q.kind = v;
    }
    q.subject = value("subject");
    q.event = value("event");
    if (const QString v = value("success"); !v.isEmpty()) {
        if (v != QLatin1String("true") && v != QLatin1String("false")) {
            throw core::Failure::invalidField(QStringLiteral("success"),
                                               QStringLiteral("true か false で指定してください。"));
        }
        q.success = v == QLatin1String("true");
    }
    if (const QString v = value("limit"); !v.isEmpty())
        q.limit = int(parseNumber(QStringLiteral("limit"), v, 1, kMaxLimit));
    if (const QString v = value("offset"); !v.isEmpty())
        q.offset = parseNumber(QStringLiteral("offset"), v, 0, std::numeric_limits<int>::max());
    return q;
}

QJsonObject AuditQuery::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QString::fromLatin1(key), v);
    };
    put("from", from);
    put("to", to);
    put("user", loginId);
    put("kind", kind);
    put("subject", subject);
    put("event", event);
    if (success)
        o.insert(QStringLiteral("success"), *success);
    return o;
}

QJsonObject searchEntries(store::Database &database, const AuditQuery &query)
{
    QSqlDatabase db = database.connection();
    const Where w = whereClause(query);
    const qint64 total = countMatching(db, w);
    QSqlQuery rows = store::exec(db,
                                 QStringLiteral("SELECT %1 FROM audit_log").arg(
                                     QLatin1String(kColumns))
                                     + w.sql + QLatin1String(kNewestFirst)
                                     + QStringLiteral(" LIMIT %1 OFFSET %2")
                                           .arg(query.limit).arg(query.offset),
                                 w.values);
    QJsonArray entries;
    while (rows.next()) {
        entries.append(QJsonObject{
            {QStringLiteral("id"), rows.value(0).toLongLong()},
            {QStringLiteral("occurredAt"), rows.value(1).toString()},
            {QStringLiteral("kind"), rows.value(2).toString()},
            {QStringLiteral("event"), rows.value(3).toString()},
            {QStringLiteral("success"), rows.value(4).toInt() != 0},
            {QStringLiteral("loginId"), rows.value(5).toString()},
            {QStringLiteral("authMethod"), rows.value(6).toString()},
            {QStringLiteral("clientAddress"), rows.value(7).toString()},
            {QStringLiteral("subject"), rows.value(8).toString()},
            {QStringLiteral("detail"), detailObject(rows.value(9).toString())},
            {QStringLiteral("requestId"), rows.value(10).toString()},
        });
    }
    return QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("entries"), entries}};
}

CsvExport exportCsv(store::Database &database, const AuditQuery &query)
{
    QSqlDatabase db = database.connection();
    const Where w = whereClause(query);
    CsvExport out;
    out.total = countMatching(db, w);
    // Bounded by kMaxExportRows, so the result may be held whole (about 30 MB at most).
    QSqlQuery rows = store::exec(db,
                                 QStringLiteral("SELECT %1 FROM audit_log").arg(
                                     QLatin1String(kColumns))
                                     + w.sql + QLatin1String(kNewestFirst)
                                     + QStringLiteral(" LIMIT %1").arg(kMaxExportRows),
                                 w.values);
    out.utf8 = QStringLiteral("番号,日時,種別,イベント,結果,職員ID,認証方法,端末アドレス,対象,"
                              "要求ID,詳細\r\n").toUtf8();
    while (rows.next()) {
        const QDateTime at = core::parseTimestamp(rows.value(1).toString()).toTimeZone(japan());
        const QStringList cells{
            rows.value(0).toString(),
            at.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")),
            csvCell(kindLabel(rows.value(2).toString())),
            csvCell(rows.value(3).toString()),
            rows.value(4).toInt() != 0 ? QStringLiteral("成功") : QStringLiteral("失敗"),
            csvCell(rows.value(5).toString()),
            csvCell(rows.value(6).toString()),
            csvCell(rows.value(7).toString()),
            csvCell(rows.value(8).toString()),
            csvCell(rows.value(10).toString()),
            csvCell(rows.value(9).toString()),
        };
        out.utf8 += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
        ++out.rows;
    }
    return out;
}

} // namespace kikan::audit
