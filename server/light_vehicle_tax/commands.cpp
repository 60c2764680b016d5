// `kikan-server light-vehicle-assess <年度>`: 当初課税 of a 年度 from the command line (the same run
// as the admin route, initialassessment.h), printing the 課税台帳 totals per 車種区分.
#include "commands.h"

#include "initialassessment.h"
#include "server/core/failure.h"

#include <QTextStream>

namespace kikan::light_vehicle_tax {

namespace {
int assess(core::ServerContext &context, const QStringList &args, QTextStream &out,
           QTextStream &err)
{
    bool ok = false;
    const int year = args.value(0).toInt(&ok);
    if (args.size() != 1 || !ok || year < 1989) {
        err << "使い方: kikan-server light-vehicle-assess <年度 (西暦、例 2025)>\n";
        return 2;
    }
    core::Actor actor;
    actor.loginId = qEnvironmentVariable("USER", QStringLiteral("cli"));
    actor.authMethod = QStringLiteral("cli");
    actor.clientAddress = QStringLiteral("local");
    try {
        const RunSummary s = runInitialAssessment(context, actor, year);
        out << QStringLiteral("%1年度 当初課税: 新規 %2 件、変更なし %3 件、更正 %4 件\n")
                   .arg(year).arg(s.created).arg(s.unchanged).arg(s.corrected);
        qint64 total = 0;
        for (auto it = s.totals.begin(); it != s.totals.end(); ++it) {
            out << QStringLiteral("%1\t%2 台\t%3 円\n").arg(it.key()).arg(it->count).arg(it->amount.yen());
            total += it->amount.yen();
        }
        out << QStringLiteral("合計\t%1 円\n").arg(total);
        return 0;
    } catch (const core::Failure &e) {
        err << e.code() << ": " << e.detail() << "\n";
        return 1;
    }
}
} // namespace

QList<module::Command> commands()
{
    return {{QStringLiteral("light-vehicle-assess"),
             QStringLiteral("軽自動車税 種別割の当初課税を年度について実行します（再実行は差分だけ更正）"),
             &assess}};
}

} // namespace kikan::light_vehicle_tax
