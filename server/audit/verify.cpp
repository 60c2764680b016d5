// Walking the audit chain (verify.h): one read snapshot, rows in id order, 1,000 at a time.
#include "verify.h"

#include "auditchain.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>
#include <QVariant>

namespace kikan::audit {

namespace {
constexpr int kBatch = 1000;

// A read-only snapshot for the walk: entries appended meanwhile are not seen, and writers are
// never blocked (WAL on SQLite, MVCC on PostgreSQL). Rolled back when done.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(store::Database &database) : m_db(database.connection())
    {
        store::exec(m_db, database.isPostgres()
                              ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                              : QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
    QSqlDatabase db() const { return m_db; }

private:
    QSqlDatabase m_db;
};

void add(VerifyResult &r, ChainProblem::Kind kind, qint64 id, const QString &message)
{
    ++r.problemCount;
    if (r.problems.size() < VerifyResult::kMaxProblems)
        r.problems.append({kind, id, message});
}


// One walk of the chain: the head as recorded, then every entry in id order checked against
// the one before it, then what the head says should have been seen.
class ChainWalk
{
public:
    explicit ChainWalk(VerifyResult &result) : r(result) {}

    void readHead(QSqlDatabase db);
    void checkBeforeAnchor(QSqlDatabase db);
    void check(const StoredEntry &e);
    void finish();
    qint64 nextId() const { return m_expectedId; }

private:
    using K = ChainProblem::Kind;
    VerifyResult &r;
    QString m_lastHash;
    qint64 m_expectedId = 0;
    QString m_expectedPrev;
    qint64 m_beyondFirst = 0;
    qint64 m_beyondCount = 0;
    bool m_headSeen = false;
};

void ChainWalk::readHead(QSqlDatabase db)
{
    QSqlQuery head = store::exec(db, QStringLiteral("SELECT last_id, last_hash, anchor_id, "
                                                    "anchor_hash FROM audit_head "
                                                    "WHERE singleton = 1"));
    head.next();
    store::RowReader row(head);
    r.lastId = row.id();
    m_lastHash = row.text();
    r.anchorId = row.id();
    m_expectedPrev = row.text();
    m_expectedId = r.anchorId + 1;
}

void ChainWalk::checkBeforeAnchor(QSqlDatabase db)
{
    QSqlQuery before = store::exec(db, QStringLiteral("SELECT COUNT(*), MIN(id) FROM audit_log "
                                                      "WHERE id <= ?"), {r.anchorId});
    before.next();
    if (before.value(0).toLongLong() > 0) {
        add(r, K::BeforeAnchor, before.value(1).toLongLong(),
            QStringLiteral("%1 番: 保存期間の処理で削除済みの範囲（%2 番まで）に %3 件の記録が"
                           "残っています").arg(before.value(1).toLongLong()).arg(r.anchorId)
                .arg(before.value(0).toLongLong()));
    }
}

void ChainWalk::check(const StoredEntry &e)
{
    ++r.checked;
    if (e.id > m_expectedId) {
        add(r, K::Missing, m_expectedId,
            e.id - 1 == m_expectedId
                ? QStringLiteral("%1 番: 記録がありません（削除されています）").arg(m_expectedId)
                : QStringLiteral("%1 番: 記録がありません（%1〜%2 番の %3 件が削除されて"
                                 "います）").arg(m_expectedId).arg(e.id - 1)
                      .arg(e.id - m_expectedId));
    } else if (e.prevHash != m_expectedPrev) {
        add(r, K::LinkBroken, e.id,
            QStringLiteral("%1 番: 直前の記録（%2 番）とのつながりが切れています"
                           "（削除・並べ替え・挿入の疑い）").arg(e.id).arg(e.id - 1));
    }
    if (chainHash(e) != e.hash) {
        add(r, K::Altered, e.id,
            QStringLiteral("%1 番: 内容が記録時のハッシュと一致しません（書き換えられて"
                           "います）").arg(e.id));
    }
    if (e.id > r.lastId) {
        if (m_beyondCount++ == 0)
            m_beyondFirst = e.id;
    } else if (e.id == r.lastId) {
        m_headSeen = true;
        if (e.hash != m_lastHash) {
            add(r, K::Altered, e.id,
                QStringLiteral("%1 番: 最後の記録が、記録時に控えたハッシュと一致しません"
                               "（書き換えられています）").arg(e.id));
        }
    }
    m_expectedId = e.id + 1;
    m_expectedPrev = e.hash;
}

void ChainWalk::finish()
{
    if (m_beyondCount > 0) {
        add(r, K::BeyondHead, m_beyondFirst,
            QStringLiteral("%1 番: 最終番号（%2 番）より後に %3 件の記録があります（正規の手順に"
                           "よらない追加の疑い）").arg(m_beyondFirst).arg(r.lastId)
                .arg(m_beyondCount));
    }
    if (r.lastId > r.anchorId && !m_headSeen) {
        const qint64 lastSeen = qMin(m_expectedId - 1, r.lastId);
        const QString lost = lastSeen + 1 == r.lastId
                                 ? QStringLiteral("%1 番").arg(r.lastId)
                                 : QStringLiteral("%1〜%2 番").arg(lastSeen + 1).arg(r.lastId);
        add(r, K::Truncated, lastSeen + 1,
            QStringLiteral("%1 番: 末尾の記録がありません（%2が失われています。記録は %3 番で"
                           "終わっています）").arg(lastSeen + 1).arg(lost).arg(lastSeen));
    } else if (r.lastId < r.anchorId) {
        add(r, K::Truncated, r.lastId,
            QStringLiteral("%1 番: 最終番号が削除済みの範囲（%2 番まで）より前を指しています")
                .arg(r.lastId).arg(r.anchorId));
    }
}
} // namespace

VerifyResult verifyChain(store::Database &database)
{
    VerifyResult r;
    ReadSnapshot snapshot(database);
    ChainWalk walk(r);
    walk.readHead(snapshot.db());
    walk.checkBeforeAnchor(snapshot.db());
    for (;;) {
        QSqlQuery rows = store::exec(snapshot.db(),
                                     QStringLiteral("SELECT %1 FROM audit_log WHERE id >= ? "
                                                    "ORDER BY id LIMIT %2")
                                         .arg(QLatin1String(kStoredColumns)).arg(kBatch),
                                     {walk.nextId()});
        int read = 0;
        while (rows.next()) {
            ++read;
            walk.check(storedEntry(rows));
        }
        if (read < kBatch)
            break;
    }
    walk.finish();
    return r;
}

QString verifyReport(const VerifyResult &result)
{
    if (result.intact())
        return QStringLiteral("監査ログは改ざんされていません（%1 件）\n").arg(result.checked);
    QString text = QStringLiteral("監査ログに %1 件の問題があります（%2 件を検査、%3 番より後）:\n")
                       .arg(result.problemCount).arg(result.checked).arg(result.anchorId);
    for (const ChainProblem &p : result.problems)
        text += QStringLiteral("  ") + p.message + QLatin1Char('\n');
    if (result.problemCount > result.problems.size()) {
        text += QStringLiteral("  …ほか %1 件\n").arg(result.problemCount - result.problems.size());
    }
    return text;
}

} // namespace kikan::audit
