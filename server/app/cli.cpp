#include "cli.h"

#include "application.h"
#include "dailyjobs.h"
#include "modules.h"
#include "moduleset.h"
#include "server/auth/authcli.h"
#include "server/audit/auditcli.h"
#include "server/operations/datadirlock.h"
#include "server/operations/operationscli.h"
#include "server/operations/testenv.h"
#include "server/resident/demotown/demotowncli.h"
#include "server/resident/demotown/generator.h"
#include "server/store/database.h"

#include <QDir>
#include <QTextStream>

#include <csignal>
#include <pthread.h>
#include <sys/resource.h>

namespace kikan::app {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

const char kUsage[] =
    "使い方: kikan-server <コマンド> [--config 設定ファイル]\n"
    "  init [--demo]         データフォルダを作り、データベースの構造を最新にします\n"
    "                        （--demo: デモ用・試験用の印を付けます）\n"
    "  serve                 HTTPS で API を提供します（SIGTERM で安全に停止）\n"
    "  user <サブコマンド>    職員アカウントの管理（kikan-server user help）\n"
    "  group <サブコマンド>   グループと権限の管理（kikan-server group help）\n"
    "  audit <サブコマンド>   ログの検証と保存期間の処理（kikan-server audit help）\n"
    "  demotown generate     デモの町を作ります（kikan-server demotown help）\n"
    "  restore <ファイル|latest> バックアップを戻します（サーバー停止中のみ。kikan-server restore help）\n"
    "  testenv refresh       個人情報を置き換えたテスト環境を作り直します（kikan-server testenv help）\n";
const char kConfigNote[] =
    "設定ファイルの既定値は環境変数 KIKAN_CONFIG、なければ ./kikan-server.conf です。\n";

// The usage: the platform's commands, then each module's (server/module/module.h Command).
QString usage()
{
    QString text = QString::fromUtf8(kUsage);
    for (const module::Command &c : ModuleSet(createModules()).commands())
        text += QStringLiteral("  %1 %2\n").arg(c.name.leftJustified(20), c.summary);
    return text + QString::fromUtf8(kConfigNote);
}

// `demotown generate`: the residents (server/resident/demotown), then every module's own demo data.
int demoTown(Application &application, const QStringList &args)
{
    const int rc = resident::demotown::runDemoTownCommand(application.context().database, args,
                                                          out(), err());
    if (rc != 0 || args.value(0) != QLatin1String("generate"))
        return rc;
    module::DemoOptions options;
    const qsizetype seed = args.indexOf(QStringLiteral("--seed"));
    if (seed >= 0)
        options.seed = args.value(seed + 1).toLongLong();
    application.prepare();
    for (const QString &line : application.modules().writeDemoData(application.context(), options))
        out() << "kikan-server demotown: " << line << Qt::endl;
    return 0;
}

// `kikan-server <command>` offered by a module; -1: no module offers it.
int moduleCommand(const core::ServerConfig &config, const QString &name, const QStringList &args)
{
    Application application(config);
    const std::optional<module::Command> command = application.modules().command(name);
    if (!command)
        return -1;
    application.prepare();
    return command->run(application.context(), args, out(), err());
}

// Takes "--config FILE" out of args; returns the configuration it names.
core::ServerConfig loadConfig(QStringList &args)
{
    QString file = qEnvironmentVariable("KIKAN_CONFIG", QStringLiteral("kikan-server.conf"));
    const qsizetype i = args.indexOf(QStringLiteral("--config"));
    if (i >= 0 && i + 1 < args.size()) {
        file = args.at(i + 1);
        args.remove(i, 2);
    }
    return core::ServerConfig::load(file);
}

int serve(Application &application)
{
    // Idle and slow connections wait in the listener's gate (server/http/connectionguard.h), one
    // descriptor each: take every descriptor the system allows.
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    // Block the stop signals in every thread (workers inherit the mask), then wait for one here.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    DailyJobs daily(application.context().clock);
    // A bad time (audit/purge_time, a module's key) stops here.
    addConfiguredJobs(daily, application.context(), application.modules().dailyTasks());
    application.start();
    daily.start();
    out() << "kikan-server: https://" << application.context().config.listen.host << ':'
          << application.port() << "/api/v1/ で待ち受けています" << Qt::endl;
    int received = 0;
    sigwait(&stopSignals, &received);
    out() << "kikan-server: 停止します（処理中の要求の完了を待ちます）" << Qt::endl;
    daily.stop();
    application.stop();
    out() << "kikan-server: 停止しました" << Qt::endl;
    return 0;
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.first() == QLatin1String("help")
        || args.first() == QLatin1String("--help")) {
        out() << usage();
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.takeFirst();
    try {
        core::ServerConfig config = loadConfig(args);
        if (command == QLatin1String("init")) {
            QDir().mkpath(config.dataDir);
            Application application(config);
            const int applied = application.migrate();
            const int groups = auth::ensureBuiltInGroups(application.context());
            if (args.contains(QLatin1String("--demo")))
                resident::demotown::markDemoDatabase(application.context().database);
            out() << "kikan-server: データベースを準備しました（" << applied
                  << " 件の構造変更を適用、" << groups << " 件の標準グループを作成）" << Qt::endl;
            return 0;
        }
        if (command == QLatin1String("user") || command == QLatin1String("group")) {
            Application application(config);
            application.migrate();
            return command == QLatin1String("user")
                       ? auth::runUserCommand(application.context(), args, out(), err())
                       : auth::runGroupCommand(application.context(), args, out(), err());
        }
        if (command == QLatin1String("serve")) {
            // One server per data folder: a second one stops here, naming the first one's pid.
            const operations::DataDirLock lock(config.dataDir);
            Application application(config);
            return serve(application);
        }
        if (command == QLatin1String("demotown")) {
            Application application(config);
            application.migrate();
            return demoTown(application, args);
        }
        if (command == QLatin1String("audit"))
            return audit::runAuditCommand(args, config);
        if (command == QLatin1String("restore")) // before any store is opened
            return operations::runRestoreCommand(args, config, out(), err());
        if (command == QLatin1String("testenv")) // the same: it must not create the target
            return operations::runTestEnvCommand(args, config, out(), err());
        const int rc = moduleCommand(config, command, args);
        if (rc >= 0)
            return rc;
        err() << usage();
        return 2;
    } catch (const std::exception &e) {
        err() << "kikan-server: " << QString::fromUtf8(e.what()) << Qt::endl;
        return 1;
    }
}

} // namespace kikan::app
