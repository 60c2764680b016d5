// Default printer profile sets per terminal group (docs/printing.md "Default profiles per terminal
// group"): an administrator pushes the JSON exported from a terminal (client/printing
// printerprofile.h: format kikan-printer-profiles, version 1) for a group; a terminal with no
// profiles of its own fetches its group's set at start. The server checks the file's frame (format,
// version, every profile named with a known kind); the client checks every item again on import.
#include "profilesets.h"

#include "routes.h"
#include "server/audit/auditlog.h"
#include "server/auth/adminlog.h"
#include "server/core/context.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/mass_printing/errors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>

namespace kikan::mass_printing {

namespace {
// The frame of an exported profile file; its first error in Japanese, empty when it is sound.
QString frameError(const QJsonObject &set)
{
    if (set.value(QStringLiteral("format")).toString() != QLatin1String("kikan-printer-profiles"))
        return QStringLiteral("Kikan のプリンタ設定ファイルではありません。");
    if (set.value(QStringLiteral("version")).toInt() != 1)
        return QStringLiteral("この版の Kikan では読めない形式です。");
    const QJsonArray profiles = set.value(QStringLiteral("profiles")).toArray();
    if (profiles.isEmpty())
        return QStringLiteral("プリンタ設定が一つもありません。");
    static const QSet<QString> kinds{QStringLiteral("counter"), QStringLiteral("sheet"), QStringLiteral("continuous")};
    for (int i = 0; i < profiles.size(); ++i) {
        const QJsonObject p = profiles[i].toObject();
        if (p.value(QStringLiteral("name")).toString().trimmed().isEmpty()
            || !kinds.contains(p.value(QStringLiteral("kind")).toString()))
            return QStringLiteral("%1 番目のプリンタ設定に名前か種類がありません。").arg(i + 1);
    }
    return {};
}

} // namespace

void storeProfileSet(core::ServerContext &ctx, const QString &group, const QJsonObject &set, const QString &login)
{
    if (const QString error = frameError(set); !error.isEmpty())
        throw core::Failure(api::err::ProfileSetInvalid, error);
    store::Transaction tx(ctx.database);
    store::exec(tx.db(), QStringLiteral("DELETE FROM printer_profile_sets WHERE terminal_group = ?"), {group});
    store::exec(tx.db(), QStringLiteral("INSERT INTO printer_profile_sets (terminal_group, profiles, updated_by, "
                                        "updated_at) VALUES (?, ?, ?, ?)"),
                {group, QString::fromUtf8(QJsonDocument(set).toJson(QJsonDocument::Compact)), login,
                 core::timestampNow(ctx.clock)});
    tx.commit();
}

QJsonObject profileSet(core::ServerContext &ctx, const QString &group)
{
    QSqlQuery q = store::exec(ctx.database.connection(),
                              QStringLiteral("SELECT profiles FROM printer_profile_sets WHERE terminal_group = ?"), {group});
    if (!q.next())
        throw core::Failure(api::err::ProfileSetNotFound, group);
    return QJsonDocument::fromJson(store::RowReader(q).text().toUtf8()).object();
}

namespace {
// `kikan-server printer-profiles push <group> <file>`: the administrator's push from the file a
// terminal exported (recorded as an operation of the CLI actor).
int pushCommand(core::ServerContext &ctx, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 3 || args[0] != QLatin1String("push")) {
        err << "使い方: kikan-server printer-profiles push <端末グループ> <書き出したプリンタ設定ファイル>\n";
        return 2;
    }
    QFile file(args[2]);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QStringLiteral("%1 を開けません。\n").arg(args[2]);
        return 1;
    }
    try {
        const QJsonObject set = QJsonDocument::fromJson(file.readAll()).object();
        storeProfileSet(ctx, args[1].trimmed(), set, qEnvironmentVariable("USER", QStringLiteral("cli")));
        audit::AuditEntry entry = auth::AdminLog::commandLineActor();
        entry.kind = audit::LogKind::Operation;
        entry.event = QStringLiteral("printing.profile_set_push");
        entry.subject = QStringLiteral("terminal_group:%1").arg(args[1].trimmed());
        entry.detail = {{QStringLiteral("profiles"), set.value(QStringLiteral("profiles")).toArray().size()}};
        ctx.audit.append(entry);
        out << QStringLiteral("端末グループ「%1」の既定のプリンタ設定を登録しました（%2 件）。\n")
                   .arg(args[1]).arg(set.value(QStringLiteral("profiles")).toArray().size());
        return 0;
    } catch (const core::Failure &e) {
        err << e.code() << ": " << e.detail() << "\n";
        return 1;
    }
}

} // namespace

QList<module::Command> profileSetCommands()
{
    return {{QStringLiteral("printer-profiles"),
             QStringLiteral("端末グループの既定のプリンタ設定を登録します（push <端末グループ> <ファイル>）"),
             &pushCommand}};
}

} // namespace kikan::mass_printing
