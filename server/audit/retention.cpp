// Retention purge (retention.h): batches from the anchor, each checked, deleted and re-anchored in
// one write transaction, then one "audit.purge" event.
#include "retention.h"

#include "auditchain.h"
#include "auditlog.h"
#include "events.h"
#include "server/core/clock.h"
#include "server/core/dates.h"
#include "server/core/config.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"

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

namespace {
// Deletes the next batch of expired entries (verified on the way) and moves the anchor past them,
// in one transaction; returns whether more may follow.
bool purgeBatch(store::Database &database, PurgeResult &r)
{
    store::Transaction tx(database);
    QSqlQuery head = store::exec(
        tx.db(), QStringLiteral("SELECT last_id, anchor_id, anchor_hash FROM audit_head "
                                "WHERE singleton = 1%1")
                     .arg(database.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    head.next();
    store::RowReader h(head);
    const qint64 lastId = h.id();
    const qint64 anchorId = h.id();
    qint64 expectedId = anchorId + 1;
    QString expectedPrev = h.text();
    QSqlQuery rows = store::exec(
        tx.db(), QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? AND id <= ? "
                                "ORDER BY id LIMIT %2")
                     .arg(QLatin1String(kStoredColumns)).arg(kBatch),
        {anchorId, lastId});
    int read = 0;
    bool more = true;
    QString batchLastHash;
    qint64 batchLast = 0;
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
                                       "ください。").arg(e.id == expectedId ? e.id : expectedId);
            return false;
        }
        if (r.firstId == 0) {
            r.firstId = e.id;
            r.oldestAt = e.occurredAt;
        }
        r.lastId = batchLast = e.id;
        r.newestAt = e.occurredAt;
        batchLastHash = expectedPrev = e.hash;
        expectedId = e.id + 1;
    }
    if (batchLast == 0)
        return false;
    rows.finish();
    store::exec(tx.db(), QStringLiteral("DELETE FROM audit_log WHERE id > ? AND id <= ?"),
                {anchorId, batchLast});
    store::exec(tx.db(), QStringLiteral("UPDATE audit_head SET anchor_id = ?, anchor_hash = ? "
                                        "WHERE singleton = 1"),
                {batchLast, batchLastHash});
    tx.commit();
    r.deleted += batchLast - anchorId;
    return more && read == kBatch;
}

// The purge's own entry in the event log (success or refusal).
void logPurge(AuditLog &log, const PurgeResult &r, int days)
{
    QJsonObject detail{
        {QStringLiteral("deleted"), r.deleted},
        {QStringLiteral("firstId"), r.firstId},
        {QStringLiteral("lastId"), r.lastId},
        {QStringLiteral("oldestAt"), r.oldestAt},
        {QStringLiteral("newestAt"), r.newestAt},
        {QStringLiteral("cutoff"), r.cutoff},
        {QStringLiteral("retentionDays"), days},
    };
    if (r.refused)
        detail.insert(QStringLiteral("message"), r.message);
    log.record(core::Actor::system(QString()), LogKind::Event,
               QString::fromLatin1(event::AuditPurge), QStringLiteral("audit_log"), detail,
               !r.refused);
}
} // namespace

PurgeResult purgeExpired(AuditLog &log, int days)
{
    PurgeResult r;
    r.cutoff = core::timestamp(log.clock().now().addDays(-qint64(days)));
    while (purgeBatch(log.database(), r)) {
    }
    if (!r.refused) {
        r.message = r.deleted == 0
                        ? QStringLiteral("保存期間（%1 日）を過ぎた記録はありません。").arg(days)
                        : QStringLiteral("保存期間（%1 日）を過ぎた %2 件（%3〜%4 番）を削除"
                                         "しました。").arg(days).arg(r.deleted).arg(r.firstId)
                              .arg(r.lastId);
    }
    logPurge(log, r, days);
    return r;
}

} // namespace kikan::audit
