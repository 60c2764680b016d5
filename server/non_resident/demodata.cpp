// The demo town's 住登外者 and 法人 (Module::writeDemoData): 40 persons living elsewhere and 30
// corporations with valid 法人番号 (check digit computed, numbers fictitious), written through the
// module's own service once; the 軽自動車税 demo gives some of them vehicles.
#include "nonresident.h"
#include "server/module/module.h"
#include "server/resident/demotown/generator.h"
#include "server/store/database.h"
#include "shared/identity/corporatenumber.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace kikan::non_resident {

QString writeDemoParties(core::ServerContext &context, const module::DemoOptions &options)
{
    // Never into a database without the demo mark (production data is protected).
    if (!resident::demotown::isDemoDatabase(context.database))
        return {};
    QSqlQuery q = store::exec(context.database.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM non_resident_records"));
    if (q.next() && q.value(0).toLongLong() > 0)
        return {};
    static const char *families[] = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村"};
    static const char *givens[] = {"一郎", "花子", "健太", "美咲", "翔", "陽子", "誠", "由美"};
    static const char *cities[] = {"鳥取県鳥取市東町1-220", "鳥取県米子市加茂町2-1",
                                   "鳥取県倉吉市葵町722", "岡山県岡山市北区内山下2-4-6",
                                   "大阪府大阪市北区中之島1-3-20"};
    static const char *trades[] = {"運送", "建設", "農産", "商事", "設備", "物流"};
    QRandomGenerator rng(quint32(options.seed) * 104729u + 3u);
    const core::Actor actor = core::Actor::system(QStringLiteral("demotown"));
    const QDate from(2019, 4, 1);
    for (int i = 0; i < 40; ++i) {
        PartyInput in;
        in.kind = QString::fromLatin1(party::kind::NonResident);
        in.familyName = QString::fromUtf8(families[rng.bounded(8)]);
        in.givenName = QString::fromUtf8(givens[rng.bounded(8)]);
        in.sex = QString::number(1 + rng.bounded(2));
        in.address = QString::fromUtf8(cities[rng.bounded(5)]);
        registerParty(context, actor, in, from);
    }
    for (int i = 0; i < 30; ++i) {
        const QString base = QStringLiteral("%1").arg(700000000000LL + qint64(rng.bounded(99999999)) * 1000 + i,
                                                     12, 10, QLatin1Char('0'));
        PartyInput in;
        in.kind = QString::fromLatin1(party::kind::Corporation);
        in.familyName = QStringLiteral("株式会社琴浦%1%2").arg(QString::fromUtf8(trades[i % 6])).arg(i + 1);
        in.corporateNumber = QString::number(identity::CorporateNumber::checkDigit(base)) + base;
        in.address = QString::fromUtf8(cities[rng.bounded(5)]);
        registerParty(context, actor, in, from);
    }
    return QStringLiteral("住登外者 40 人・法人 30 社");
}

} // namespace kikan::non_resident
