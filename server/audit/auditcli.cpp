// The audit subcommands of kikan-server (auditcli.h). They open the store directly, without the
// HTTPS server, so they run while the server is serving or stopped.
#include "auditcli.h"

#include "auditlog.h"
#include "requestobserver.h"
#include "retention.h"
#include "verify.h"
#include "server/core/clock.h"
#include "server/core/config.h"
#include "server/store/database.h"

#include <QFileInfo>
#include <QTextStream>

namespace kikan::audit {

namespace {
const char kUsage[] =
    "使い方: kikan-server audit <サブコマンド> [--config 設定ファイル]\n"
    "  verify   ハッシュの連鎖を最初から検査し、書き換え・削除・並べ替え・切り詰めを報告します\n"
    "           （問題なし: 終了コード 0、問題あり: 1）\n"
    "  purge    保存期間（audit/retention_days、既定 2557 日）を過ぎた記録を古い順に削除します\n";

int verify(store::Database &database, const core::ServerConfig &config)
{
    QTextStream out(stdout);
    const VerifyResult result = verifyChain(database);
    out << verifyReport(result);
    const QFileInfo spill(spillFilePath(config.dataDir));
    if (spill.exists() && spill.size() > 0) {
        out << "注意: データベースに書けなかったログが " << spill.absoluteFilePath()
            << " に退避されています（連鎖の外です。内容を確認してください）\n";
    }
    return result.intact() ? 0 : 1;
}

int purge(store::Database &database, const core::ServerConfig &config)
{
    core::SystemClock clock;
    AuditLog log(database, clock);
    const PurgeResult result = purgeExpired(log, retentionDays(config));
    QTextStream(result.refused ? stderr : stdout) << result.message << '\n';
    return result.refused ? 1 : 0;
}
} // namespace

int runAuditCommand(const QStringList &args, const core::ServerConfig &config)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub == QLatin1String("help") || args.size() > 1) {
        QTextStream(sub == QLatin1String("help") ? stdout : stderr) << QString::fromUtf8(kUsage);
        return sub == QLatin1String("help") ? 0 : 2;
    }
    store::Database database(config.store);
    if (sub == QLatin1String("verify"))
        return verify(database, config);
    if (sub == QLatin1String("purge"))
        return purge(database, config);
    QTextStream(stderr) << QString::fromUtf8(kUsage);
    return 2;
}

} // namespace kikan::audit
