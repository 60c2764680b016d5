// bench_search (issue 7): search and 照会 over HTTPS against an in-process kikan-server on a
// generated demo town, from concurrent signed-in sessions, against the same indexed lookup done
// directly on the store in the same process (the ratio is the server's overhead: TLS, HTTP,
// sessions, rights, the loose tier, 支援措置 checks and the access log). Each size runs with 1
// and 10 years of history (the history ratio). Prints figures and PASS/FAIL; never fails on time.
//   bench_search [sizes…] [--full] [--postgres] [--sessions 50] [--requests 600]
//                [--server-threads 50] [--think-ms 1000] [--years 1|10 (only that history)]
//                [--no-sqlite (with --postgres: PostgreSQL only)]
// Per size and history: one session (service time per operation), the paced model (every session
// waits an exponential think time, mean --think-ms, before each request: counter terminals), the
// saturation model (zero think time) and the direct baseline (one thread, then all).
#include "benchkit.h"

#include "server/resident/demotown/generator.h"
#include "server/resident/recordjson.h"
#include "server/resident/residentstore.h"
#include "shared/moji/searchkey.h"
#include "shared/text/kana.h"
#include "server/auth/adminlog.h"
#include "server/auth/groupadmin.h"
#include "server/auth/useradmin.h"
#include "tests/support/pgcluster.h"
#include "tests/support/testserver.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <time.h>
#include <sstream>
#include <thread>
#include <tuple>

using namespace kikan;
namespace b = kikan::bench;

namespace {

enum class Op { Kanji, Kana, Variant, Family, Inquiry };
const char *const kOpNames[] = {"kanji", "kana", "variant", "family", "inquiry"};

struct Query {
    Op op;
    QString text;     // search text (empty for 照会)
    qint64 partyNo = 0;
};

// An in-process server like tests/support/TestServer, with the worker count as a parameter:
// every keep-alive connection holds a worker, so 50 sessions need 50 workers.
struct Server {
    QTemporaryDir dir;
    std::unique_ptr<test::PgCluster> pg;
    std::unique_ptr<app::Application> app;
    Server(bool postgres, int threads)
    {
        const QString data = dir.path() + QStringLiteral("/data");
        core::ServerConfig config = core::ServerConfig::defaults(data);
        test::makeTlsMaterial(data + QStringLiteral("/tls"));
        config.listen.port = 0;
        config.listen.threads = threads;
        if (postgres) {
            pg = std::make_unique<test::PgCluster>();
            config.store = pg->storeConfig();
        }
        app = std::make_unique<app::Application>(config, std::make_shared<core::ManualClock>());
        app->start();
    }
    QString caFile() const { return dir.path() + QStringLiteral("/data/tls/ca.crt"); }
};

// Family names written with MJ-only forms and the form a clerk types (the strict key folds them).
QString commonForm(QString s)
{
    static const QList<QPair<QString, QString>> forms{
        {"髙", "高"}, {"﨑", "崎"}, {"邊", "辺"}, {"齋", "斎"}, {"澤", "沢"}, {"濵", "浜"}};
    for (const auto &[from, to] : forms)
        s.replace(from, to);
    s.remove(QRegularExpression(QStringLiteral("[\\x{E0100}-\\x{E01EF}]")));
    return s;
}

QString hiragana(QString s)
{
    for (QChar &c : s) {
        if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6)
            c = QChar(c.unicode() - 0x60);
    }
    return s;
}

