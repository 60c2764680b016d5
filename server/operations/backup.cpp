// Backups of the SQLite store (backup.h): VACUUM INTO, verification, retention, restore.
#include "backup.h"

#include "events.h"
#include "server/audit/auditlog.h"
#include "server/audit/verify.h"
#include "server/core/context.h"
#include "server/core/failure.h"
#include "server/store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <stdexcept>

namespace kikan::operations {

namespace {

const QString kPrefix = QStringLiteral("kikan-");
const QString kSuffix = QStringLiteral(".db");
const QString kStamp = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

[[noreturn]] void refuse(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

QDateTime takenAt(const QString &fileName)
{
    QDateTime t = QDateTime::fromString(fileName.mid(kPrefix.size(), 16), kStamp);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// PRAGMA integrity_check on its own read-only connection.
QString integrityProblem(const QString &file)
{
    const QString name = QStringLiteral("kikan-backup-check-") + QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
                problem = q.lastError().text();
            else if (q.value(0).toString() != QLatin1String("ok"))
                problem = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QStringList removeExpired(const QString &folder, int keepDays, const QDateTime &now)
{
    QStringList removed;
    const QStringList all = listBackups(folder);
    for (qsizetype i = 1; i < all.size(); ++i) { // the newest always stays
        if (takenAt(all.at(i)).addDays(keepDays) <= now
            && QFile::remove(QDir(folder).absoluteFilePath(all.at(i)))) {
            removed << all.at(i);
        }
    }
    return removed;
}

} // namespace

BackupSettings BackupSettings::from(const core::ServerConfig &config)
{
    BackupSettings s;
    s.folder = config.stringValue(QStringLiteral("backup/folder"),
                                  QDir(config.dataDir).absoluteFilePath(QStringLiteral("backups")));
    if (QDir::isRelativePath(s.folder))
        s.folder = QDir(config.dataDir).absoluteFilePath(s.folder);
    s.keepDays = config.intValue(QStringLiteral("backup/keep_days"), s.keepDays);
    if (s.keepDays < 1)
        refuse(QStringLiteral("設定 backup/keep_days は 1 以上です。"));
    return s;
}

QString backupFileName(const QDateTime &at)
{
    return kPrefix + at.toUTC().toString(kStamp) + kSuffix;
}

QStringList listBackups(const QString &folder)
{
    QStringList names;
    for (const QString &name : QDir(folder).entryList({kPrefix + QLatin1Char('*') + kSuffix},
                                                      QDir::Files, QDir::Name | QDir::Reversed)) {
        if (takenAt(name).isValid())
            names << name;
    }
    return names;
}

CopyCheck verifyCopy(const QString &file)
{
    CopyCheck check;
    if (!QFileInfo(file).isFile()) {
        check.message = QStringLiteral("バックアップ %1 がありません。").arg(file);
        return check;
    }
    const QString problem = integrityProblem(file);
    if (!problem.isEmpty()) {
        check.message = QStringLiteral("バックアップ %1 が壊れています（integrity_check: %2）。")
                            .arg(file, problem);
        return check;
    }
    core::StoreConfig storeConfig;
    storeConfig.sqlitePath = file;
    store::Database copy(storeConfig);
    try {
        const audit::VerifyResult chain = audit::verifyChain(copy);
        check.auditEntries = chain.checked;
        check.ok = chain.intact();
        check.message = check.ok ? QStringLiteral("整合性検査と監査ログの検証に合格（監査ログ %1 件）")
                                       .arg(chain.checked)
                                 : QStringLiteral("バックアップ %1 の監査ログが検証に通りません:\n%2")
                                       .arg(file, audit::verifyReport(chain));
    } catch (const core::Failure &f) {
        check.message = QStringLiteral("バックアップ %1 を読めません: %2").arg(file, f.detail());
    }
    copy.releaseThreadConnection();
    return check;
}

BackupResult takeBackup(store::Database &database, const BackupSettings &settings,
                        const QDateTime &now)
{
    if (database.isPostgres())
        refuse(QStringLiteral("PostgreSQL のバックアップは pgBackRest で取ります"
                              "（docs/operations.md）。"));
    if (!QDir().mkpath(settings.folder))
        refuse(QStringLiteral("バックアップの保存先 %1 を作れません。").arg(settings.folder));
    BackupResult result;
    result.file = QDir(settings.folder).absoluteFilePath(backupFileName(now));
    const QString partial = result.file + QStringLiteral(".partial");
    QFile::remove(partial);
    // One read transaction: a consistent snapshot while others write (OPERATIONS.md).
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(partial).replace("'", "''"))))
        refuse(QStringLiteral("バックアップを書けません: %1").arg(q.lastError().text()));
    const CopyCheck check = verifyCopy(partial);
    if (!check.ok) {
        QFile::remove(result.file + QStringLiteral(".failed"));
        QFile::rename(partial, result.file + QStringLiteral(".failed"));
        refuse(check.message);
    }
    QFile::remove(result.file);
    if (!QFile::rename(partial, result.file))
        refuse(QStringLiteral("バックアップ %1 を保存できません。").arg(result.file));
    result.bytes = QFileInfo(result.file).size();
    result.auditEntries = check.auditEntries;
    result.removed = removeExpired(settings.folder, settings.keepDays, now);
    return result;
}

BackupResult backupAndRecord(core::ServerContext &context)
{
    const BackupResult r =
        takeBackup(context.database, BackupSettings::from(context.config), context.clock.now());
    context.audit.record(core::Actor::system(), audit::LogKind::Event,
                         QString::fromLatin1(event::Backup),
                         QStringLiteral("backup:") + QFileInfo(r.file).fileName(),
                         {{QStringLiteral("bytes"), r.bytes},
                          {QStringLiteral("auditEntries"), r.auditEntries},
                          {QStringLiteral("removed"), r.removed.size()}});
    return r;
}

QString restoreBackup(const core::ServerConfig &config, const QString &file, const QDateTime &now)
{
    if (config.store.driver != core::StoreConfig::Driver::Sqlite)
        refuse(QStringLiteral("PostgreSQL の復元は pgBackRest で行います（docs/operations.md）。"));
    const CopyCheck check = verifyCopy(file);
    if (!check.ok)
        refuse(check.message);
    const QString target = config.store.sqlitePath;
    const QString incoming = target + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(file, incoming))
        refuse(QStringLiteral("%1 を %2 に写せません。").arg(file, incoming));
    QString kept;
    if (QFile::exists(target)) {
        kept = target + QStringLiteral(".before-restore-") + now.toUTC().toString(kStamp);
        if (!QFile::rename(target, kept))
            refuse(QStringLiteral("今のデータベース %1 を退避できません。").arg(target));
    }
    // The old file's write-ahead log must not be replayed into the restored one.
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(target + QLatin1String(suffix)) && !kept.isEmpty())
            QFile::rename(target + QLatin1String(suffix), kept + QLatin1String(suffix));
    }
    if (!QFile::rename(incoming, target))
        refuse(QStringLiteral("復元したファイルを %1 に置けません。").arg(target));
    return kept;
}

} // namespace kikan::operations
