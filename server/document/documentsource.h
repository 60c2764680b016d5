// Documents an area offers for mass printing (docs/printing.md "Mass printing"): a kind of
// document (e.g. 軽自動車税の納税通知書 of a 年度) whose recipients the mass printing area
// (server/mass_printing) puts in a stable order and prints one by one into spool PDFs or a BPO
// package. The area registers a DocumentSource in its module's start():
//   context.services.get<document::DocumentSources>().add(std::make_unique<…>());
// The area decides what a recipient's pages say (values for its forms::FormLayout); mass printing
// decides order, files, progress, resumption and the print log.
#pragma once

#include "shared/forms/formdata.h"
#include "shared/forms/formlayout.h"

#include <QList>
#include <QString>

#include <map>
#include <memory>

namespace kikan::core {
struct ServerContext;
}

namespace kikan::document {

// One recipient of a run: who gets a document, and what the orders sort by.
struct Recipient {
    qint64 partyNo = 0;    // 宛名番号: the recipient's key within a kind and 年度
    QString townAreaCode;  // 町字コード (order "town_area": 町字, then 宛名番号)
    QString postalCode;    // 郵便番号 (order "postal": 郵便番号, 町字, 宛名番号)
};

// What a run asks for.
struct BatchRequest {
    int fiscalYear = 0;
    QString paper = QStringLiteral("sheet"); // "sheet" (A4 for the sheet printer / BPO) or "continuous" (連帳)
};

// The documents of one run, prepared once per (re)start of the run.
class DocumentBatch
{
public:
    virtual ~DocumentBatch() = default;
    virtual const forms::FormLayout &layout() const = 0;
    // Every recipient with a document (any order: mass printing sorts them).
    virtual QList<Recipient> recipients() const = 0;
    // One recipient's pages (core::Failure when they cannot be printed).
    virtual QList<forms::PageData> pages(const Recipient &recipient) const = 0;
};

class DocumentSource
{
public:
    virtual ~DocumentSource() = default;
    virtual QString kind() const = 0;      // "light_vehicle_tax.notice" ([a-z0-9_.])
    virtual QString title() const = 0;     // 軽自動車税（種別割）納税通知書
    virtual QString rightArea() const = 0; // a run needs "<area>:print"
    // Throws core::Failure (e.g. nothing to print for the 年度).
    virtual std::unique_ptr<DocumentBatch> prepare(core::ServerContext &context,
                                                   const BatchRequest &request) const = 0;
};

// The kinds on offer (provided by server/mass_printing, filled by the areas at start).
class DocumentSources
{
public:
    void add(std::unique_ptr<DocumentSource> source)
    {
        const QString kind = source->kind();
        m_sources[kind] = std::move(source);
    }
    const DocumentSource *find(const QString &kind) const
    {
        const auto it = m_sources.find(kind);
        return it == m_sources.end() ? nullptr : it->second.get();
    }
    QList<const DocumentSource *> all() const
    {
        QList<const DocumentSource *> list;
        for (const auto &entry : m_sources)
            list.append(entry.second.get());
        return list;
    }

private:
    std::map<QString, std::unique_ptr<DocumentSource>> m_sources;
};

} // namespace kikan::document