// Samples living residents: 漢字 full names, readings (カナ and ひらがな), MJ forms typed in
// common form (髙→高), family names alone (many hits), and 照会 by 宛名番号.
QList<Query> sampleQueries(QSqlDatabase db, int count)
{
    const QString cols = QStringLiteral("party_no, family_name, given_name, family_name_kana, "
                                        "given_name_kana FROM resident_records WHERE "
                                        "superseded_at IS NULL AND valid_to IS NULL AND "
                                        "status = 'resident'");
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 ORDER BY party_no").arg(cols));
    QList<QStringList> people;
    while (q.next()) {
        people.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString()});
    }
    QList<QStringList> variant;
    for (const QStringList &p : std::as_const(people)) {
        if (commonForm(p[1]) != p[1])
            variant.append(p);
    }
    QRandomGenerator rng(42);
    QList<Query> out;
    for (int i = 0; i < count && !people.isEmpty(); ++i) {
        const Op op = Op(i % 5);
        const QStringList &p = (op == Op::Variant && !variant.isEmpty())
            ? variant.at(rng.bounded(int(variant.size())))
            : people.at(rng.bounded(int(people.size())));
        switch (op) {
        case Op::Kanji: out.append({op, p[1] + QChar(0x3000) + p[2]}); break;
        case Op::Kana:
            out.append({op, i % 2 ? p[3] + u' ' + p[4] : hiragana(p[3] + p[4])});
            break;
        case Op::Variant: out.append({op, commonForm(p[1]) + u' ' + p[2]}); break;
        case Op::Family: out.append({op, p[1]}); break;
        case Op::Inquiry: out.append({op, {}, p[0].toLongLong()}); break;
        }
    }
    return out;
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Run {
    b::Latencies all, search, inquiry;
    b::Latencies ops[5]; // per operation (kOpNames)
    b::Latencies cpu[5]; // one session only: process CPU time per request (client + server), ms
    double seconds = 0;
    int errors = 0, empty = 0;
    QString load;        // load average when the run ended
};

// Runs `requests` queries from `threads` threads; `call(thread, query)` returns hits (-1 = error).
// thinkMs = 0: closed loop, each session sends its next request as soon as the answer is in (the
// saturation model). thinkMs > 0: each session first waits an exponentially distributed think
// time of that mean (seeded per session), as a counter terminal would (the paced model).
template<typename Call, typename End = void (*)()>
Run drive(const QList<Query> &queries, int threads, int requests, Call call, double thinkMs = 0,
          End threadEnd = [] {})
{
    Run run;
    std::atomic<int> next{0}, errors{0}, empty{0};
    std::vector<Run> per(static_cast<size_t>(threads));
    QElapsedTimer total;
    total.start();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            std::mt19937_64 rng(1000 + t);
            std::exponential_distribution<double> think(thinkMs > 0 ? 1.0 / thinkMs : 1.0);
            for (int i = next++; i < requests; i = next++) {
                if (thinkMs > 0)
                    std::this_thread::sleep_for(std::chrono::microseconds(
                        qint64(think(rng) * 1000)));
                const Query &query = queries.at(i % queries.size());
                QElapsedTimer timer;
                const double cpuBefore = threads == 1 ? processCpuMs() : 0;
                timer.start();
                const int hits = call(t, query);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (threads == 1) // unaffected by other processes waiting for the same cores
                    per[t].cpu[int(query.op)].ms.push_back(processCpuMs() - cpuBefore);
                if (hits < 0) { // failures are counted, not timed
                    ++errors;
                    continue;
                }
                (query.op == Op::Inquiry ? per[t].inquiry : per[t].search).ms.push_back(ms);
                per[t].ops[int(query.op)].ms.push_back(ms);
                per[t].all.ms.push_back(ms);
                if (hits == 0)
                    ++empty;
            }
            threadEnd();
        });
    }
    for (std::thread &th : pool)
        th.join();
    run.seconds = double(total.nsecsElapsed()) / 1e9;
    for (const Run &r : per) {
        run.all.append(r.all);
        run.search.append(r.search);
        run.inquiry.append(r.inquiry);
        for (int o = 0; o < 5; ++o) {
            run.ops[o].append(r.ops[o]);
            run.cpu[o].append(r.cpu[o]);
        }
    }
    run.errors = errors;
    run.empty = empty;
    run.load = b::loadAverage();
    return run;
}

