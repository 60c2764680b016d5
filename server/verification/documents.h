// Signing the documents the town issues and answering whether one is genuine (docs/verification.md).
// TownSigner provides document::DocumentSigner: it signs with the server's key (keystore.h) and
// records the signed facts; checkDocument answers the public route from those facts alone.
#pragma once

#include "keystore.h"
#include "server/document/documentsigner.h"

#include <QDate>
#include <QString>

#include <optional>

namespace kikan::verification {

class TownSigner : public document::DocumentSigner
{
public:
    TownSigner(core::ServerContext &context, KeyStore &keys) : m_context(context), m_keys(keys) {}
    QString sign(const document::IssuedDocument &document) override;
    QString signAgain(const document::IssuedDocument &document) override;

private:
    core::ServerContext &m_context;
    KeyStore &m_keys;
};

// The answer about one 発行番号, and nothing personal.
struct DocumentCheck {
    QString serial;
    bool valid = false;
    QString kind;
    QDate issueDate;
    bool revoked = false;   // its key was revoked
    QString reason;         // when not valid: "revoked", "mismatch" (the code says something
                            // else than what was issued) or "signature"
};

// Whether the document `serial` was issued and stands; with the printed code's text, also
// whether that code is the one issued with a good signature. Throws core::Failure
// (verification.unknown_serial, verification.code_malformed).
DocumentCheck checkDocument(core::ServerContext &context, const KeyStore &keys,
                            const QString &serial, const std::optional<QString> &codeText);

} // namespace kikan::verification
