// `kikan-server user` and `kikan-server group` (see authcli.h).
#include "authcli.h"

#include "groupadmin.h"
#include "secrethash.h"
#include "useradmin.h"
#include "userstore.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"

#include <QJsonArray>

#include <cstdio>

namespace kikan::auth {

namespace {
const char kUserUsage[] =
    "使い方: kikan-server user <サブコマンド> [--config 設定ファイル]\n"
    "  add --login ID --name 氏名 [--password-stdin [--own-password]] [--group グループ名]…\n"
    "                        職員を登録します（パスワードは仮のもので、初回サインイン時に変更が必要です。\n"
    "                        本人がその場で入力した場合は --own-password）\n"
    "  list                          職員の一覧を表示します\n"
    "  disable ID | enable ID        利用停止 / 利用再開（停止するとサインイン中の端末も切断）\n"
    "  unlock ID                     サインイン失敗によるロックを解除します\n"
    "  reset-password ID [--password-stdin]  仮パスワードを設定します（省略時は自動生成して表示）\n"
    "  bind-card ID カード番号        職員証（ICカード）を登録します\n"
    "  revoke-card ID カード番号      職員証の登録を取り消します\n"
    "  set-pin ID [--pin-stdin]      職員証の PIN を標準入力から設定します\n"
    "ID は職員ID（ログインID）です。\n";
const char kGroupUsage[] =
    "使い方: kikan-server group <サブコマンド> [--config 設定ファイル]\n"
    "  list                                  グループと権限の一覧を表示します\n"
    "  add 名前 [--right 業務:操作]…          グループを作成します（例 --right resident:view）\n";

struct UsageError {
};

// Takes "--name VALUE" (every occurrence) out of args.
QStringList takeOption(QStringList &args, const QString &name)
{
    QStringList values;
    for (qsizetype i = args.indexOf(name); i >= 0; i = args.indexOf(name)) {
        if (i + 1 >= args.size())
            throw UsageError();
        values.append(args.at(i + 1));
        args.remove(i, 2);
    }
    return values;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

QString readStdinLine()
{
    QTextStream in(stdin);
    return in.readLine();
}

// A temporary password that meets any policy: 16 characters from upper, lower and digits, + '#'.
QString generatedPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    const QByteArray random = randomBytes(15);
    QString out = QStringLiteral("Aa2#");
    for (int i = 4; i < 15; ++i)
        out.append(QLatin1Char(alphabet[quint8(random[i]) % (sizeof(alphabet) - 1)]));
    return out;
}

template <typename F>
int guarded(QTextStream &err, const char *usage, F &&body)
{
    try {
        return body();
    } catch (const UsageError &) {
        err << QString::fromUtf8(usage);
        return 2;
    } catch (const core::Failure &e) {
        err << "kikan-server: " << QString::fromUtf8(api::errorInfo(e.code()).title);
        if (!e.detail().isEmpty())
            err << ' ' << e.detail();
        const QJsonArray fields = e.extra().value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &f : fields)
            err << ' ' << f.toObject().value(QStringLiteral("message")).toString();
        err << Qt::endl;
        return 1;
    }
}

int listUsersCommand(core::ServerContext &ctx, QTextStream &out)
{
    QSqlDatabase db = ctx.database.connection();
    for (const User &u : listUsers(db)) {
        QStringList state;
        if (u.disabled)
            state << QStringLiteral("利用停止");
        if (u.locked())
            state << QStringLiteral("ロック中");
        QStringList cards;
        for (const CardBinding &c : activeCards(db, u.id))
            cards << c.cardId;
        out << u.loginId << '\t' << u.displayName << '\t'
            << (state.isEmpty() ? QStringLiteral("有効") : state.join(QLatin1Char(','))) << '\t'
            << (cards.isEmpty() ? QStringLiteral("-") : cards.join(QLatin1Char(','))) << Qt::endl;
    }
    return 0;
}
// `user add --login L --name N [--group G]… [--password-stdin] [--own-password]`
int addUserCommand(core::ServerContext &ctx, UserAdmin &admin, QStringList &args, QTextStream &out)
{
    const QStringList login = takeOption(args, QStringLiteral("--login"));
    const QStringList name = takeOption(args, QStringLiteral("--name"));
    const QStringList groups = takeOption(args, QStringLiteral("--group"));
    const bool passwordStdin = takeFlag(args, QStringLiteral("--password-stdin"));
    const bool ownPassword = takeFlag(args, QStringLiteral("--own-password"));
    if (login.size() != 1 || name.size() != 1 || !args.isEmpty())
        throw UsageError();
    UserInput in{login.first(), name.first(), {}, {}};
    GroupAdmin groupAdmin(ctx, AdminLog::commandLineActor());
    for (const QString &g : groups) {
        const qint64 id = groupAdmin.idOf(g);
        if (id == 0)
            throw core::Failure(api::err::NotFound, QStringLiteral("グループ「%1」はありません。").arg(g));
        in.groupIds.append(id);
    }
    if (passwordStdin)
        in.password = readStdinLine();
    in.temporaryPassword = !ownPassword;
    admin.create(in);
    out << "職員 " << in.loginId << " を登録しました。" << Qt::endl;
    return 0;
}
} // namespace

