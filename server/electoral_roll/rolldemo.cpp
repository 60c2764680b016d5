// The demo roll and the batch commands (rolldemo.h).
#include "rolldemo.h"

#include "roll.h"
#include "rollrules.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"

#include <QTextStream>

namespace kikan::electoral_roll {

using namespace Qt::Literals::StringLiterals;

namespace {
QDate latestRegistrationDay(QDate today)
{
    const RollRules &rules = rulesOn(today);
    QDate latest;
    for (int year : {today.year() - 1, today.year()})
        for (const QDate &d : periodicRegistrationDays(year, rules))
            if (d <= today)
                latest = d;
    return latest;
}

int removals(core::ServerContext &context, const QStringList &args, QTextStream &out,
             QTextStream &err)
{
    QDate asOf = core::processingDate(context.clock);
    if (!args.isEmpty()) {
        asOf = QDate::fromString(args.first(), Qt::ISODate);
        if (!asOf.isValid() || args.size() > 1) {
            err << "使い方: kikan-server electoral-roll-removals [YYYY-MM-DD]\n";
            return 2;
        }
    }
    try {
        ElectoralRoll roll(context);
        const RunResult r = roll.removalRun(core::Actor::system(u"electoral-roll-removals"_s),
                                            asOf, false);
        out << u"選挙人名簿 抹消 %1 人（%2 現在、転出後4か月経過）\n"_s.arg(r.removals.size())
                   .arg(core::isoDate(asOf));
        return 0;
    } catch (const core::Failure &f) {
        err << f.code() << ": " << f.detail() << "\n";
        return 1;
    }
}
// kikan-server electoral-roll-register YYYY-MM-DD [--apply]: the 定時登録 of that registration
// day, a dry run unless --apply (what the counter's screen does, for a batch window).
int registerOn(core::ServerContext &context, const QStringList &args, QTextStream &out,
               QTextStream &err)
{
    const QDate day = QDate::fromString(args.value(0), Qt::ISODate);
    const bool apply = args.size() == 2 && args.at(1) == "--apply"_L1;
    if (!day.isValid() || args.size() > 2 || (args.size() == 2 && !apply)) {
        err << "使い方: kikan-server electoral-roll-register YYYY-MM-DD [--apply]\n";
        return 2;
    }
    try {
        ElectoralRoll roll(context);
        const RunResult r = roll.registrationRun(core::Actor::system(u"electoral-roll-register"_s),
                                                 {u"periodic"_s, day, {}, {}, !apply});
        out << u"選挙人名簿 定時登録（基準日 %1）: 登録 %2 人、抹消 %3 人%4\n"_s
                   .arg(core::isoDate(r.run.baseDate)).arg(r.additions.size())
                   .arg(r.removals.size()).arg(apply ? QString() : u"（試行、書き込みなし）"_s);
        return 0;
    } catch (const core::Failure &f) {
        err << f.code() << ": " << f.detail() << "\n";
        return 1;
    }
}
} // namespace

QString writeDemoRoll(core::ServerContext &context, const module::DemoOptions &)
{
    ElectoralRoll roll(context);
    if (!openPartyNos(context.database.connection()).isEmpty())
        return {};
    const QDate day = latestRegistrationDay(core::processingDate(context.clock));
    const RunResult r = roll.registrationRun(core::Actor::system(u"demotown"_s),
                                             {u"periodic"_s, day, {}, {}, false});
    if (r.additions.isEmpty())
        return {}; // nobody to register yet: nothing written but an empty run
    return u"選挙人名簿 %1 人（%2 定時登録、投票区 %3）"_s.arg(r.additions.size())
        .arg(core::isoDate(day)).arg(roll.districts().size());
}

QList<module::Command> commands()
{
    return {{u"electoral-roll-register"_s,
             u"選挙人名簿: 定時登録（登録日を指定、--apply で書き込み、省略時は試行）"_s, &registerOn},
            {u"electoral-roll-removals"_s,
             u"選挙人名簿: 転出から4か月を経過した選挙人を抹消します（日付省略時は処理日）"_s, &removals}};
}

} // namespace kikan::electoral_roll
