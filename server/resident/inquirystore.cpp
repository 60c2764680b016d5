// The 照会's read of resident_changes (inquirystore.h).
#include "inquirystore.h"

#include "server/store/database.h"

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
    ChangeEntry c;
    c.id = changeId;
    c.kind = q.value(0).toString();
    c.reasonCode = q.value(1).toString();
    c.effectiveDate = q.value(2).toString();
    if (!q.value(3).isNull())
        c.notifiedDate = q.value(3).toString();
    if (!q.value(4).isNull())
        c.notificationNo = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        c.cancelsChangeId = q.value(5).toLongLong();
    c.recordedAt = q.value(6).toString();
    return c;
}

} // namespace kikan::resident
