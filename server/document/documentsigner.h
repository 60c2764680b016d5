// Documents the town issues (certificates, later notices) carry a verification code anyone can
// check (shared/verification/verificationcode.h). An area that issues a document asks this contract
// for the code to print, inside the transaction that takes the document's 発行番号; the
// verification module (server/verification) signs it with the town's key and records the facts
// (no personal data) so that GET /api/v1/verification/documents/{serial} can answer for it.
// Obtain it with context.services.get<document::DocumentSigner>().
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace kikan::document {

struct IssuedDocument {
    QString serial;          // 発行番号 ([0-9A-Za-z-]), unique among all documents the town issues
    QString kind;            // e.g. "household_copy" ([a-z0-9_])
    QDate issueDate;         // 発行日
    QByteArray contentHash;  // SHA-256 of what the document says (forms::pagesDigest)
};

class DocumentSigner
{
public:
    virtual ~DocumentSigner() = default;
    // The verification code's text (to print as a QR); recorded on this thread's store connection,
    // so it commits or rolls back with the caller's store::Transaction. Throws core::Failure
    // (verification.sign_failed) when no key can sign, (store.already_exists) for a serial signed
    // before.
    virtual QString sign(const IssuedDocument &document) = 0;
    // The code of a document signed before, for a reprint: the same facts (kind, date and content
    // hash must equal what was signed: verification.content_changed otherwise), signed again with
    // the key that signed it (verification.sign_failed when this server does not hold it or it
    // was revoked). Records nothing new.
    virtual QString signAgain(const IssuedDocument &document) = 0;
};

} // namespace kikan::document
