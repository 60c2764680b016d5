// The 文字同定 register (CharacterIdentification, CHARACTERS.md "文字同定"): the old system's 外字
// (legacy glyphs) with their proposed MJ candidates, and each decision — who chose which MJ
// character, when. The decided table is what data migration uses (lookupDecided); an undecided
// vendor code is never guessed. Every change writes the operation log (events.h).
#pragma once

#include "server/core/context.h"
#include "server/audit/auditlog.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kikan::migration {

struct ImportSummary {
    int added = 0;     // vendor codes new to the register
    int updated = 0;   // known vendor codes (their decision kept)
    int undecided = 0; // of all rows in the file, how many are still undecided
};

// A decided vendor code: the MJ character the migration writes in its place.
struct DecidedGlyph {
    QString mjCode; // "MJ028902"
    QString text;   // UCS, or UCS + IVS ("葛\U000E0102")
};

class LegacyGlyphs
{
public:
    explicit LegacyGlyphs(core::ServerContext &context);

    // Imports the 外字 list (glyphcsv.h) in one transaction: a broken row refuses the whole file
    // with request.validation (422), detail naming the first row, extra "rows": [{row, message}].
    // actor: who imports (AuditEntry::forRequest, or a command line entry).
    ImportSummary import(const QByteArray &csv, const audit::AuditEntry &actor);

    // The register, by vendor code; status "undecided", "decided" or empty for all.
    QJsonArray list(const QString &status);
    // One glyph with its image (base64) and candidates; throws request.not_found.
    QJsonObject get(qint64 id);
    // Decides the glyph as mjCode if its version is still `version` (else store.conflict).
    QJsonObject decide(qint64 id, const QString &mjCode, qint64 version,
                       const audit::AuditEntry &actor);
    // Returns a decided glyph to the queue (same version rule).
    QJsonObject undecide(qint64 id, qint64 version, const audit::AuditEntry &actor);
    // The decided table as CSV: vendor_code,mj_code,text,decided_by,decided_at.
    QByteArray decidedCsv(int *rows = nullptr);

private:
    core::ServerContext &m_context;
};

// What the migration writes for a vendor code: the decision, or nothing when the code is unknown
// or undecided (the record that holds it must then wait; never a guess).
std::optional<DecidedGlyph> lookupDecided(store::Database &database, const QString &vendorCode);

} // namespace kikan::migration
