// The demotown subcommand: options, the guard's messages and the figures of a run.
#include "demotowncli.h"

#include "generator.h"

#include <QTextStream>

#include <stdexcept>

namespace kikan::resident::demotown {

namespace {

const char kUsage[] =
    "使い方: kikan-server demotown generate [--residents 人数] [--years 年数] [--seed 種]\n"
    "                                     [--as-of 日付] [--town-config ファイル] [--force]\n"
    "                                     [--if-empty]\n"
    "  琴浦町（鳥取県）に似せた架空の町の住民記録と数年分の異動を作ります（既定: 16000 人、5 年、\n"
    "  種 1、2026-03-31 まで）。同じ種からは同じ町ができます。\n"
    "  init --demo で印を付けたデモ用・試験用のデータベースにだけ書き込みます。\n"
    "  住民がすでにいるときは断ります。--force: さらに加える、--if-empty: 何もせず終了 0。\n";

} // namespace

int runDemoTownCommand(store::Database &database, const QStringList &arguments,
                       QTextStream &out, QTextStream &err)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.first() != QLatin1String("generate")) {
        (args.isEmpty() ? err : out) << QString::fromUtf8(kUsage);
        return args.value(0) == QLatin1String("help") ? 0 : 2;
    }
    args.removeFirst();
    GenerateOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString value = args.value(i + 1);
        bool ok = true;
        if (a == QLatin1String("--force")) {
            options.force = true;
            continue;
        }
        if (a == QLatin1String("--if-empty")) {
            options.ifEmpty = true;
            continue;
        }
        if (a == QLatin1String("--residents"))
            options.residents = value.toInt(&ok);
        else if (a == QLatin1String("--years"))
            options.years = value.toInt(&ok);
        else if (a == QLatin1String("--seed"))
            options.seed = value.toLongLong(&ok);
        else if (a == QLatin1String("--as-of"))
            ok = (options.asOf = QDate::fromString(value, Qt::ISODate)).isValid();
        else if (a == QLatin1String("--town-config"))
            options.configFile = value;
        else
            ok = false;
        if (!ok || i + 1 >= args.size() || options.residents < 0 || options.years < -1
            || options.seed < -1) {
            err << "kikan-server demotown: " << a << " が正しくありません\n"
                << QString::fromUtf8(kUsage);
            return 2;
        }
        ++i;
    }
    try {
        const GenerateReport r = generate(database, options);
        if (r.skipped) {
            out << "kikan-server demotown: 住民記録がすでにあるため何もしませんでした" << Qt::endl;
            return 0;
        }
        const double seconds = r.buildSeconds + r.writeSeconds;
        out << "kikan-server demotown: 住民 " << r.living << " 人（記録のある人 " << r.people
            << " 人）、世帯 " << r.households << "、異動 " << r.changes << "、住民票の行 "
            << r.records << Qt::endl
            << "  作成 " << QString::number(r.buildSeconds, 'f', 1) << " 秒、書き込み "
            << QString::number(r.writeSeconds, 'f', 1) << " 秒（" << r.rowsWritten << " 行、"
            << qint64(double(r.rowsWritten) / std::max(r.writeSeconds, 0.001)) << " 行/秒）、計 "
            << QString::number(seconds, 'f', 1) << " 秒" << Qt::endl;
        return 0;
    } catch (const std::exception &e) {
        err << "kikan-server demotown: " << QString::fromUtf8(e.what()) << Qt::endl;
        return 1;
    }
}

} // namespace kikan::resident::demotown
