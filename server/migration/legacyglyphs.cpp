// The 文字同定 register (legacyglyphs.h): tables legacy_glyph and legacy_glyph_candidate
// (schema/03001_legacy_glyphs.sql). Decisions use optimistic concurrency on the version column.
#include "legacyglyphs.h"

#include "candidates.h"
#include "events.h"
#include "glyphcsv.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/errorcode.h"

#include <QSqlQuery>

namespace kikan::migration {

namespace {

const QString kColumns = QStringLiteral(
    "id, vendor_code, juki_code, koseki_code, ucs_text, reading, note, status, mj_code, "
    "mj_text, decided_by, decided_at, version, glyph_png IS NOT NULL");

QJsonObject rowJson(const QSqlQuery &q)
{
    store::RowReader row(q);
    QJsonObject o;
    o.insert(QStringLiteral("id"), row.id());
    for (const char *field : {"vendorCode", "jukiCode", "kosekiCode", "legacyUcs", "reading",
                              "note", "status", "mjCode", "text", "decidedBy", "decidedAt"})
        o.insert(QLatin1String(field), row.text());
    o.insert(QStringLiteral("version"), row.id());
    o.insert(QStringLiteral("hasImage"), row.flag());
    return o;
}

// Empty, never NULL: the text columns are NOT NULL and Qt binds a null QString as NULL.
QVariant text(const QString &s)
{
    return store::notNull(s);
}

QVariant blob(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

void writeCandidates(QSqlDatabase db, qint64 glyphId, const GlyphRow &row)
{
    store::exec(db, QStringLiteral("DELETE FROM legacy_glyph_candidate WHERE glyph_id = ?"),
                {glyphId});
    const QList<Candidate> candidates =
        proposeCandidates({row.jukiCode, row.kosekiCode, row.ucsText});
    int rank = 0;
    for (const Candidate &c : candidates) {
        store::exec(db, QStringLiteral("INSERT INTO legacy_glyph_candidate "
                                       "(glyph_id, rank, mj_code, reasons) VALUES (?, ?, ?, ?)"),
                    {glyphId, ++rank, c.mjCode, c.reasons.join(QLatin1Char(' '))});
    }
}

// Runs body and writes the operation log entry: success, or the error code and success = false.
template <typename F>
auto logged(core::ServerContext &context, audit::AuditEntry entry, F &&body)
{
    entry.kind = audit::LogKind::Operation;
    try {
        auto result = body(entry);
        context.audit.append(entry);
        return result;
    } catch (const core::Failure &error) {
        entry.success = false;
        entry.detail.insert(QStringLiteral("error"), error.code());
        context.audit.append(entry);
        throw;
    }
}

core::Failure notFound(qint64 id)
{
    return core::Failure(api::err::NotFound,
                          QStringLiteral("外字（ID %1）は登録されていません。").arg(id));
}

} // namespace

LegacyGlyphs::LegacyGlyphs(core::ServerContext &context) : m_context(context)
{
}

ImportSummary LegacyGlyphs::import(const QByteArray &csv, const audit::AuditEntry &actor)
{
    audit::AuditEntry entry = actor;
    entry.event = QString::fromLatin1(event::GlyphImport);
    entry.subject = QStringLiteral("legacy_glyph");
    return logged(m_context, entry, [&](audit::AuditEntry &e) {
        const GlyphCsv parsed = parseGlyphCsv(csv);
        if (!parsed.errors.isEmpty()) {
            QJsonArray rows;
            for (const RowError &err : parsed.errors)
                rows.append(QJsonObject{{QStringLiteral("row"), err.row},
                                        {QStringLiteral("message"), err.message}});
            const RowError &first = parsed.errors.first();
            const QString where = first.row > 0 ? QStringLiteral("%1行目: ").arg(first.row)
                                                : QString();
            e.detail.insert(QStringLiteral("brokenRows"), parsed.errors.size());
            throw core::Failure(
                api::err::Validation,
                QStringLiteral("%1%2（誤りのある行 %3 件。何も取り込んでいません。）")
                    .arg(where, first.message).arg(parsed.errors.size()),
                QJsonObject{{QStringLiteral("rows"), rows}});
        }
        ImportSummary summary;
        const QString now = core::timestampNow(m_context.clock);
        store::Transaction tx(m_context.database);
        QSqlDatabase db = tx.db();
        for (const GlyphRow &row : parsed.rows) {
            QSqlQuery q = store::exec(
                db, QStringLiteral("SELECT id, status FROM legacy_glyph WHERE vendor_code = ?"),
                {row.vendorCode});
            qint64 id = 0;
            if (q.next()) {
                // Known code: the source facts are refreshed, the decision and version are kept.
                id = q.value(0).toLongLong();
                if (q.value(1).toString() == QLatin1String("undecided"))
                    ++summary.undecided;
                store::exec(db, QStringLiteral("UPDATE legacy_glyph SET juki_code = ?, "
                                               "koseki_code = ?, ucs_text = ?, glyph_png = ?, "
                                               "reading = ?, note = ? WHERE id = ?"),
                            {text(row.jukiCode), text(row.kosekiCode), text(row.ucsText),
                             blob(row.glyphPng), text(row.reading), text(row.note), id});
                ++summary.updated;
            } else {
                id = store::insertReturningId(
                    db,
                    QStringLiteral("INSERT INTO legacy_glyph (vendor_code, juki_code, "
                                   "koseki_code, "
                                   "ucs_text, glyph_png, reading, note, status, mj_code, mj_text, "
                                   "decided_by, decided_at, imported_at, version) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, 'undecided', '', '', '', '', ?, 1) "
                                   "RETURNING id"),
                    {row.vendorCode, text(row.jukiCode), text(row.kosekiCode),
                     text(row.ucsText), blob(row.glyphPng), text(row.reading), text(row.note),
                     now});
                ++summary.added;
                ++summary.undecided;
            }
            writeCandidates(db, id, row);
        }
        tx.commit();
        e.detail = QJsonObject{{QStringLiteral("added"), summary.added},
                               {QStringLiteral("updated"), summary.updated},
                               {QStringLiteral("undecided"), summary.undecided}};
        return summary;
    });
}

QJsonArray LegacyGlyphs::list(const QString &status)
{
    QString sql = QStringLiteral("SELECT %1 FROM legacy_glyph").arg(kColumns);
    QVariantList values;
    if (!status.isEmpty()) {
        if (status != QLatin1String("undecided") && status != QLatin1String("decided")) {
            throw core::Failure::invalidField(
                QStringLiteral("status"),
                QStringLiteral("undecided または decided を指定してください。"));
        }
        sql += QStringLiteral(" WHERE status = ?");
        values << status;
    }
    sql += QStringLiteral(" ORDER BY vendor_code");
    QSqlQuery q = store::exec(m_context.database.connection(), sql, values);
    QJsonArray out;
    while (q.next())
        out.append(rowJson(q));
    return out;
}

QJsonObject LegacyGlyphs::get(qint64 id)
{
    QSqlDatabase db = m_context.database.connection();
    QSqlQuery q = store::exec(
        db, QStringLiteral("SELECT %1, glyph_png FROM legacy_glyph WHERE id = ?").arg(kColumns),
        {id});
    if (!q.next())
        throw notFound(id);
    QJsonObject glyph = rowJson(q);
    const QByteArray png = q.value(14).toByteArray();
    if (!png.isEmpty())
        glyph.insert(QStringLiteral("glyphPng"), QString::fromLatin1(png.toBase64()));
    QSqlQuery c = store::exec(db, QStringLiteral("SELECT mj_code, reasons FROM "
                                                 "legacy_glyph_candidate WHERE glyph_id = ? "
                                                 "ORDER BY rank"),
                              {id});
    QJsonArray candidates;
    while (c.next()) {
        const auto character = moji::byMjCode(c.value(0).toString());
        if (!character)
            continue;
        QJsonObject o = characterJson(*character);
        o.insert(QStringLiteral("reasons"),
                 QJsonArray::fromStringList(c.value(1).toString().split(QLatin1Char(' '))));
        candidates.append(o);
    }
    glyph.insert(QStringLiteral("candidates"), candidates);
    return glyph;
}

QJsonObject LegacyGlyphs::decide(qint64 id, const QString &mjCode, qint64 version,
                                 const audit::AuditEntry &actor)
{
    audit::AuditEntry entry = actor;
    entry.event = QString::fromLatin1(event::GlyphDecide);
    entry.subject = QStringLiteral("legacy_glyph:%1").arg(id);
    entry.detail = QJsonObject{{QStringLiteral("mjCode"), mjCode}};
    return logged(m_context, entry, [&](audit::AuditEntry &e) {
        const auto character = moji::byMjCode(mjCode.trimmed().toUpper());
        if (!character) {
            throw core::Failure::invalidField(
                QStringLiteral("mjCode"),
                QStringLiteral("MJ文字図形名「%1」は MJ文字一覧にありません。").arg(mjCode));
        }
        store::Transaction tx(m_context.database);
        QSqlQuery q = store::exec(
            tx.db(), QStringLiteral("SELECT vendor_code, version FROM legacy_glyph WHERE id = ?"),
            {id});
        if (!q.next())
            throw notFound(id);
        const QString vendorCode = q.value(0).toString();
        e.subject = QStringLiteral("legacy_glyph:") + vendorCode;
        e.detail.insert(QStringLiteral("vendorCode"), vendorCode);
        if (q.value(1).toLongLong() != version)
            throw core::Failure(api::err::Conflict);
        const QString mjText = characterText(*character);
        store::exec(tx.db(),
                    QStringLiteral("UPDATE legacy_glyph SET status = 'decided', mj_code = ?, "
                                   "mj_text = ?, decided_by = ?, decided_at = ?, "
                                   "version = version + 1 WHERE id = ? AND version = ?"),
                    {character->mjCode, mjText, text(actor.loginId),
                     core::timestampNow(m_context.clock), id, version});
        tx.commit();
        e.detail.insert(QStringLiteral("mjCode"), character->mjCode);
        e.detail.insert(QStringLiteral("text"), mjText);
        return get(id);
    });
}

QJsonObject LegacyGlyphs::undecide(qint64 id, qint64 version, const audit::AuditEntry &actor)
{
    audit::AuditEntry entry = actor;
    entry.event = QString::fromLatin1(event::GlyphUndecide);
    entry.subject = QStringLiteral("legacy_glyph:%1").arg(id);
    return logged(m_context, entry, [&](audit::AuditEntry &e) {
        store::Transaction tx(m_context.database);
        QSqlQuery q = store::exec(tx.db(),
                                  QStringLiteral("SELECT vendor_code, version, mj_code FROM "
                                                 "legacy_glyph WHERE id = ?"),
                                  {id});
        if (!q.next())
            throw notFound(id);
        e.subject = QStringLiteral("legacy_glyph:") + q.value(0).toString();
        e.detail = QJsonObject{{QStringLiteral("vendorCode"), q.value(0).toString()},
                               {QStringLiteral("previousMjCode"), q.value(2).toString()}};
        if (q.value(1).toLongLong() != version)
            throw core::Failure(api::err::Conflict);
        store::exec(tx.db(),
                    QStringLiteral("UPDATE legacy_glyph SET status = 'undecided', mj_code = '', "
                                   "mj_text = '', decided_by = '', decided_at = '', "
                                   "version = version + 1 WHERE id = ? AND version = ?"),
                    {id, version});
        tx.commit();
        return get(id);
    });
}

QByteArray LegacyGlyphs::decidedCsv(int *rows)
{
    QSqlQuery q = store::exec(m_context.database.connection(),
                              QStringLiteral("SELECT vendor_code, mj_code, mj_text, decided_by, "
                                             "decided_at FROM legacy_glyph WHERE status = "
                                             "'decided' ORDER BY vendor_code"));
    QString out = QStringLiteral("vendor_code,mj_code,text,decided_by,decided_at\r\n");
    int n = 0;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            fields.append(csvField(q.value(i).toString()));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        ++n;
    }
    if (rows)
        *rows = n;
    return out.toUtf8();
}

std::optional<DecidedGlyph> lookupDecided(store::Database &database, const QString &vendorCode)
{
    QSqlQuery q = store::exec(database.connection(),
                              QStringLiteral("SELECT mj_code, mj_text FROM legacy_glyph WHERE "
                                             "vendor_code = ? AND status = 'decided'"),
                              {vendorCode});
    if (!q.next())
        return std::nullopt;
    return DecidedGlyph{q.value(0).toString(), q.value(1).toString()};
}

} // namespace kikan::migration
