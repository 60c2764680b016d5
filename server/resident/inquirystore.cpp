// The 照会's read of resident_changes (inquirystore.h).
#include "inquirystore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>

namespace kikan::resident {

std::optional<ChangeEntry> changeEntry(QSqlDatabase db, qint64 changeId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT change_kind, reason_code, "
                                                 "effective_date, notified_date, notification_no, "
                                                 "cancels_change_id, recorded_at FROM "
                                                 "resident_changes WHERE id = ?"), {changeId});
    if (!q.next())
        return std::nullopt;
    store::RowReader row(q);
    const auto orNone = [](const QVariant &v, auto read) {
        return v.isNull() ? std::nullopt : std::optional(read(v));
    };
    ChangeEntry c;
    c.id = changeId;
    c.kind = row.text();
    c.reasonCode = row.text();
    c.effectiveDate = row.text();
    c.notifiedDate = orNone(row.value(), [](const QVariant &v) { return v.toString(); });
    c.notificationNo = orNone(row.value(), [](const QVariant &v) { return v.toLongLong(); });
    c.cancelsChangeId = orNone(row.value(), [](const QVariant &v) { return v.toLongLong(); });
    c.recordedAt = row.text();
    return c;
}

} // namespace kikan::resident
