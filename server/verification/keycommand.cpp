// kikan-server signing-key (keycommand.h).
#include "keycommand.h"

#include "keystore.h"
#include "server/core/actor.h"
#include "server/core/failure.h"
#include "shared/api/errorcode.h"

#include <QTextStream>

namespace kikan::verification {

namespace {
const char kUsage[] =
    "使い方: kikan-server signing-key list\n"
    "        kikan-server signing-key rotate\n"
    "        kikan-server signing-key revoke <鍵ID> --reason <理由>\n"
    "  list: 証明書の署名鍵の一覧（鍵ID、作成日時、退役・失効）\n"
    "  rotate: このサーバーの署名鍵を退役させ、新しい鍵を作ります（古い鍵で署名した証明書は\n"
    "          引き続き検証できます）\n"
    "  revoke: 鍵を失効させます（その鍵で署名した証明書は検証で「無効」になります）\n";

int list(KeyStore &keys, QTextStream &out)
{
    for (const PublicKey &k : keys.publicKeys()) {
        out << k.keyId << "  作成 " << k.createdAt;
        if (!k.retiredAt.isEmpty())
            out << "  退役 " << k.retiredAt;
        if (!k.revokedAt.isEmpty())
            out << "  失効 " << k.revokedAt << "（" << k.revokedReason << "）";
        out << '\n';
    }
    return 0;
}

int run(KeyStore &keys, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const core::Actor actor = core::Actor::system(QStringLiteral("cli"));
    const QString sub = args.value(0);
    if (sub == QLatin1String("list") && args.size() == 1)
        return list(keys, out);
    if (sub == QLatin1String("rotate") && args.size() == 1) {
        out << "新しい署名鍵: " << keys.rotate(actor).keyId() << Qt::endl;
        return 0;
    }
    const qsizetype reason = args.indexOf(QStringLiteral("--reason"));
    if (sub == QLatin1String("revoke") && args.size() == 4 && reason == 2) {
        try {
            keys.revoke(args.at(1), args.at(3), actor);
        } catch (const core::Failure &f) {
            err << "kikan-server signing-key: "
                << (f.detail().isEmpty() ? QString::fromUtf8(api::errorInfo(f.code()).title) : f.detail())
                << Qt::endl;
            return 1;
        }
        out << "失効させました: " << args.at(1) << Qt::endl;
        if (keys.ensureSigningKey())
            out << "新しい署名鍵を作りました: " << keys.signingKey().keyId() << Qt::endl;
        return 0;
    }
    (sub == QLatin1String("help") ? out : err) << QString::fromUtf8(kUsage);
    return sub == QLatin1String("help") ? 0 : 2;
}
} // namespace

module::Command signingKeyCommand(std::function<KeyStore &()> keys)
{
    return {QStringLiteral("signing-key"), QStringLiteral("証明書の署名鍵（kikan-server signing-key help）"),
            [keys](core::ServerContext &, const QStringList &args, QTextStream &out,
                   QTextStream &err) { return run(keys(), args, out, err); }};
}

} // namespace kikan::verification
