// The mass printing routes (docs/printing.md "Mass printing"; paths in
// shared/api/mass_printing/paths.h): the kinds on offer, start a run (a job of server/jobs), list
// runs, a run's status, download a spool file, the index, the manifest or the BPO package, cancel.
// A run's kind needs "<area>:print" of the area that offers it, for every route about the run.
#include "massprintrun.h"
#include "routes.h"
#include "runorder.h"
#include "runstore.h"
#include "spool.h"
#include "server/core/context.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/document/documentsource.h"
#include "server/http/router.h"
#include "server/jobs/jobqueue.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"
#include "shared/api/mass_printing/errors.h"
#include "shared/api/mass_printing/paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace kikan::mass_printing {

namespace {
const document::DocumentSource &sourceFor(core::ServerContext &ctx, const core::Actor &actor,
                                          const QString &kind)
{
    const auto *source = ctx.services.get<document::DocumentSources>().find(kind);
    if (!source)
        throw core::Failure(api::err::MassPrintUnknownKind, kind);
    if (!actor.has(source->rightArea(), QStringLiteral("print")))
        throw core::Failure(api::err::Forbidden);
    return *source;
}

QJsonObject runJson(core::ServerContext &ctx, const RunRow &run, const QString &title)
{
    QJsonObject o{{QStringLiteral("id"), run.id}, {QStringLiteral("jobId"), run.jobId},
                  {QStringLiteral("kind"), run.kind}, {QStringLiteral("title"), title},
                  {QStringLiteral("fiscalYear"), run.fiscalYear}, {QStringLiteral("order"), run.order},
                  {QStringLiteral("output"), run.output}, {QStringLiteral("paper"), run.paper},
                  {QStringLiteral("pagesPerFile"), run.pagesPerFile},
                  {QStringLiteral("documentCount"), run.documentCount},
                  {QStringLiteral("documentsDone"), run.documentsDone},
                  {QStringLiteral("pagesDone"), run.pagesDone}, {QStringLiteral("filesDone"), run.filesDone},
                  {QStringLiteral("finished"), run.finished},
                  {QStringLiteral("createdBy"), run.createdLogin}, {QStringLiteral("createdAt"), run.createdAt}};
    if (const auto job = ctx.services.get<jobs::JobQueue>().find(run.jobId)) {
        o.insert(QStringLiteral("state"), job->state);
        o.insert(QStringLiteral("error"), job->error);
        o.insert(QStringLiteral("cancelRequested"), job->cancelRequested);
    }
    return o;
}

// The run with the caller's right to its kind (else as if it did not exist).
RunRow visibleRun(core::ServerContext &ctx, http::Request &r, QString *title = nullptr)
{
    const std::optional<RunRow> run = runRow(ctx.database.connection(), r.idParam(QStringLiteral("id")));
    const auto *source = run ? ctx.services.get<document::DocumentSources>().find(run->kind) : nullptr;
    if (!source || !r.actor().has(source->rightArea(), QStringLiteral("print")))
        throw core::Failure(api::err::MassPrintNotFound);
    if (title)
        *title = source->title();
    return *run;
}

RunRow readStart(const QJsonObject &body)
{
    RunRow run;
    run.kind = body.value(QStringLiteral("kind")).toString();
    run.fiscalYear = body.value(QStringLiteral("fiscalYear")).toInt();
    run.order = body.value(QStringLiteral("order")).toString(QString::fromLatin1(OrderTownArea));
    run.output = body.value(QStringLiteral("output")).toString(QStringLiteral("spool"));
    run.paper = body.value(QStringLiteral("paper")).toString(QStringLiteral("sheet"));
    run.pagesPerFile = body.value(QStringLiteral("pagesPerFile")).toInt(1000);
    if (run.fiscalYear < 1989 || run.fiscalYear > 2200)
        throw core::Failure::invalidField(QStringLiteral("fiscalYear"), QStringLiteral("年度を西暦で指定してください。"));
    if (!knownOrder(run.order))
        throw core::Failure::invalidField(QStringLiteral("order"), QStringLiteral("並び順は town_area か postal です。"));
    if (run.output != QLatin1String("spool") && run.output != QLatin1String("bpo"))
        throw core::Failure::invalidField(QStringLiteral("output"), QStringLiteral("出力は spool か bpo です。"));
    if (run.paper != QLatin1String("sheet") && run.paper != QLatin1String("continuous"))
        throw core::Failure::invalidField(QStringLiteral("paper"), QStringLiteral("用紙は sheet か continuous です。"));
    if (run.pagesPerFile < 1 || run.pagesPerFile > 20000)
        throw core::Failure::invalidField(QStringLiteral("pagesPerFile"),
                                          QStringLiteral("1 ファイルのページ数は 1 から 20000 までです。"));
    return run;
}

http::Response start(core::ServerContext &ctx, http::Request &r)
{
    RunRow run = readStart(r.jsonObject());
    const core::Actor actor = r.actor();
    const auto &source = sourceFor(ctx, actor, run.kind);
    run.createdBy = actor.userId;
    run.createdLogin = actor.loginId;
    run.createdAt = core::timestampNow(ctx.clock);
    QSqlDatabase db = ctx.database.connection();
    run.id = insertRun(db, run);
    run.jobId = ctx.services.get<jobs::JobQueue>().submit(QString::fromLatin1(JobKindName),
                                                         {{QStringLiteral("runId"), run.id}}, actor);
    setRunJob(db, run.id, run.jobId);
    return http::Response::json(runJson(ctx, run, source.title()), 202);
}

http::Response list(core::ServerContext &ctx, http::Request &r)
{
    const core::Actor actor = r.actor();
    const auto &sources = ctx.services.get<document::DocumentSources>();
    QJsonArray runs;
    for (const RunRow &run : latestRuns(ctx.database.connection(), 50)) {
        const auto *source = sources.find(run.kind);
        if (source && actor.has(source->rightArea(), QStringLiteral("print")))
            runs.append(runJson(ctx, run, source->title()));
    }
    return http::Response::json(QJsonObject{{QStringLiteral("runs"), runs}});
}

http::Response status(core::ServerContext &ctx, http::Request &r)
{
    QString title;
    const RunRow run = visibleRun(ctx, r, &title);
    QJsonObject o = runJson(ctx, run, title);
    QJsonArray files;
    for (const FileRow &f : filesOf(ctx.database.connection(), run.id))
        files.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("pages"), f.pages},
                                 {QStringLiteral("documents"), f.documents}, {QStringLiteral("sha256"), f.sha256}});
    o.insert(QStringLiteral("files"), files);
    return http::Response::json(o);
}

