// The signed documents (documents.h): signed_documents rows, signing and checking.
#include "documents.h"

#include "server/core/context.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/store/database.h"
#include "server/store/rowreader.h"
#include "shared/api/errorcode.h"
#include "shared/api/verification/errors.h"
#include "shared/verification/verificationcode.h"

#include <QSqlQuery>

namespace kikan::verification {

namespace {
std::optional<SignedFacts> storedFacts(QSqlDatabase db, const QString &serial)
{
    QSqlQuery q = store::exec(db, QStringLiteral("SELECT kind, issue_date, content_hash, key_id "
                                                 "FROM signed_documents WHERE serial = ?"),
                              {serial});
    if (!q.next())
        return std::nullopt;
    store::RowReader row(q);
    SignedFacts f;
    f.serial = serial;
    f.kind = row.text();
    f.issueDate = row.date();
    f.contentHash = QByteArray::fromHex(row.text().toLatin1());
    f.keyId = row.text();
    return f;
}

bool sameFacts(const SignedFacts &a, const SignedFacts &b)
{
    return a.serial == b.serial && a.kind == b.kind && a.issueDate == b.issueDate
           && a.contentHash == b.contentHash && a.keyId == b.keyId;
}
} // namespace

QString TownSigner::sign(const document::IssuedDocument &document)
{
    const SigningKey key = m_keys.signingKey();
    VerificationCode code;
    code.facts = {document.serial, document.kind, document.issueDate, document.contentHash,
                  key.keyId()};
    if (!code.facts.isWellFormed()) {
        throw core::Failure(api::err::VerificationSignFailed,
                            QStringLiteral("発行番号・種類・発行日・ハッシュの形式が違います。"));
    }
    core::Result<QByteArray> signature = key.sign(code.facts.message());
    if (!signature)
        throw core::Failure(api::err::VerificationSignFailed, signature.error().message);
    code.signature = *signature;
    QSqlDatabase db = m_context.database.connection();
    if (storedFacts(db, document.serial))
        throw core::Failure(api::err::AlreadyExists,
                            QStringLiteral("発行番号 %1 は署名済みです。").arg(document.serial));
    store::exec(db, QStringLiteral("INSERT INTO signed_documents (serial, kind, issue_date, "
                                   "content_hash, key_id, signed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {document.serial, document.kind, core::isoDate(document.issueDate),
                 QString::fromLatin1(document.contentHash.toHex()), key.keyId(),
                 core::timestampNow(m_context.clock)});
    return code.toText();
}

QString TownSigner::signAgain(const document::IssuedDocument &document)
{
    const std::optional<SignedFacts> facts =
        storedFacts(m_context.database.connection(), document.serial);
    if (!facts)
        throw core::Failure(api::err::VerificationUnknownSerial);
    if (facts->kind != document.kind || facts->issueDate != document.issueDate
        || facts->contentHash != document.contentHash)
        throw core::Failure(api::err::VerificationContentChanged);
    const std::optional<SigningKey> key = m_keys.usableKeyById(facts->keyId);
    if (!key) {
        throw core::Failure(api::err::VerificationSignFailed,
                            QStringLiteral("この証明書に署名した鍵 %1 がこのサーバーにないか、失効して"
                                           "いるため、再印刷できません。").arg(facts->keyId));
    }
    core::Result<QByteArray> signature = key->sign(facts->message());
    if (!signature)
        throw core::Failure(api::err::VerificationSignFailed, signature.error().message);
    return VerificationCode{*facts, *signature}.toText();
}

DocumentCheck checkDocument(core::ServerContext &context, const KeyStore &keys,
                            const QString &serial, const std::optional<QString> &codeText)
{
    const std::optional<SignedFacts> facts = storedFacts(context.database.connection(), serial);
    if (!facts)
        throw core::Failure(api::err::VerificationUnknownSerial);
    DocumentCheck check{serial, true, facts->kind, facts->issueDate, false, {}};
    const std::optional<PublicKey> key = keys.publicKey(facts->keyId);
    check.revoked = !key || !key->revokedAt.isEmpty();
    if (check.revoked) {
        check.valid = false;
        check.reason = QStringLiteral("revoked");
    }
    if (!codeText || !check.valid)
        return check;
    const core::Result<VerificationCode> code = VerificationCode::fromText(*codeText);
    if (!code)
        throw core::Failure(api::err::VerificationCodeMalformed, code.error().message);
    if (!sameFacts(code->facts, *facts)) {
        check.valid = false;
        check.reason = QStringLiteral("mismatch");
    } else if (!verifySignature(key->publicPem, code->facts.message(), code->signature)) {
        check.valid = false;
        check.reason = QStringLiteral("signature");
    }
    return check;
}

} // namespace kikan::verification