int runUserCommand(core::ServerContext &ctx, QStringList args, QTextStream &out, QTextStream &err)
{
    return guarded(err, kUserUsage, [&]() -> int {
        if (args.isEmpty() || args.first() == QLatin1String("help"))
            throw UsageError();
        const QString sub = args.takeFirst();
        UserAdmin admin(ctx, AdminLog::commandLineActor());
        if (sub == QLatin1String("list") && args.isEmpty())
            return listUsersCommand(ctx, out);
        if (sub == QLatin1String("add"))
            return addUserCommand(ctx, admin, args, out);
        if (sub == QLatin1String("reset-password")) {
            const bool fromStdin = takeFlag(args, QStringLiteral("--password-stdin"));
            if (args.size() != 1)
                throw UsageError();
            const QString password = fromStdin ? readStdinLine() : generatedPassword();
            admin.resetPassword(admin.idOf(args.first()), password);
            out << "職員 " << args.first() << " のパスワードを再設定しました"
                << "（次回サインイン時に変更が必要です）。" << Qt::endl;
            if (!fromStdin)
                out << "仮パスワード: " << password << Qt::endl;
            return 0;
        }
        if (sub == QLatin1String("set-pin")) {
            takeFlag(args, QStringLiteral("--pin-stdin")); // the PIN is always read from stdin
            if (args.size() != 1)
                throw UsageError();
            admin.setPin(admin.idOf(args.first()), readStdinLine().trimmed());
            out << "職員 " << args.first() << " の PIN を設定しました。" << Qt::endl;
            return 0;
        }
        if ((sub == QLatin1String("bind-card") || sub == QLatin1String("revoke-card"))
            && args.size() == 2) {
            const qint64 id = admin.idOf(args.first());
            if (sub == QLatin1String("bind-card"))
                admin.bindCard(id, args.at(1));
            else
                admin.revokeCard(id, args.at(1));
            out << "職員 " << args.first() << " の職員証 " << normaliseCardId(args.at(1))
                << (sub == QLatin1String("bind-card") ? " を登録しました。" : " の登録を取り消しました。")
                << Qt::endl;
            return 0;
        }
        static const QStringList simple = {QStringLiteral("disable"), QStringLiteral("enable"),
                                           QStringLiteral("unlock")};
        if (args.size() != 1 || !simple.contains(sub))
            throw UsageError();
        const qint64 id = admin.idOf(args.first());
        if (sub == QLatin1String("disable"))
            admin.setDisabled(id, true);
        else if (sub == QLatin1String("enable"))
            admin.setDisabled(id, false);
        else
            admin.unlock(id);
        out << "職員 " << args.first() << " を"
            << (sub == QLatin1String("disable") ? "利用停止しました。"
                : sub == QLatin1String("enable") ? "利用再開しました。" : "ロック解除しました。")
            << Qt::endl;
        return 0;
    });
}

int runGroupCommand(core::ServerContext &ctx, QStringList args, QTextStream &out, QTextStream &err)
{
    return guarded(err, kGroupUsage, [&]() -> int {
        if (args.isEmpty() || args.first() == QLatin1String("help"))
            throw UsageError();
        const QString sub = args.takeFirst();
        if (sub == QLatin1String("list") && args.isEmpty()) {
            for (const QJsonValue &v : listGroups(ctx.database.connection())) {
                const QJsonObject g = v.toObject();
                QStringList rights;
                for (const QJsonValue &r : g.value(QStringLiteral("rights")).toArray())
                    rights << r.toString();
                out << g.value(QStringLiteral("name")).toString() << '\t'
                    << g.value(QStringLiteral("memberCount")).toInt() << "人\t"
                    << rights.join(QLatin1Char(' ')) << Qt::endl;
            }
            return 0;
        }
        if (sub == QLatin1String("add")) {
            const QStringList rights = takeOption(args, QStringLiteral("--right"));
            if (args.size() != 1)
                throw UsageError();
            GroupAdmin(ctx, AdminLog::commandLineActor()).create({args.first(), {}, rights});
            out << "グループ「" << args.first() << "」を作成しました。" << Qt::endl;
            return 0;
        }
        throw UsageError();
    });
}

int ensureBuiltInGroups(core::ServerContext &context)
{
    return GroupAdmin(context, AdminLog::commandLineActor()).ensureBuiltInGroups();
}

} // namespace kikan::auth
