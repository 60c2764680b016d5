// Default printer profile sets per terminal group (docs/printing.md "Default profiles per terminal
// group"): an administrator pushes the JSON exported from a terminal (client/printing
// printerprofile.h: format kikan-printer-profiles, version 1) for a group; a terminal with no
// profiles of its own fetches its group's set at start. The server checks the file's frame (format,
// version, every profile named with a known kind); the client checks every item again on import.
#include "routes.h"
#include "server/audit/auditlog.h"
#include "server/auth/adminlog.h"
#include "server/core/context.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/http/router.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/errorcode.h"
#include "shared/api/mass_printing/errors.h"
#include "shared/api/mass_printing/paths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTextStream>
#include <QUrl>

namespace kikan::mass_printing {

namespace {
QString groupParam(http::Request &r)
{
    const QString group = QUrl::fromPercentEncoding(r.pathParams.value(QStringLiteral("group")).toUtf8()).trimmed();
    if (group.isEmpty() || group.size() > 40)
        throw core::Failure::invalidField(QStringLiteral("group"), QStringLiteral("端末グループ名は 1〜40 文字です。"));
    return group;
}

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

void storeSet(core::ServerContext &ctx, const QString &group, const QJsonObject &set, const QString &login)
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

http::Response push(core::ServerContext &ctx, http::Request &r)
{
    if (!r.actor().has(QStringLiteral("admin"), QStringLiteral("administer")))
        throw core::Failure(api::err::Forbidden);
    const QString group = groupParam(r);
    const QJsonObject set = r.jsonObject();
    storeSet(ctx, group, set, r.actor().loginId);
    return http::Response::json(QJsonObject{{QStringLiteral("group"), group},
                                            {QStringLiteral("profiles"), set.value(QStringLiteral("profiles")).toArray().size()}});
}

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
        storeSet(ctx, args[1].trimmed(), set, qEnvironmentVariable("USER", QStringLiteral("cli")));
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

http::Response fetch(core::ServerContext &ctx, http::Request &r)
{
    const QString group = groupParam(r);
    QSqlQuery q = store::exec(ctx.database.connection(),
                              QStringLiteral("SELECT profiles FROM printer_profile_sets WHERE terminal_group = ?"), {group});
    if (!q.next())
        throw core::Failure(api::err::ProfileSetNotFound, group);
    return http::Response::json(QJsonDocument::fromJson(store::RowReader(q).text().toUtf8()).object());
}
} // namespace

QList<module::Command> profileSetCommands()
{
    return {{QStringLiteral("printer-profiles"),
             QStringLiteral("端末グループの既定のプリンタ設定を登録します（push <端末グループ> <ファイル>）"),
             &pushCommand}};
}

void registerProfileSetRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString path = QString::fromLatin1(api::path::PrinterProfileSets) + QStringLiteral("/{group}");
    // admin:administer, checked in push() (the admin area belongs to the auth module).
    router.add({QStringLiteral("PUT"), path, http::Access::signedIn(),
                QStringLiteral("printing.profile_set_push"), [&ctx](http::Request &r) { return push(ctx, r); }});
    router.add({QStringLiteral("GET"), path, http::Access::signedIn(), QStringLiteral("printing.profile_set_view"),
                [&ctx](http::Request &r) { return fetch(ctx, r); }});
}

} // namespace kikan::mass_printing
