// Searching the seven logs and exporting them as CSV: the filters of
// GET /api/v1/admin/audit and …/audit/export, their validation, and the queries (served by the
// period + user/kind/subject/event indexes of schema/). Field rules: docs/audit.md ("Search").
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace kikan::store {
class Database;
}

namespace kikan::audit {

struct AuditQuery {
    QString from;      // UTC ISO 8601 with ms, inclusive; empty: no lower bound
    QString to;        // UTC ISO 8601 with ms, exclusive; empty: no upper bound
    QString loginId;
    QString kind;      // a kindName()
    QString subject;
    QString event;
    std::optional<bool> success;
    int limit = 100;
    qint64 offset = 0;

    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;

    // Parses the query string. Dates: "2024-04-01" is that whole day in Japan time (to= includes
    // it); "2024-04-01T09:30:00" without an offset is Japan time; with "Z" or "+09:00" as given.
    // Throws core::Failure::invalidField (422 request.validation) naming the first bad field.
    static AuditQuery fromUrlQuery(const QUrlQuery &query);
    // The filters as given back (for the access log of a search).
    QJsonObject toJson() const;
};

// {total, entries:[…]} newest first (occurred_at, then id, descending).
QJsonObject searchEntries(store::Database &database, const AuditQuery &query);

struct CsvExport {
    QByteArray utf8;      // without the BOM (Response::csv adds it)
    qint64 rows = 0;
    qint64 total = 0;     // all matching rows; more than rows when capped
    bool capped() const { return total > rows; }
};
inline constexpr qint64 kMaxExportRows = 100000;

// Every matching row (limit/offset ignored) newest first, up to kMaxExportRows, with Japanese
// column headers; times in Japan time. Cells that a spreadsheet would run as a formula are
// prefixed with "'".
CsvExport exportCsv(store::Database &database, const AuditQuery &query);

} // namespace kikan::audit
