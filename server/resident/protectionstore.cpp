// The SQL of 支援措置 (protectionstore.h).
#include "protectionstore.h"

#include "server/core/dates.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>
#include <QStringList>

namespace kikan::resident {

namespace {

const char kMeasureColumns[] = "id, party_no, starts_on, ends_on, reason, note, recorded_at, "
                               "lifted_at";

ProtectionMeasure measureOf(const QSqlQuery &q)
{
    store::RowReader row(q);
    ProtectionMeasure m;
    m.id = row.id();
    m.partyNo = row.id();
    m.startsOn = row.date();
    m.endsOn = row.date();
    m.reason = row.text();
    m.note = row.text();
    m.recordedAt = row.text();
    m.liftedAt = row.text();
    return m;
}

} // namespace

QList<ProtectionMeasure> measuresOf(QSqlDatabase db, const QList<qint64> &partyNos)
{
    QList<ProtectionMeasure> out;
    constexpr qsizetype kChunk = 500; // bound parameters per query
    for (qsizetype at = 0; at < partyNos.size(); at += kChunk) {
        QVariantList values;
        QStringList marks;
        for (qint64 p : partyNos.mid(at, kChunk)) {
            values.append(p);
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM protection_measures WHERE "
                                                     "party_no IN (%2) ORDER BY id")
                                          .arg(QLatin1String(kMeasureColumns),
                                               marks.join(QLatin1Char(','))),
                                  values);
        while (q.next())
            out.append(measureOf(q));
    }
    return out;
}

QList<ProtectionMeasure> allMeasures(QSqlDatabase db)
{
    QList<ProtectionMeasure> out;
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM protection_measures ORDER BY id")
                                      .arg(QLatin1String(kMeasureColumns)));
    while (q.next())
        out.append(measureOf(q));
    return out;
}

std::optional<ProtectionMeasure> measureById(QSqlDatabase db, qint64 id)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM protection_measures WHERE id = ?")
                                      .arg(QLatin1String(kMeasureColumns)), {id});
    if (!q.next())
        return std::nullopt;
    return measureOf(q);
}

qint64 insertMeasure(QSqlDatabase db, const ProtectionInput &input, const QString &recordedAt,
                     qint64 userId)
{
    return store::insertReturningId(
        db,
        QStringLiteral("INSERT INTO protection_measures (party_no, starts_on, ends_on, reason, "
                       "note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {input.partyNo, core::isoDate(input.startsOn),
         store::dateValue(input.endsOn), input.reason,
         store::nullIfEmpty(input.note), recordedAt, userId});
}

void markLifted(QSqlDatabase db, qint64 id, const QString &liftedAt, qint64 userId)
{
    store::exec(db, QStringLiteral("UPDATE protection_measures SET lifted_at = ?, lifted_by = ? "
                                   "WHERE id = ?"),
                {liftedAt, userId, id});
}

} // namespace kikan::resident
