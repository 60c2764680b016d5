// A mass printing run (massprintrun.h).
#include "massprintrun.h"

#include "runorder.h"
#include "runstore.h"
#include "spool.h"
#include "server/audit/auditlog.h"
#include "server/core/context.h"
#include "server/core/failure.h"
#include "server/document/documentsource.h"
#include "server/store/database.h"
#include "shared/api/mass_printing/errors.h"
#include "shared/forms/formrenderer.h"

#include <QDir>
#include <QHash>

namespace kikan::mass_printing {

QString runFolder(const core::ServerContext &context, qint64 runId)
{
    return QDir(context.config.dataDir).filePath(QStringLiteral("mass_printing/run-%1").arg(runId));
}

namespace {
// The next spool file's documents from `run.documentsDone` on, their forms and sheets (each
// document starts a sheet: on an N-up layout no document shares a sheet with the next).
struct FileContent {
    QList<forms::PageData> forms;
    int sheets = 0;
    QList<DocumentRow> documents;
};

FileContent nextFile(const RunRow &run, const document::DocumentBatch &batch,
                     const QHash<qint64, document::Recipient> &byParty)
{
    FileContent content;
    const int fileNo = run.filesDone + 1;
    const int perSheet = batch.layout().formsPerSheet();
    for (int seq = run.documentsDone; seq < run.recipients.size(); ++seq) {
        const auto it = byParty.constFind(run.recipients[seq]);
        if (it == byParty.cend())
            throw core::Failure(api::err::MassPrintRecipientGone,
                                QStringLiteral("宛名番号 %1 の帳票がなくなりました。").arg(run.recipients[seq]));
        QList<forms::PageData> forms = batch.pages(*it);
        const int sheets = int((forms.size() + perSheet - 1) / perSheet);
        if (!joinsFile(content.sheets, int(content.documents.size()), sheets, run.pagesPerFile))
            break;
        if (!forms.isEmpty())
            forms.first().startsSheet = true;
        content.documents.append({seq + 1, it->partyNo, it->postalCode, sheets, fileNo, content.sheets + 1});
        content.forms += forms;
        content.sheets += sheets;
    }
    return content;
}

// The file's rows and one print log entry per document, committed together.
void commit(core::ServerContext &context, const core::Actor &actor, const RunRow &run,
            const FileRow &file, const QList<DocumentRow> &documents)
{
    store::Transaction tx(context.database);
    commitFile(tx.db(), run.id, file, documents);
    for (const DocumentRow &d : documents)
        context.audit.append(audit::AuditEntry::about(
                                 actor, audit::LogKind::Print, QString::fromLatin1(DocumentPrintEvent),
                                 QStringLiteral("party:%1").arg(d.partyNo),
                                 {{QStringLiteral("run"), run.id}, {QStringLiteral("kind"), run.kind},
                                  {QStringLiteral("fiscalYear"), run.fiscalYear},
                                  {QStringLiteral("seq"), d.seq}, {QStringLiteral("file"), file.name},
                                  {QStringLiteral("firstPage"), d.firstPage},
                                  {QStringLiteral("pages"), d.pages}}),
                             tx);
    tx.commit();
}

// The index and the manifest (every spool file and the index, hashed as written).
void finish(core::ServerContext &context, const RunRow &run, const QString &folder)
{
    QSqlDatabase db = context.database.connection();
    const QList<FileRow> files = filesOf(db, run.id);
    const QByteArray index = indexCsv(documentsOf(db, run.id), files);
    writeDurably(QDir(folder).filePath(QLatin1String(IndexFile)), index);
    QList<QPair<QString, QString>> hashes;
    for (const FileRow &f : files)
        hashes.append({f.name, f.sha256});
    hashes.append({QString::fromLatin1(IndexFile), sha256Hex(index)});
    writeDurably(QDir(folder).filePath(QLatin1String(ManifestFile)), manifestText(hashes));
    markFinished(db, run.id);
}

RunRow loadRun(core::ServerContext &context, qint64 runId)
{
    const std::optional<RunRow> run = runRow(context.database.connection(), runId);
    if (!run)
        throw core::Failure(api::err::MassPrintNotFound);
    return *run;
}
} // namespace

QJsonObject runMassPrint(core::ServerContext &context, qint64 runId, const core::Actor &actor,
                         const Progress &progress)
{
    RunRow run = loadRun(context, runId);
    const auto *source = context.services.get<document::DocumentSources>().find(run.kind);
    if (!source)
        throw core::Failure(api::err::MassPrintUnknownKind, run.kind);
    const std::unique_ptr<document::DocumentBatch> batch =
        source->prepare(context, {run.fiscalYear, run.paper});
    QHash<qint64, document::Recipient> byParty;
    const QList<document::Recipient> recipients = batch->recipients();
    for (const document::Recipient &r : recipients)
        byParty.insert(r.partyNo, r);
    if (run.recipients.isEmpty()) { // the first start fixes the order for every resumption
        for (const document::Recipient &r : inPrintOrder(recipients, run.order))
            run.recipients.append(r.partyNo);
        fixOrder(context.database.connection(), run.id, run.recipients);
    }
    const QString folder = runFolder(context, run.id);
    QDir().mkpath(folder);
    const forms::FormRenderer renderer(batch->layout());
    const qint64 total = run.recipients.size();
    progress(run.documentsDone, total, {{QStringLiteral("files"), run.filesDone}});
    while (run.documentsDone < total) {
        const FileContent content = nextFile(run, *batch, byParty);
        const auto pdf = renderer.renderPdf(content.forms, {}, source->title());
        if (!pdf.ok())
            throw core::Failure(pdf.error());
        const FileRow file{run.filesDone + 1, spoolFileName(run.filesDone + 1), content.sheets,
                           int(content.documents.size()), sha256Hex(pdf.value())};
        writeDurably(QDir(folder).filePath(file.name), pdf.value());
        commit(context, actor, run, file, content.documents);
        run.documentsDone += file.documents;
        run.pagesDone += file.pages;
        run.filesDone = file.fileNo;
        progress(run.documentsDone, total, {{QStringLiteral("files"), run.filesDone}});
    }
    finish(context, run, folder);
    return {{QStringLiteral("runId"), run.id}, {QStringLiteral("documents"), run.documentsDone},
            {QStringLiteral("pages"), run.pagesDone}, {QStringLiteral("files"), run.filesDone}};
}

namespace {
class MassPrintJob : public jobs::JobKind
{
public:
    QString name() const override { return QString::fromLatin1(JobKindName); }
    QJsonObject run(core::ServerContext &context, jobs::JobControl &control) override
    {
        return runMassPrint(context, control.params().value(QStringLiteral("runId")).toInteger(),
                            control.actor(),
                            [&control](qint64 done, qint64 total, const QJsonObject &checkpoint) {
            control.progress(done, total, checkpoint);
        });
    }
};
} // namespace

std::unique_ptr<jobs::JobKind> massPrintJobKind()
{
    return std::make_unique<MassPrintJob>();
}

} // namespace kikan::mass_printing