QJsonObject figures(Run &r)
{
    QJsonObject ops, cpu;
    for (int o = 0; o < 5; ++o) {
        ops.insert(QLatin1String(kOpNames[o]), r.ops[o].summary(r.seconds));
        if (!r.cpu[o].ms.empty())
            cpu.insert(QLatin1String(kOpNames[o]), r.cpu[o].summary(r.seconds));
    }
    return {{QStringLiteral("all"), r.all.summary(r.seconds)},
            {QStringLiteral("search"), r.search.summary(r.seconds)},
            {QStringLiteral("inquiry"), r.inquiry.summary(r.seconds)},
            {QStringLiteral("operations"), ops},
            {QStringLiteral("cpuPerRequest"), cpu},
            {QStringLiteral("errors"), r.errors}, {QStringLiteral("noHits"), r.empty},
            {QStringLiteral("loadAverage"), r.load}};
}

// GET over one keep-alive HTTPS connection per session; the number of items (or 1 for 照会).
int httpsGet(Poco::Net::HTTPSClientSession &session, const QString &token, const Query &query)
{
    const QString path = query.op == Op::Inquiry
        ? QStringLiteral("/api/v1/resident/persons/%1").arg(query.partyNo)
        : QStringLiteral("/api/v1/resident/search?q=")
              + QString::fromLatin1(QUrl::toPercentEncoding(query.text));
    try {
        Poco::Net::HTTPRequest req("GET", path.toStdString(), Poco::Net::HTTPMessage::HTTP_1_1);
        req.setKeepAlive(true);
        req.set("Authorization", "Bearer " + token.toStdString());
        session.sendRequest(req);
        Poco::Net::HTTPResponse resp;
        std::istream &in = session.receiveResponse(resp);
        std::ostringstream body;
        Poco::StreamCopier::copyStream(in, body);
        if (resp.getStatus() != Poco::Net::HTTPResponse::HTTP_OK) {
            static std::atomic<int> shown{0};
            if (shown++ < 3)
                std::fprintf(stderr, "%s → %d %s\n", qPrintable(path), int(resp.getStatus()),
                             body.str().c_str());
            return -1;
        }
        if (query.op == Op::Inquiry)
            return 1;
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(body.str()))
                                  .object();
        return int(o.value(QStringLiteral("items")).toArray().size());
    } catch (const Poco::Exception &e) {
        std::fprintf(stderr, "request failed: %s\n", e.displayText().c_str());
        session.reset();
        return -1;
    }
}

// The same indexed lookup without the server: the strict name key (or reading) query on the rows
// in force (the search's query shape: index order, the rows read put in reading order) and the
// current rows of the first 20 hits as JSON; 照会 = the person's history and household.
int directLookup(store::Database &database, const Query &query)
{
    QSqlDatabase db = database.connection();
    if (query.op == Op::Inquiry) {
        const QList<resident::ResidentRecord> rows = resident::history(db, query.partyNo);
        if (rows.isEmpty())
            return 0;
        QJsonArray out;
        for (const resident::ResidentRecord &r : resident::householdLatest(db,
                                                                          rows.last().householdNo))
            out.append(resident::summaryJson(r, false));
        return 1;
    }
    const bool kana = query.op == Op::Kana;
    const QString key = kana ? text::kanaKey(query.text) : moji::nameSearchKey(query.text);
    // As searchstore.cpp reads it: up to 501 entries in the key index's order, then reading order.
    const QString column = kana ? QStringLiteral("kana_key") : QStringLiteral("name_key");
    const QString order = column + (database.isPostgres() ? QStringLiteral(" USING ~<~") : QString())
                          + (kana ? QString() : QStringLiteral(", kana_key"));
    QSqlQuery q = store::exec(db, QStringLiteral(
        "SELECT party_no, kana_key, birth_date FROM resident_records WHERE superseded_at IS NULL "
        "AND valid_to IS NULL AND %1 LIKE ? ORDER BY %2, birth_date, party_no LIMIT 501")
        .arg(column, order), {key + u'%'});
    QList<std::tuple<QString, QString, qint64>> rows;
    while (q.next() && rows.size() < 500)
        rows.append({q.value(1).toString(), q.value(2).toString(), q.value(0).toLongLong()});
    std::sort(rows.begin(), rows.end());
    QList<qint64> page;
    for (qsizetype i = 0; i < rows.size() && i < 20; ++i)
        page.append(std::get<2>(rows.at(i)));
    QJsonArray items;
    for (const resident::ResidentRecord &r : resident::latestRecords(db, page))
        items.append(resident::summaryJson(r, false));
    return int(items.size());
}

