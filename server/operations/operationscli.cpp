// `kikan-server backup …` and `kikan-server restore …` (operationscli.h; rules in backup.h).
#include "operationscli.h"

#include "backup.h"
#include "datadirlock.h"
#include "server/core/context.h"
#include "server/module/module.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <stdexcept>

namespace kikan::operations {

namespace {

const char kBackupUsage[] =
    "使い方: kikan-server backup [list | verify ファイル] [--config 設定ファイル]\n"
    "  (なし)   動いているサーバーを止めずにバックアップを取り、検証し、保存期間を過ぎたものを消します\n"
    "  list     バックアップの一覧（新しい順）\n"
    "  verify   バックアップの整合性と監査ログを検証します\n";
const char kRestoreUsage[] =
    "使い方: kikan-server restore <ファイル | latest> [--config 設定ファイル]\n"
    "  サーバーを止めてから実行します。今のデータベースは .before-restore-… として残ります。\n";

int backup(core::ServerContext &context, const QStringList &args, QTextStream &out,
           QTextStream &err)
{
    const QString sub = args.value(0);
    const BackupSettings settings = BackupSettings::from(context.config);
    if (sub == QLatin1String("list")) {
        for (const QString &name : listBackups(settings.folder))
            out << QDir(settings.folder).absoluteFilePath(name) << '\n';
        return 0;
    }
    if (sub == QLatin1String("verify") && args.size() == 2) {
        const CopyCheck check = verifyCopy(args.at(1));
        (check.ok ? out : err) << check.message << '\n';
        return check.ok ? 0 : 1;
    }
    if (!sub.isEmpty()) {
        (sub == QLatin1String("help") ? out : err) << QString::fromUtf8(kBackupUsage);
        return sub == QLatin1String("help") ? 0 : 2;
    }
    try {
        const BackupResult r = backupAndRecord(context);
        out << "kikan-server: バックアップを取りました: " << r.file << "（" << r.bytes
            << " バイト、監査ログ " << r.auditEntries << " 件を検証）\n";
        for (const QString &name : r.removed)
            out << "kikan-server: 保存期間を過ぎたバックアップを消しました: " << name << '\n';
        return 0;
    } catch (const std::runtime_error &e) {
        err << "kikan-server: " << QString::fromUtf8(e.what()) << '\n';
        return 1;
    }
}

} // namespace

QList<module::Command> commands()
{
    return {{QStringLiteral("backup"),
             QStringLiteral("止めずにバックアップを取り検証します（kikan-server backup help）"),
             &backup}};
}

int runRestoreCommand(const QStringList &args, const core::ServerConfig &config, QTextStream &out,
                      QTextStream &err)
{
    if (args.size() != 1 || args.first() == QLatin1String("help")) {
        (args.value(0) == QLatin1String("help") ? out : err) << QString::fromUtf8(kRestoreUsage);
        return args.value(0) == QLatin1String("help") ? 0 : 2;
    }
    QString file = args.first();
    if (file == QLatin1String("latest")) {
        const QString folder = BackupSettings::from(config).folder;
        const QStringList all = listBackups(folder);
        if (all.isEmpty()) {
            err << "kikan-server: " << folder << " にバックアップがありません。\n";
            return 1;
        }
        file = QDir(folder).absoluteFilePath(all.first());
    }
    try {
        const DataDirLock lock(config.dataDir); // refuses while a server runs on this folder
        const QString kept = restoreBackup(config, QFileInfo(file).absoluteFilePath(),
                                           QDateTime::currentDateTimeUtc());
        out << "kikan-server: " << file << " を復元しました。";
        if (!kept.isEmpty())
            out << "以前のデータベースは " << kept << " に残しました。";
        out << '\n';
        return 0;
    } catch (const std::runtime_error &e) {
        err << "kikan-server: 復元できません: " << QString::fromUtf8(e.what()) << '\n';
        return 1;
    }
}

} // namespace kikan::operations
