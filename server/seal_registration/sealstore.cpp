// The SQL of the seal register (sealstore.h).
#include "sealstore.h"

#include "server/core/dates.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"

#include <QSqlQuery>

namespace kikan::seal_registration {

namespace {
const char kColumns[] =
    "r.id, r.registration_no, r.party_no, r.state, r.identity_path, r.identity_document, "
    "r.guarantor_registration_id, r.impression_text, r.applied_on, r.inquiry_due_on, "
    "r.registered_on, r.ends_on, r.end_reason, r.version, "
    "(SELECT c.card_no FROM seal_cards c WHERE c.registration_id = r.id AND c.ended_on IS NULL)";

SealRegistration registrationOf(const QSqlQuery &q)
{
    store::RowReader row(q);
    SealRegistration r;
    r.id = row.id();
    r.registrationNo = row.id();
    r.partyNo = row.id();
    r.state = row.text();
    r.identityPath = row.text();
    r.identityDocument = row.text();
    r.guarantorRegistrationId = row.id();
    r.impressionText = row.text();
    r.appliedOn = row.date();
    r.inquiryDueOn = row.date();
    r.registeredOn = row.date();
    r.endsOn = row.date();
    r.endReason = row.text();
    r.version = row.integer();
    r.cardNo = row.id();
    return r;
}

QList<SealRegistration> select(QSqlDatabase db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT %1 FROM seal_registrations r WHERE %2 "
                                                 "ORDER BY r.id")
                                      .arg(QLatin1String(kColumns), where),
                              values);
    QList<SealRegistration> out;
    while (q.next())
        out.append(registrationOf(q));
    return out;
}

std::optional<SealRegistration> first(const QList<SealRegistration> &rows)
{
    return rows.isEmpty() ? std::nullopt : std::optional(rows.last());
}

QVariant idOrNull(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }
} // namespace

qint64 takeNumber(QSqlDatabase db, const QString &name)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT next_value FROM seal_sequences WHERE name = ?"),
                              {name});
    const qint64 value = q.next() ? q.value(0).toLongLong() : 1;
    store::exec(db, QStringLiteral("UPDATE seal_sequences SET next_value = ? WHERE name = ?"),
                {value + 1, name});
    return value;
}