http::Response fileDownload(const QString &path, const QString &name, const QByteArray &type)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw core::Failure(api::err::MassPrintFileNotFound, name);
    http::Response response;
    response.contentType = type;
    response.body = file.readAll();
    response.headers.append({"Content-Disposition", "attachment; filename=\"" + name.toLatin1() + "\""});
    return response;
}

http::Response download(core::ServerContext &ctx, http::Request &r)
{
    const RunRow run = visibleRun(ctx, r);
    const QString name = r.pathParams.value(QStringLiteral("name"));
    bool known = run.finished && (name == QLatin1String(IndexFile) || name == QLatin1String(ManifestFile));
    for (const FileRow &f : filesOf(ctx.database.connection(), run.id))
        known = known || f.name == name;
    if (!known)
        throw core::Failure(api::err::MassPrintFileNotFound, name);
    const QByteArray type = name.endsWith(QLatin1String(".pdf")) ? "application/pdf"
                            : name.endsWith(QLatin1String(".csv")) ? "text/csv; charset=utf-8"
                                                                     : "text/plain; charset=utf-8";
    return fileDownload(QDir(runFolder(ctx, run.id)).filePath(name), name, type);
}

http::Response package(core::ServerContext &ctx, http::Request &r)
{
    const RunRow run = visibleRun(ctx, r);
    if (!run.finished)
        throw core::Failure(api::err::MassPrintNotFinished);
    QStringList names;
    for (const FileRow &f : filesOf(ctx.database.connection(), run.id))
        names.append(f.name);
    names << QString::fromLatin1(IndexFile) << QString::fromLatin1(ManifestFile);
    http::Response response;
    response.contentType = "application/x-tar";
    response.body = tarArchive(runFolder(ctx, run.id), names);
    response.headers.append({"Content-Disposition",
                             QStringLiteral("attachment; filename=\"mass-print-%1.tar\"").arg(run.id).toLatin1()});
    return response;
}

http::Response cancel(core::ServerContext &ctx, http::Request &r)
{
    QString title;
    const RunRow run = visibleRun(ctx, r, &title);
    ctx.services.get<jobs::JobQueue>().cancel(run.jobId);
    return http::Response::json(runJson(ctx, run, title));
}

http::Response kinds(core::ServerContext &ctx, http::Request &r)
{
    const core::Actor actor = r.actor();
    QJsonArray list;
    for (const auto *source : ctx.services.get<document::DocumentSources>().all())
        if (actor.has(source->rightArea(), QStringLiteral("print")))
            list.append(QJsonObject{{QStringLiteral("kind"), source->kind()}, {QStringLiteral("title"), source->title()}});
    return http::Response::json(QJsonObject{{QStringLiteral("kinds"), list}});
}
} // namespace

void registerRoutes(core::ServerContext &ctx, http::Router &router)
{
    const QString runs = QString::fromLatin1(api::path::MassPrintRuns);
    const auto signedIn = http::Access::signedIn();
    auto bind = [&ctx](http::Response (*f)(core::ServerContext &, http::Request &)) {
        return [&ctx, f](http::Request &r) { return f(ctx, r); };
    };
    router.add({QStringLiteral("GET"), QString::fromLatin1(api::path::MassPrintKinds), signedIn,
                QStringLiteral("mass_printing.kinds"), bind(&kinds)});
    router.add({QStringLiteral("POST"), runs, signedIn, QStringLiteral("mass_printing.start"), bind(&start)});
    router.add({QStringLiteral("GET"), runs, signedIn, QStringLiteral("mass_printing.list"), bind(&list)});
    router.add({QStringLiteral("GET"), runs + QStringLiteral("/{id}"), signedIn,
                QStringLiteral("mass_printing.view"), bind(&status)});
    router.add({QStringLiteral("GET"), runs + QStringLiteral("/{id}/files/{name}"), signedIn,
                QStringLiteral("mass_printing.download"), bind(&download)});
    router.add({QStringLiteral("GET"), runs + QStringLiteral("/{id}/package"), signedIn,
                QStringLiteral("mass_printing.download"), bind(&package)});
    router.add({QStringLiteral("POST"), runs + QStringLiteral("/{id}/cancel"), signedIn,
                QStringLiteral("mass_printing.cancel"), bind(&cancel)});
}

} // namespace kikan::mass_printing
