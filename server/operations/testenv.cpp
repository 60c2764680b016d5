// The test environment's refresh (testenv.h): refusals, copy of the newest verified backup,
// masking in one transaction, the mark, the check against the source, and the swap.
#include "testenv.h"

#include "backup.h"
#include "datadirlock.h"
#include "masking.h"
#include "server/core/config.h"
#include "server/core/dates.h"
#include "server/store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <stdexcept>

namespace kikan::operations {

namespace {

const char kSetting[] = "operations.environment";

const char kUsage[] =
    "使い方: kikan-server testenv refresh [--seed 数] --config テスト環境の設定ファイル\n"
    "  本番の最新のバックアップ（testenv/source_backups）から、個人情報を置き換えたテスト環境の\n"
    "  データベースを作り直します。テスト環境のサーバーは止めてから実行します。\n";

[[noreturn]] void refuse(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

store::Database openFile(const QString &file)
{
    core::StoreConfig config;
    config.sqlitePath = file;
    return store::Database(config);
}

QString environmentOfFile(const QString &file)
{
    store::Database db = openFile(file);
    QString value;
    try {
        value = environmentOf(db);
    } catch (const std::exception &) {
        value.clear(); // not a Kikan database: treated as production
    }
    db.releaseThreadConnection();
    return value;
}

// Where the refresh may write: SQLite, a configured source, a target that is absent or marked.
QString newestSource(const core::ServerConfig &config)
{
    if (config.store.driver != core::StoreConfig::Driver::Sqlite)
        refuse(QStringLiteral("テスト環境の更新は今のところ SQLite だけです（PostgreSQL は "
                              "pgBackRest の復元と同じ手順を docs/operations.md で）。"));
    const QString folder = config.stringValue(QStringLiteral("testenv/source_backups"));
    if (folder.isEmpty())
        refuse(QStringLiteral("この設定はテスト環境のものではありません（testenv/source_backups が"
                              "ありません）。本番の設定では実行できません。"));
    const QString target = QFileInfo(config.store.sqlitePath).absoluteFilePath();
    if (QFileInfo::exists(target) && environmentOfFile(target) != QLatin1String("test"))
        refuse(QStringLiteral("%1 はテスト環境の印のないデータベース（本番かもしれません）です。"
                              "テスト環境の更新では上書きしません。").arg(target));
    const QStringList backups = listBackups(folder);
    if (backups.isEmpty())
        refuse(QStringLiteral("%1 にバックアップがありません。").arg(folder));
    const QString source = QDir(folder).absoluteFilePath(backups.first());
    if (QFileInfo(source).absolutePath() == QFileInfo(target).absolutePath())
        refuse(QStringLiteral("テスト環境のデータベースを本番のバックアップと同じフォルダーには"
                              "作れません。"));
    return source;
}

void mask(const QString &file, const QString &source, quint64 seed, RefreshResult &result)
{
    store::Database db = openFile(file);
    {
        store::Transaction transaction(db);
        const MaskCounts counts = maskPersonalData(transaction.db(), seed);
        store::exec(transaction.db(),
                    QStringLiteral("INSERT INTO server_settings (name, value, updated_at) VALUES "
                                   "(?, 'test', ?) ON CONFLICT (name) DO UPDATE SET value = "
                                   "excluded.value, updated_at = excluded.updated_at"),
                    {QLatin1String(kSetting), core::timestamp(QDateTime::currentDateTimeUtc())});
        transaction.commit();
        result.people = counts.people;
        result.households = counts.households;
        result.notes = counts.notes;
    }
    const QStringList left = leftoverPersonalData(db.connection(), source);
    store::exec(db.connection(), QStringLiteral("VACUUM")); // no masked-out data left in free pages
    db.releaseThreadConnection();
    if (!left.isEmpty())
        refuse(QStringLiteral("置き換えの後も本番の個人情報が残っています:\n") + left.join('\n'));
}

} // namespace

QString environmentOf(store::Database &database)
{
    QSqlQuery q = store::exec(database.connection(),
                              QStringLiteral("SELECT value FROM server_settings WHERE name = ?"),
                              {QLatin1String(kSetting)});
    return q.next() ? q.value(0).toString() : QString();
}

RefreshResult refreshTestEnvironment(const core::ServerConfig &config, quint64 seed)
{
    RefreshResult result;
    result.source = newestSource(config);
    result.target = QFileInfo(config.store.sqlitePath).absoluteFilePath();
    const DataDirLock lock(config.dataDir); // not while the test environment's server runs
    const CopyCheck check = verifyCopy(result.source);
    if (!check.ok)
        refuse(check.message);
    const QString work = result.target + QStringLiteral(".masking");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(work + QLatin1String(suffix));
    if (!QFile::copy(result.source, work))
        refuse(QStringLiteral("%1 を %2 に写せません。").arg(result.source, work));
    try {
        mask(work, result.source, seed, result);
    } catch (...) {
        QFile::remove(work);
        throw;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(result.target + QLatin1String(suffix));
    if (!QFile::rename(work, result.target))
        refuse(QStringLiteral("%1 を置けません。").arg(result.target));
    return result;
}

int runTestEnvCommand(const QStringList &args, const core::ServerConfig &config, QTextStream &out,
                      QTextStream &err)
{
    const bool seeded = args.size() == 3 && args.at(1) == QLatin1String("--seed");
    if (args.value(0) != QLatin1String("refresh") || (args.size() != 1 && !seeded)) {
        (args.value(0) == QLatin1String("help") ? out : err) << QString::fromUtf8(kUsage);
        return args.value(0) == QLatin1String("help") ? 0 : 2;
    }
    try {
        const quint64 seed =
            seeded ? args.at(2).toULongLong() : QRandomGenerator::system()->generate64();
        const RefreshResult r = refreshTestEnvironment(config, seed);
        out << "kikan-server: テスト環境を " << r.source << " から作り直しました: " << r.target
            << "（" << r.people << " 人の氏名、" << r.households << " 世帯の住所、"
            << r.notes << " 件の支援措置の備考を置き換え）\n";
        return 0;
    } catch (const std::runtime_error &e) {
        err << "kikan-server: テスト環境を作れません: " << QString::fromUtf8(e.what()) << '\n';
        return 1;
    }
}

} // namespace kikan::operations
