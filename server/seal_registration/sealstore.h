// The SQL of the seal register (schema/14001_seal_register.sql): registrations, impressions with
// their history, 印鑑登録証 cards, the area's 成年被後見人 record, events, and the cursor of the
// party contract's changes the area has heard. SQL only; the rules are in sealrules.h and
// sealregister.h.
#pragma once

#include "sealimage.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace kikan::seal_registration {

struct SealRegistration {
    qint64 id = 0;
    qint64 registrationNo = 0;
    qint64 partyNo = 0;
    QString state;            // pending | registered | expired
    QString identityPath;     // photo_id | guarantor | inquiry
    QString identityDocument;
    qint64 guarantorRegistrationId = 0;
    QString impressionText;
    QDate appliedOn;
    QDate inquiryDueOn;
    QDate registeredOn;
    QDate endsOn;
    QString endReason;
    int version = 0;
    qint64 cardNo = 0;        // the card in use (0: none)

    // Whether a certificate may be issued for it on `date`.
    bool inForceOn(QDate date) const
    {
        return state == QLatin1String("registered") && registeredOn.isValid()
               && registeredOn <= date && (!endsOn.isValid() || date < endsOn);
    }
};

struct StoredImpression {
    qint64 id = 0;
    QByteArray png;
    double dpi = 0;
    ImpressionSize size;
    double skewDegrees = 0;
    QString recordedAt;
};

struct SealEvent {
    QString kind;
    QDate effectiveOn;
    QString reason;
    qint64 partyChangeId = 0;
    QString recordedAt;
    QString recordedBy;
};

// Takes the next number of a sequence (registration_no, card_no) inside the caller's transaction.
qint64 takeNumber(QSqlDatabase db, const QString &name);
qint64 changesHeard(QSqlDatabase db);
void setChangesHeard(QSqlDatabase db, qint64 changeId);

qint64 insertRegistration(QSqlDatabase db, const SealRegistration &r, const QString &at,
                          qint64 userId);
std::optional<SealRegistration> registrationById(QSqlDatabase db, qint64 id);
// The registration of a person not ended (pending or registered), if any.
std::optional<SealRegistration> openRegistrationOf(QSqlDatabase db, qint64 partyNo);
// The registration a card in use belongs to.
std::optional<SealRegistration> registrationByCard(QSqlDatabase db, qint64 cardNo);
QList<SealRegistration> registrationsOf(QSqlDatabase db, qint64 partyNo);
// Every registration waiting for its 回答書 (照会書 path, not ended), oldest first.
QList<SealRegistration> pendingRegistrations(QSqlDatabase db);
// Writes state, dates and the end; false when `version` is no longer the row's (lost update).
bool updateRegistration(QSqlDatabase db, const SealRegistration &r);

void insertImpression(QSqlDatabase db, qint64 registrationId, const MeasuredImpression &m,
                      const QString &at, qint64 userId);
QList<StoredImpression> impressionsOf(QSqlDatabase db, qint64 registrationId); // newest first

void insertCard(QSqlDatabase db, qint64 registrationId, qint64 cardNo, QDate issuedOn);
void endCards(QSqlDatabase db, qint64 registrationId, QDate on, const QString &reason);

void insertEvent(QSqlDatabase db, qint64 registrationId, const SealEvent &e);
QList<SealEvent> eventsOf(QSqlDatabase db, qint64 registrationId);

struct CertificateIssue {
    QString serial;
    qint64 registrationId = 0;
    qint64 partyNo = 0;
    qint64 cardNo = 0;
    QString requester;
    QDate issueDate;
    QString issuedAt;
    qint64 issuedBy = 0;
    QString pdfSha256;
};
void insertCertificateIssue(QSqlDatabase db, const CertificateIssue &issue);

bool isAdultWard(QSqlDatabase db, qint64 partyNo);
void recordAdultWard(QSqlDatabase db, qint64 partyNo, QDate on, const QString &source);

} // namespace kikan::seal_registration