qint64 changesHeard(QSqlDatabase db)
{
    QSqlQuery q = store::exec(
        db, QStringLiteral("SELECT next_value FROM seal_sequences WHERE name = 'changes_heard'"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void setChangesHeard(QSqlDatabase db, qint64 changeId)
{
    store::exec(db, QStringLiteral("UPDATE seal_sequences SET next_value = ? WHERE name = "
                                   "'changes_heard' AND next_value < ?"),
                {changeId, changeId});
}

qint64 insertRegistration(QSqlDatabase db, const SealRegistration &r, const QString &at,
                          qint64 userId)
{
    return store::insertReturningId(
        db,
        QStringLiteral("INSERT INTO seal_registrations (registration_no, party_no, state, "
                       "identity_path, identity_document, guarantor_registration_id, "
                       "impression_text, applied_on, inquiry_due_on, registered_on, version, "
                       "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
                       "RETURNING id"),
        {r.registrationNo, r.partyNo, r.state, r.identityPath, store::notNull(r.identityDocument),
         idOrNull(r.guarantorRegistrationId), r.impressionText, core::isoDate(r.appliedOn),
         store::dateValue(r.inquiryDueOn), store::dateValue(r.registeredOn), at, userId});
}

std::optional<SealRegistration> registrationById(QSqlDatabase db, qint64 id)
{
    return first(select(db, QStringLiteral("r.id = ?"), {id}));
}

std::optional<SealRegistration> openRegistrationOf(QSqlDatabase db, qint64 partyNo)
{
    return first(select(db, QStringLiteral("r.party_no = ? AND r.end_reason IS NULL"), {partyNo}));
}

std::optional<SealRegistration> registrationByCard(QSqlDatabase db, qint64 cardNo)
{
    return first(select(db, QStringLiteral("r.id IN (SELECT registration_id FROM seal_cards "
                                           "WHERE card_no = ? AND ended_on IS NULL)"),
                        {cardNo}));
}

QList<SealRegistration> registrationsOf(QSqlDatabase db, qint64 partyNo)
{
    return select(db, QStringLiteral("r.party_no = ?"), {partyNo});
}

QList<SealRegistration> pendingRegistrations(QSqlDatabase db)
{
    return select(db, QStringLiteral("r.state = 'pending' AND r.end_reason IS NULL"), {});
}

bool updateRegistration(QSqlDatabase db, const SealRegistration &r)
{
    QSqlQuery q = store::exec(
        db,
        QStringLiteral("UPDATE seal_registrations SET state = ?, registered_on = ?, ends_on = ?, "
                       "end_reason = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {r.state, store::dateValue(r.registeredOn), store::dateValue(r.endsOn),
         store::nullIfEmpty(r.endReason), r.id, r.version});
    return q.numRowsAffected() == 1;
}

void insertImpression(QSqlDatabase db, qint64 registrationId, const MeasuredImpression &m,
                      const QString &at, qint64 userId)
{
    store::exec(db,
                QStringLiteral("INSERT INTO seal_impressions (registration_id, png, dpi_centi, "
                               "width_um, height_um, skew_centidegrees, recorded_at, recorded_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {registrationId, m.png, qRound(m.dpi * 100), qRound(m.size.widthMm * 1000),
                 qRound(m.size.heightMm * 1000), qRound(m.skewDegrees * 100), at, userId});
}

QList<StoredImpression> impressionsOf(QSqlDatabase db, qint64 registrationId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT id, png, dpi_centi, width_um, height_um, "
                                                 "skew_centidegrees, recorded_at FROM "
                                                 "seal_impressions WHERE registration_id = ? "
                                                 "ORDER BY id DESC"),
                              {registrationId});
    QList<StoredImpression> out;
    while (q.next()) {
        store::RowReader row(q);
        StoredImpression i;
        i.id = row.id();
        i.png = row.value().toByteArray();
        i.dpi = row.integer() / 100.0;
        i.size.widthMm = row.integer() / 1000.0;
        i.size.heightMm = row.integer() / 1000.0;
        i.skewDegrees = row.integer() / 100.0;
        i.recordedAt = row.text();
        out.append(i);
    }
    return out;
}

void insertCard(QSqlDatabase db, qint64 registrationId, qint64 cardNo, QDate issuedOn)
{
    store::exec(db, QStringLiteral("INSERT INTO seal_cards (card_no, registration_id, issued_on) "
                                   "VALUES (?, ?, ?)"),
                {cardNo, registrationId, core::isoDate(issuedOn)});
}

void endCards(QSqlDatabase db, qint64 registrationId, QDate on, const QString &reason)
{
    store::exec(db, QStringLiteral("UPDATE seal_cards SET ended_on = ?, end_reason = ? WHERE "
                                   "registration_id = ? AND ended_on IS NULL"),
                {core::isoDate(on), reason, registrationId});
}

void insertEvent(QSqlDatabase db, qint64 registrationId, const SealEvent &e)
{
    store::exec(db, QStringLiteral("INSERT INTO seal_events (registration_id, kind, effective_on, "
                                   "reason, party_change_id, recorded_at, recorded_by) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?)"),
                {registrationId, e.kind, core::isoDate(e.effectiveOn), store::notNull(e.reason),
                 idOrNull(e.partyChangeId), e.recordedAt, e.recordedBy});
}

QList<SealEvent> eventsOf(QSqlDatabase db, qint64 registrationId)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT kind, effective_on, reason, "
                                                 "party_change_id, recorded_at, recorded_by FROM "
                                                 "seal_events WHERE registration_id = ? ORDER BY id"),
                              {registrationId});
    QList<SealEvent> out;
    while (q.next()) {
        store::RowReader row(q);
        out.append({row.text(), row.date(), row.text(), row.id(), row.text(), row.text()});
    }
    return out;
}

void insertCertificateIssue(QSqlDatabase db, const CertificateIssue &i)
{
    store::exec(db, QStringLiteral("INSERT INTO seal_certificate_issues (serial, registration_id, "
                                   "party_no, card_no, requester, issue_date, issued_at, issued_by, "
                                   "pdf_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {i.serial, i.registrationId, i.partyNo, i.cardNo, i.requester,
                 core::isoDate(i.issueDate), i.issuedAt, i.issuedBy, i.pdfSha256});
}

bool isAdultWard(QSqlDatabase db, qint64 partyNo)
{
    return store::exec(db, QStringLiteral("SELECT 1 FROM seal_adult_wards WHERE party_no = ?"),
                       {partyNo})
        .next();
}

void recordAdultWard(QSqlDatabase db, qint64 partyNo, QDate on, const QString &source)
{
    store::exec(db, QStringLiteral("INSERT INTO seal_adult_wards (party_no, recorded_on, source) "
                                   "VALUES (?, ?, ?)"),
                {partyNo, core::isoDate(on), source});
}

} // namespace kikan::seal_registration
