// Retention purge (retention.h): batches from the anchor, each checked, deleted and re-anchored in
// one write transaction, then one "audit.purge" event.
#include "retention.h"

#include "auditchain.h"
#include "auditlog.h"
#include "events.h"
#include "server/core/clock.h"
#include "server/core/config.h"
#include "server/store/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace kikan::audit {

namespace {
constexpr int kBatch = 5000;
}

int retentionDays(const core::ServerConfig &config)
{
    return qMax(1, config.intValue(QStringLiteral("audit/retention_days"), kDefaultRetentionDays));
}

PurgeResult purgeExpired(AuditLog &log, int days)
{
    PurgeResult r;
    store::Database &database = log.database();
    r.cutoff = log.clock().now().toUTC().addDays(-qint64(days)).toString(Qt::ISODateWithMs);
    bool more = true;
    while (more && !r.refused) {
        store::Transaction tx(database);
        QSqlQuery head = store::exec(
            tx.db(), QStringLiteral("SELECT last_id, anchor_id, anchor_hash FROM audit_head "
                                    "WHERE singleton = 1%1")
                         .arg(database.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
        head.next();
        const qint64 lastId = head.value(0).toLongLong();
        const qint64 anchorId = head.value(1).toLongLong();
        qint64 expectedId = anchorId + 1;
        QString expectedPrev = head.value(2).toString();
        QSqlQuery rows = store::exec(
            tx.db(), QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? AND id <= ? "
                                    "ORDER BY id LIMIT %2")
                         .arg(QLatin1String(kStoredColumns)).arg(kBatch),
            {anchorId, lastId});
        int read = 0;
        qint64 batchLast = 0;
        QString batchLastHash;
        while (rows.next()) {
            ++read;
            const StoredEntry e = storedEntry(rows);
            if (e.occurredAt >= r.cutoff) {
                more = false;
                break;
            }
            if (e.id != expectedId || e.prevHash != expectedPrev || chainHash(e) != e.hash) {
                r.refused = true;
                r.message = QStringLiteral("%1 番の記録が検証に合格しないため、保存期間の処理を"
                                           "中止しました。kikan-server audit verify で確認して"
                                           "ください。").arg(e.id == expectedId ? e.id
                                                                                : expectedId);
                break;
            }
            if (r.firstId == 0) {
                r.firstId = e.id;
                r.oldestAt = e.occurredAt;
            }
            r.lastId = e.id;
            r.newestAt = e.occurredAt;
            batchLast = e.id;
            batchLastHash = e.hash;
            expectedId = e.id + 1;
            expectedPrev = e.hash;
        }
        if (read < kBatch)
            more = false;
        if (r.refused || batchLast == 0)
            break;
        rows.finish();
        store::exec(tx.db(), QStringLiteral("DELETE FROM audit_log WHERE id > ? AND id <= ?"),
                    {anchorId, batchLast});
        store::exec(tx.db(),
                    QStringLiteral("UPDATE audit_head SET anchor_id = ?, anchor_hash = ? "
                                   "WHERE singleton = 1"),
                    {batchLast, batchLastHash});
        tx.commit();
        r.deleted += batchLast - anchorId;
    }
    if (!r.refused) {
        r.message = r.deleted == 0
                        ? QStringLiteral("保存期間（%1 日）を過ぎた記録はありません。").arg(days)
                        : QStringLiteral("保存期間（%1 日）を過ぎた %2 件（%3〜%4 番）を削除"
                                         "しました。").arg(days).arg(r.deleted).arg(r.firstId)
                              .arg(r.lastId);
    }

    AuditEntry entry;
    entry.kind = LogKind::Event;
    entry.event = QString::fromLatin1(event::AuditPurge);
    entry.success = !r.refused;
    entry.authMethod = QStringLiteral("system");
    entry.subject = QStringLiteral("audit_log");
    entry.detail = QJsonObject{
        {QStringLiteral("deleted"), r.deleted},
        {QStringLiteral("firstId"), r.firstId},
        {QStringLiteral("lastId"), r.lastId},
        {QStringLiteral("oldestAt"), r.oldestAt},
        {QStringLiteral("newestAt"), r.newestAt},
        {QStringLiteral("cutoff"), r.cutoff},
        {QStringLiteral("retentionDays"), days},
    };
    if (r.refused)
        entry.detail.insert(QStringLiteral("message"), r.message);
    log.append(entry);
    return r;
}

} // namespace kikan::audit
