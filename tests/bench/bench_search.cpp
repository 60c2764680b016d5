// bench_search (issue 7): search and 照会 over HTTPS against an in-process kikan-server on a
// generated demo town, from concurrent signed-in sessions, against the same indexed lookup done
// directly on the store in the same process (the ratio is the server's overhead: TLS, HTTP,
// sessions, rights, the loose tier, 支援措置 checks and the access log). Each size runs with 1
// and 10 years of history (the history ratio). Prints figures and PASS/FAIL; never fails on time.
//   bench_search [sizes…] [--full] [--postgres] [--sessions 50] [--requests 600]
//                [--server-threads 50]
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

#include <atomic>
#include <cstdio>
#include <sstream>
#include <thread>

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
        app::ServerConfig config = app::ServerConfig::defaults(data);
        test::makeTlsMaterial(data + QStringLiteral("/tls"));
        config.listen.port = 0;
        config.listen.threads = threads;
        if (postgres) {
            pg = std::make_unique<test::PgCluster>();
            config.store = pg->storeConfig();
        }
        app = std::make_unique<app::Application>(config, std::make_shared<app::ManualClock>());
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

struct Run {
    b::Latencies all, search, inquiry;
    double seconds = 0;
    int errors = 0, empty = 0;
};

// Runs `requests` queries from `threads` threads; `call(thread, query)` returns hits (-1 = error).
template<typename Call, typename End = void (*)()>
Run drive(const QList<Query> &queries, int threads, int requests, Call call,
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
            for (int i = next++; i < requests; i = next++) {
                const Query &query = queries.at(i % queries.size());
                QElapsedTimer timer;
                timer.start();
                const int hits = call(t, query);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (hits < 0) { // failures are counted, not timed
                    ++errors;
                    continue;
                }
                (query.op == Op::Inquiry ? per[t].inquiry : per[t].search).ms.push_back(ms);
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
    }
    run.errors = errors;
    run.empty = empty;
    return run;
}

QJsonObject figures(Run &r)
{
    return {{QStringLiteral("all"), r.all.summary(r.seconds)},
            {QStringLiteral("search"), r.search.summary(r.seconds)},
            {QStringLiteral("inquiry"), r.inquiry.summary(r.seconds)},
            {QStringLiteral("errors"), r.errors}, {QStringLiteral("noHits"), r.empty}};
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

// The same indexed lookup without the server: the strict name key (or reading) query and the
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
    QSqlQuery q = store::exec(db, QStringLiteral(
        "SELECT party_no FROM resident_records WHERE superseded_at IS NULL AND valid_to IS NULL "
        "AND %1 LIKE ? ORDER BY kana_key, birth_date, party_no LIMIT 500")
        .arg(kana ? QStringLiteral("kana_key") : QStringLiteral("name_key")), {key + u'%'});
    QJsonArray items;
    while (q.next()) {
        if (items.size() < 20) {
            if (auto r = resident::latestRecord(db, q.value(0).toLongLong()))
                items.append(resident::summaryJson(*r, false));
        }
    }
    return int(items.size());
}

struct Point {
    int residents = 0, years = 0;
    Run https, direct;
    double generateSeconds = 0, rssMb = 0, hwmMb = 0;
    qint64 records = 0;
};

// Signs in `count` clerks (resident:view) and returns their tokens.
QStringList signInClerks(Server &server, int count)
{
    app::ServerContext &ctx = server.app->context();
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
    app::ServerContext &ctx = server.app->context();
    resident::demotown::markDemoDatabase(ctx.database);
    resident::demotown::GenerateOptions options;
    options.residents = residents;
    options.years = years;
    options.seed = 1;
    const auto report = resident::demotown::generate(ctx.database, options);
    p.generateSeconds = report.buildSeconds + report.writeSeconds;
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
    p.https = drive(queries, sessions, requests, overHttps);
    p.rssMb = double(b::procStatusKb("VmRSS")) / 1024;
    p.hwmMb = double(b::procStatusKb("VmHWM")) / 1024;
    conns.clear();

    store::Database direct(ctx.database.config());
    auto inProcess = [&](int, const Query &q) { return directLookup(direct, q); };
    auto release = [&] { direct.releaseThreadConnection(); };
    drive(queries, sessions, sessions * 4, inProcess, release);
    p.direct = drive(queries, sessions, requests, inProcess, release);
    return p;
}

