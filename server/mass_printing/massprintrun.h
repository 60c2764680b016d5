// A mass printing run (docs/printing.md "Mass printing"): the documents of one kind and 年度
// (server/document/documentsource.h) in a stable order, rendered into spool PDFs of at most
// `pagesPerFile` pages. Each file is written durably (fsync) and then committed with its
// documents' rows and one print log entry per document, in one transaction; a run that died
// (SIGKILL, power cut) resumes after its last committed file — a file in flight is rendered
// again, identically — so every document is printed exactly once. At the end: the CSV index and
// the manifest (SHA-256 of every file). Runs as the job kind "mass_printing.run" (server/jobs).
#pragma once

#include "server/core/actor.h"
#include "server/jobs/jobkind.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace kikan::core {
struct ServerContext;
}

namespace kikan::mass_printing {

inline constexpr char JobKindName[] = "mass_printing.run";
inline constexpr char DocumentPrintEvent[] = "mass_printing.document_print"; // print log, one per document

// <data_dir>/mass_printing/run-<id>
QString runFolder(const core::ServerContext &context, qint64 runId);

// Called after each committed file (done documents, total); may throw to stop (jobs::JobCancelled).
using Progress = std::function<void(qint64 done, qint64 total, const QJsonObject &checkpoint)>;

// Runs or resumes the run; returns {documents, pages, files}. Throws core::Failure.
QJsonObject runMassPrint(core::ServerContext &context, qint64 runId, const core::Actor &actor,
                         const Progress &progress);

std::unique_ptr<jobs::JobKind> massPrintJobKind();

} // namespace kikan::mass_printing