struct Point {
    int residents = 0, years = 0;
    Run service;       // HTTPS, one session, no think time: the service time of each operation
    Run paced;         // HTTPS, all sessions with think time (counter terminals)
    Run https;         // HTTPS, all sessions, no think time: saturation
    Run directService; // in-process, one thread
    Run direct;        // in-process, as many threads as sessions, no think time
    double generateSeconds = 0, rssMb = 0, hwmMb = 0;
    qint64 records = 0;
};

// Signs in `count` clerks (resident:view) and returns their tokens.
QStringList signInClerks(Server &server, int count)
{
    core::ServerContext &ctx = server.app->context();
    auth::GroupAdmin groups(ctx, auth::AdminLog::commandLineActor());
    groups.ensureBuiltInGroups();
    groups.create({QStringLiteral("bench-clerks"), QString(), {"resident:view"}});
    const QString password = QStringLiteral("Bench-Pass-2026");
    test::HttpsClient client(server.app->port(), server.caFile());
    QStringList tokens;
    for (int i = 0; i < count; ++i) {
        const QString login = QStringLiteral("clerk%1").arg(i, 2, 10, QChar(u'0'));
        auth::UserInput in{login, login + QStringLiteral(" 職員"), password, {}};
        in.groupIds.append(groups.idOf(QStringLiteral("bench-clerks")));
        in.temporaryPassword = false; // the clerk's own password: no change asked first
        auth::UserAdmin(ctx, auth::AdminLog::commandLineActor()).create(in);
        const test::HttpReply r = client.post(QStringLiteral("/api/v1/auth/sign-in"),
            {{QStringLiteral("loginId"), login}, {QStringLiteral("password"), password}});
        const QString token = r.json().value(QStringLiteral("token")).toString();
        if (token.isEmpty())
            qFatal("sign-in refused: %s", r.body.constData());
        tokens << token;
    }
    return tokens;
}

Point measure(bool postgres, int residents, int years, const b::Args &args)
{
    const int sessions = args.intOption(QStringLiteral("--sessions"), 50);
    const int requests = args.intOption(QStringLiteral("--requests"), 600);
    Point p;
    p.residents = residents;
    p.years = years;
    Server server(postgres, args.intOption(QStringLiteral("--server-threads"), sessions));
    core::ServerContext &ctx = server.app->context();
    resident::demotown::markDemoDatabase(ctx.database);
    resident::demotown::GenerateOptions options;
    options.residents = residents;
    options.years = years;
    options.seed = 1;
    const auto report = resident::demotown::generate(ctx.database, options);
    p.generateSeconds = report.buildSeconds + report.writeSeconds;
    // Planner statistics as a running database has them (autovacuum would take them within a
    // minute of the load; the first figures were taken before it had, with plans to match).
    if (postgres)
        store::exec(ctx.database.connection(), QStringLiteral("ANALYZE"));
    p.records = report.records;
    const QList<Query> queries = sampleQueries(ctx.database.connection(), 1000);
    const QStringList tokens = signInClerks(server, sessions);

    Poco::Net::Context::Params params;
    params.caLocation = server.caFile().toStdString();
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = false;
    Poco::Net::Context::Ptr tls = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE,
                                                         params);
    std::vector<std::unique_ptr<Poco::Net::HTTPSClientSession>> conns;
    for (int i = 0; i < sessions; ++i) {
        conns.push_back(std::make_unique<Poco::Net::HTTPSClientSession>(
            "localhost", Poco::UInt16(server.app->port()), tls));
        conns.back()->setKeepAlive(true);
        conns.back()->setTimeout(Poco::Timespan(120, 0));
    }
    auto overHttps = [&](int t, const Query &q) {
        return httpsGet(*conns[size_t(t)], tokens[t], q);
    };
    drive(queries, sessions, sessions * 4, overHttps); // warm-up: connections, caches
    b::resetPeakRss();
    p.service = drive(queries, 1, std::min(requests, 250), overHttps);
    p.paced = drive(queries, sessions, requests, overHttps, args.intOption(
        QStringLiteral("--think-ms"), 1000));
    p.https = drive(queries, sessions, requests, overHttps);
    p.rssMb = double(b::procStatusKb("VmRSS")) / 1024;
    p.hwmMb = double(b::procStatusKb("VmHWM")) / 1024;
    conns.clear();

    store::Database direct(ctx.database.config());
    auto inProcess = [&](int, const Query &q) { return directLookup(direct, q); };
    auto release = [&] { direct.releaseThreadConnection(); };
    drive(queries, sessions, sessions * 4, inProcess, 0, release);
    p.directService = drive(queries, 1, std::min(requests, 250), inProcess, 0, release);
    p.direct = drive(queries, sessions, requests, inProcess, 0, release);
    return p;
}