void printPoint(Point &p, const QString &store)
{
    std::printf("%-10s %9d res %2d y | gen %6.1f s | HTTPS p50 %7.2f p99 %7.2f ms %7.1f req/s "
                "(search p99 %.2f, 照会 p99 %.2f) err %d nohit %d | direct p50 %6.2f p99 %6.2f "
                "ms | RSS %.0f MB HWM %.0f MB\n",
                qPrintable(store), p.residents, p.years, p.generateSeconds,
                p.https.all.percentile(50), p.https.all.percentile(99),
                double(p.https.all.ms.size()) / p.https.seconds, p.https.search.percentile(99),
                p.https.inquiry.percentile(99), p.https.errors, p.https.empty,
                p.direct.all.percentile(50), p.direct.all.percentile(99), p.rssMb, p.hwmMb);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const b::Args args(argc, argv);
    const QList<int> sizes = args.townSizes();
    QStringList stores{QStringLiteral("sqlite")};
    if (args.flag(QStringLiteral("--postgres")))
        stores << QStringLiteral("postgresql");
    const int sessions = args.intOption(QStringLiteral("--sessions"), 50);
    QStringList sizeText;
    for (int n : sizes)
        sizeText << QString::number(n);
    std::printf("bench_search: %s residents, %d sessions, %d requests per run, seed 1\n",
                qPrintable(sizeText.join(QStringLiteral(", "))), sessions,
                args.intOption(QStringLiteral("--requests"), 600));
    QJsonObject figs;
    QList<b::Goal> goals;
    for (const QString &store : stores) {
        QJsonArray runs;
        Point last1, last10;
        for (int residents : sizes) {
            for (int years : {1, 10}) {
                Point p = measure(store == QLatin1String("postgresql"), residents, years, args);
                printPoint(p, store);
                runs.append(QJsonObject{{QStringLiteral("residents"), residents},
                                        {QStringLiteral("years"), years},
                                        {QStringLiteral("recordRows"), p.records},
                                        {QStringLiteral("generateSeconds"), p.generateSeconds},
                                        {QStringLiteral("https"), figures(p.https)},
                                        {QStringLiteral("direct"), figures(p.direct)},
                                        {QStringLiteral("rssMb"), p.rssMb},
                                        {QStringLiteral("hwmMb"), p.hwmMb}});
                (years == 1 ? last1 : last10) = p;
            }
        }
        figs.insert(store, runs);
        const int n = last10.residents;
        const QString at = QStringLiteral(" at %L1 residents, %2 sessions (%3)").arg(n)
                               .arg(sessions).arg(store);
        const QString note = n < 1000000 ? QStringLiteral("goal is at 1,000,000: run --full")
                                         : QString();
        goals << b::Goal{QStringLiteral("search p99") + at, last10.https.all.percentile(99), 50,
                         QStringLiteral("ms"), note}
              << b::Goal{QStringLiteral("overhead ratio p99 HTTPS / direct") + at,
                         last10.https.all.percentile(99)
                             / std::max(0.001, last10.direct.all.percentile(99)), 5,
                         QString(), note}
              << b::Goal{QStringLiteral("history ratio p99 10 y / 1 y") + at,
                         last10.https.all.percentile(99)
                             / std::max(0.001, last1.https.all.percentile(99)), 1.2,
                         QString(), note}
              << b::Goal{QStringLiteral("server RSS peak under load") + at, last10.hwmMb, 300,
                         QStringLiteral("MB"),
                         QStringLiteral("process = server + bench client threads; ") + note};
    }
    b::record(QStringLiteral("search"), figs, goals);
    return 0;
}
