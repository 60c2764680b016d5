// The SQL of mass printing runs (schema/08001_mass_printing.sql): a run, the order of its
// recipients fixed at its first start, the files committed (after their PDF was fsynced) with the
// documents in them. commitFile runs in the caller's transaction, with the print log entries.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kikan::mass_printing {

struct RunRow {
    qint64 id = 0;
    qint64 jobId = 0;
    QString kind;             // document kind (documentsource.h)
    int fiscalYear = 0;
    QString order;            // town_area | postal
    QString output;           // spool | bpo
    QString paper;            // sheet | continuous
    int pagesPerFile = 0;
    QList<qint64> recipients; // 宛名番号 in print order; empty until the first start fixed it
    int documentCount = 0;
    int documentsDone = 0;
    int pagesDone = 0;
    int filesDone = 0;
    bool finished = false;    // index and manifest written
    qint64 createdBy = 0;
    QString createdLogin;
    QString createdAt;
};

struct FileRow {
    int fileNo = 0;
    QString name;             // spool-0001.pdf
    int pages = 0;
    int documents = 0;
    QString sha256;           // hex
};

struct DocumentRow {
    int seq = 0;              // 1-based position in the run's order
    qint64 partyNo = 0;
    QString postalCode;
    int pages = 0;
    int fileNo = 0;
    int firstPage = 0;        // 1-based page of the file where the document starts
};

qint64 insertRun(QSqlDatabase db, const RunRow &run);
void setRunJob(QSqlDatabase db, qint64 runId, qint64 jobId);
std::optional<RunRow> runRow(QSqlDatabase db, qint64 id);
// The newest runs first.
QList<RunRow> latestRuns(QSqlDatabase db, int limit);
void fixOrder(QSqlDatabase db, qint64 runId, const QList<qint64> &partyNos);
// A file and its documents; the run's counters move past them.
void commitFile(QSqlDatabase db, qint64 runId, const FileRow &file, const QList<DocumentRow> &documents);
void markFinished(QSqlDatabase db, qint64 runId);
QList<FileRow> filesOf(QSqlDatabase db, qint64 runId);
QList<DocumentRow> documentsOf(QSqlDatabase db, qint64 runId);

} // namespace kikan::mass_printing
