// The SQL of mass printing runs (runstore.h).
#include "runstore.h"

#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kikan::mass_printing {

namespace {
const char kRunColumns[] = "id, job_id, kind, fiscal_year, sort_order, output, paper, pages_per_file, "
                           "recipients, document_count, documents_done, pages_done, files_done, "
                           "finished, created_by, created_login, created_at";

QList<qint64> partyList(const QString &json)
{
    QList<qint64> list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(v.toInteger());
    return list;
}

RunRow readRun(const QSqlQuery &q)
{
    store::RowReader row(q);
    RunRow r;
    r.id = row.id();
    r.jobId = row.id();
    r.kind = row.text();
    r.fiscalYear = row.integer();
    r.order = row.text();
    r.output = row.text();
    r.paper = row.text();
    r.pagesPerFile = row.integer();
    r.recipients = partyList(row.text());
    r.documentCount = row.integer();
    r.documentsDone = row.integer();
    r.pagesDone = row.integer();
    r.filesDone = row.integer();
    r.finished = row.flag();
    r.createdBy = row.id();
    r.createdLogin = row.text();
    r.createdAt = row.text();
    return r;
}
} // namespace

qint64 insertRun(QSqlDatabase db, const RunRow &run)
{
    return store::insertReturningId(
        db, QStringLiteral("INSERT INTO mass_print_runs (job_id, kind, fiscal_year, sort_order, output, "
                           "paper, pages_per_file, recipients, document_count, documents_done, "
                           "pages_done, files_done, finished, created_by, created_login, created_at) "
                           "VALUES (0, ?, ?, ?, ?, ?, ?, '', 0, 0, 0, 0, 0, ?, ?, ?) RETURNING id"),
        {run.kind, run.fiscalYear, run.order, run.output, run.paper, run.pagesPerFile, run.createdBy,
         store::notNull(run.createdLogin), run.createdAt});
}

void setRunJob(QSqlDatabase db, qint64 runId, qint64 jobId)
{
    store::exec(db, QStringLiteral("UPDATE mass_print_runs SET job_id = ? WHERE id = ?"), {jobId, runId});
}

std::optional<RunRow> runRow(QSqlDatabase db, qint64 id)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM mass_print_runs WHERE id = ?")
                                      .arg(QLatin1String(kRunColumns)), {id});
    if (!q.next())
        return std::nullopt;
    return readRun(q);
}

QList<RunRow> latestRuns(QSqlDatabase db, int limit)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM mass_print_runs ORDER BY id DESC LIMIT ?")
                                      .arg(QLatin1String(kRunColumns)), {limit});
    QList<RunRow> list;
    while (q.next()) {
        RunRow r = readRun(q);
        r.recipients.clear(); // a list does not need them
        list.append(r);
    }
    return list;
}

void fixOrder(QSqlDatabase db, qint64 runId, const QList<qint64> &partyNos)
{
    QJsonArray array;
    for (qint64 p : partyNos)
        array.append(p);
    store::exec(db, QStringLiteral("UPDATE mass_print_runs SET recipients = ?, document_count = ? WHERE id = ?"),
                {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)),
                 int(partyNos.size()), runId});
}

void commitFile(QSqlDatabase db, qint64 runId, const FileRow &file, const QList<DocumentRow> &documents)
{
    store::exec(db, QStringLiteral("INSERT INTO mass_print_files (run_id, file_no, name, pages, documents, "
                                   "sha256) VALUES (?, ?, ?, ?, ?, ?)"),
                {runId, file.fileNo, file.name, file.pages, file.documents, file.sha256});
    for (const DocumentRow &d : documents)
        store::exec(db, QStringLiteral("INSERT INTO mass_print_documents (run_id, seq, party_no, "
                                       "postal_code, pages, file_no, first_page) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {runId, d.seq, d.partyNo, store::notNull(d.postalCode), d.pages, d.fileNo, d.firstPage});
    store::exec(db, QStringLiteral("UPDATE mass_print_runs SET documents_done = documents_done + ?, "
                                   "pages_done = pages_done + ?, files_done = files_done + 1 WHERE id = ?"),
                {file.documents, file.pages, runId});
}

void markFinished(QSqlDatabase db, qint64 runId)
{
    store::exec(db, QStringLiteral("UPDATE mass_print_runs SET finished = 1 WHERE id = ?"), {runId});
}

QList<FileRow> filesOf(QSqlDatabase db, qint64 runId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT file_no, name, pages, documents, sha256 FROM "
                                                 "mass_print_files WHERE run_id = ? ORDER BY file_no"),
                              {runId});
    QList<FileRow> list;
    while (q.next()) {
        store::RowReader row(q);
        FileRow f;
        f.fileNo = row.integer();
        f.name = row.text();
        f.pages = row.integer();
        f.documents = row.integer();
        f.sha256 = row.text();
        list.append(f);
    }
    return list;
}

QList<DocumentRow> documentsOf(QSqlDatabase db, qint64 runId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT seq, party_no, postal_code, pages, file_no, "
                                                 "first_page FROM mass_print_documents WHERE run_id = ? "
                                                 "ORDER BY seq"),
                              {runId});
    QList<DocumentRow> list;
    while (q.next()) {
        store::RowReader row(q);
        DocumentRow d;
        d.seq = row.integer();
        d.partyNo = row.id();
        d.postalCode = row.text();
        d.pages = row.integer();
        d.fileNo = row.integer();
        d.firstPage = row.integer();
        list.append(d);
    }
    return list;
}

} // namespace kikan::mass_printing