void printRun(const char *model, Run &r)
{
    std::printf("  %-22s p50 %8.2f p99 %8.2f ms %7.1f req/s | search p99 %8.2f | 照会 p99 %8.2f"
                " | err %d nohit %d | load %s\n", model, r.all.percentile(50),
                r.all.percentile(99), double(r.all.ms.size()) / std::max(1e-9, r.seconds),
                r.search.percentile(99), r.inquiry.percentile(99), r.errors, r.empty,
                qPrintable(r.load));
    std::printf("  %-22s", "");
    for (int o = 0; o < 5; ++o)
        std::printf(" %s %.1f/%.1f", kOpNames[o], r.ops[o].percentile(50), r.ops[o].percentile(99));
    std::printf("  (p50/p99 ms)\n");
    if (r.cpu[0].ms.empty())
        return;
    std::printf("  %-22s", "  CPU per request");
    for (int o = 0; o < 5; ++o)
        std::printf(" %s %.1f/%.1f", kOpNames[o], r.cpu[o].percentile(50), r.cpu[o].percentile(99));
    std::printf("  (p50/p99 ms of process CPU: client + server, not inflated by load)\n");
}

void printPoint(Point &p, const QString &store, int sessions, int thinkMs)
{
    std::printf("%s %d residents, %d y history: generated in %.1f s, %lld record rows, RSS %.0f MB"
                " HWM %.0f MB\n", qPrintable(store), p.residents, p.years, p.generateSeconds,
                p.records, p.rssMb, p.hwmMb);
    printRun("HTTPS 1 session", p.service);
    const QByteArray paced = QStringLiteral("HTTPS %1 paced %2 ms").arg(sessions).arg(thinkMs)
                                 .toUtf8();
    printRun(paced.constData(), p.paced);
    const QByteArray sat = QStringLiteral("HTTPS %1 saturation").arg(sessions).toUtf8();
    printRun(sat.constData(), p.https);
    printRun("direct 1 thread", p.directService);
    const QByteArray dsat = QStringLiteral("direct %1 threads").arg(sessions).toUtf8();
    printRun(dsat.constData(), p.direct);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const b::Args args(argc, argv);
    const QList<int> sizes = args.townSizes();
    QStringList stores;
    if (!args.flag(QStringLiteral("--no-sqlite")))
        stores << QStringLiteral("sqlite");
    if (args.flag(QStringLiteral("--postgres")))
        stores << QStringLiteral("postgresql");
    const int sessions = args.intOption(QStringLiteral("--sessions"), 50);
    const int thinkMs = args.intOption(QStringLiteral("--think-ms"), 1000);
    QStringList sizeText;
    for (int n : sizes)
        sizeText << QString::number(n);
    std::printf("bench_search: %s residents, %d sessions, %d requests per run, seed 1, load %s\n"
                "  models: HTTPS 1 session = service time (one request at a time, no queueing);\n"
                "  paced = %d sessions, each waiting an exponential think time of mean %d ms before"
                " every request\n    (assumption: a counter terminal sends about one search or"
                " 照会 per second; offered load ≈ %d req/s);\n"
                "  saturation = %d sessions with zero think time (closed loop: the throughput limit"
                " of this machine,\n    latency = queueing for %d cores); direct = the same lookups"
                " in-process without the server.\n",
                qPrintable(sizeText.join(QStringLiteral(", "))), sessions,
                args.intOption(QStringLiteral("--requests"), 600), qPrintable(b::loadAverage()),
                sessions, thinkMs, thinkMs > 0 ? sessions * 1000 / thinkMs : 0, sessions,
                QThread::idealThreadCount());
    QJsonObject figs;
    QList<b::Goal> goals;
    for (const QString &store : stores) {
        QJsonArray runs;
        Point last1, last10;
        for (int residents : sizes) {
            const int only = args.intOption(QStringLiteral("--years"), 0); // 1 or 10: one run
            for (int years : {1, 10}) {
                if (only && years != only)
                    continue;
                Point p = measure(store == QLatin1String("postgresql"), residents, years, args);
                printPoint(p, store, sessions, thinkMs);
                runs.append(QJsonObject{{QStringLiteral("residents"), residents},
                                        {QStringLiteral("years"), years},
                                        {QStringLiteral("recordRows"), p.records},
                                        {QStringLiteral("generateSeconds"), p.generateSeconds},
                                        {QStringLiteral("httpsService"), figures(p.service)},
                                        {QStringLiteral("httpsPaced"), figures(p.paced)},
                                        {QStringLiteral("thinkMs"), thinkMs},
                                        {QStringLiteral("https"), figures(p.https)},
                                        {QStringLiteral("directService"),
                                         figures(p.directService)},
                                        {QStringLiteral("direct"), figures(p.direct)},
                                        {QStringLiteral("rssMb"), p.rssMb},
                                        {QStringLiteral("hwmMb"), p.hwmMb}});
                (years == 1 ? last1 : last10) = p;
            }
        }
        figs.insert(store, runs);
        const bool bothHistories = last1.residents && last10.residents;
        if (!last10.residents)
            last10 = last1;
        if (!last1.residents)
            last1 = last10;
        const int n = last10.residents;
        const QString at = QStringLiteral(" at %L1 residents, %2 sessions (%3)").arg(n)
                               .arg(sessions).arg(store);
        const QString note = n < 1000000 ? QStringLiteral("goal is at 1,000,000: run --full")
                                         : QString();
        const QString sat = QStringLiteral("saturation (%1 sessions, zero think time): p99 %2 ms "
                                           "at %3 req/s")
                                .arg(sessions).arg(b::fmt(last10.https.all.percentile(99), 1))
                                .arg(b::fmt(double(last10.https.all.ms.size())
                                            / std::max(1e-9, last10.https.seconds), 1));
        auto withNote = [&](const QString &text) {
            return note.isEmpty() ? text : text + QStringLiteral("; ") + note;
        };
        auto ratio = [](Run &a, Run &b) {
            return a.all.percentile(99) / std::max(0.001, b.all.percentile(99));
        };
        goals << b::Goal{QStringLiteral("search and 照会 p99, paced model (think %1 ms)")
                             .arg(thinkMs) + at, last10.paced.all.percentile(99), 50,
                         QStringLiteral("ms"), withNote(sat)}
              << b::Goal{QStringLiteral("overhead ratio p99 HTTPS / direct, saturation") + at,
                         ratio(last10.https, last10.direct), 5, QString(),
                         withNote(QStringLiteral("1 session: %1")
                                      .arg(b::fmt(ratio(last10.service, last10.directService),
                                                  2)))}
              << b::Goal{QStringLiteral("server RSS peak under load") + at, last10.hwmMb, 300,
                         QStringLiteral("MB"),
                         QStringLiteral("process = server + bench client threads; ") + note};
        if (bothHistories) { // with --years only one history was run: no ratio to report
            goals << b::Goal{QStringLiteral("history ratio p99 10 y / 1 y, paced model") + at,
                             ratio(last10.paced, last1.paced), 1.2, QString(),
                             withNote(QStringLiteral("saturation %1, 1 session %2")
                                          .arg(b::fmt(ratio(last10.https, last1.https), 2),
                                               b::fmt(ratio(last10.service, last1.service), 2)))};
        }
    }
    b::record(QStringLiteral("search"), figs, goals);
    return 0;
}
