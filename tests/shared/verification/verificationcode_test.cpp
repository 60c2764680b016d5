// The verification code (shared/verification): its text form reads back exactly and refuses every
// malformed part; a signature verifies with its own public key only, and not after any signed
// field changes; keys survive their PEM; and an independent implementation (Python's
// cryptography, from Debian) accepts our signatures and we accept its.
#include "shared/verification/signingkey.h"
#include "shared/verification/verificationcode.h"
#include "tests/shared/tabletest.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kikan::verification;
using namespace Qt::Literals::StringLiterals;

namespace {
SignedFacts sampleFacts(const QString &keyId)
{
    return {u"00000123"_s, u"household_copy"_s, QDate(2025, 6, 2),
            QCryptographicHash::hash("住民票の内容", QCryptographicHash::Sha256), keyId};
}

// Runs Debian's python3 (with python3-cryptography from scripts/packages.txt) on `script`; its
// standard output, or a null string when it failed.
QString python(const QString &script, const QStringList &args)
{
    QProcess p;
    p.start(u"/usr/bin/python3"_s, QStringList{u"-c"_s, script} + args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class VerificationCodeTest : public QObject
{
    Q_OBJECT
private slots:
    void textFormReadsBack()
    {
        const auto key = SigningKey::generate();
        QVERIFY(key.ok());
        VerificationCode code{sampleFacts(key->keyId()), *key->sign("x")};
        const QString text = code.toText();
        QVERIFY(text.startsWith(u"KV1.00000123.household_copy.20250602."_s));
        QVERIFY2(text.size() < 200, qPrintable(text)); // a small QR
        const auto back = VerificationCode::fromText(u"  "_s + text + u"\r\n"_s);
        QVERIFY(back.ok());
        QCOMPARE(back->facts.message(), code.facts.message());
        QCOMPARE(back->signature, code.signature);
    }

    void malformedCodesAreRefused_data()
    {
        const QString hash = QString::fromLatin1(
            QByteArray(32, 'h').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString sig = QString::fromLatin1(
            QByteArray(64, 's').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QString good = u"KV1.00000123.household_copy.20250602.%1.0123456789abcdef.%2"_s.arg(hash, sig);
        QVERIFY(VerificationCode::fromText(good).ok());
        kikan::test::addColumns<QString>({"text"});
        QTest::newRow("empty") << QString();
        QTest::newRow("other prefix") << QString(good).replace(0, 3, u"KV2"_s);
        QTest::newRow("six parts") << good.section(u'.', 0, 5);
        QTest::newRow("serial with a slash") << QString(good).replace(u"00000123"_s, u"0000/123"_s);
        QTest::newRow("kind upper case") << QString(good).replace(u"household_copy"_s, u"Household"_s);
        QTest::newRow("no such date") << QString(good).replace(u"20250602"_s, u"20250231"_s);
        QTest::newRow("short hash") << QString(good).replace(hash, hash.left(40));
        QTest::newRow("key id not hex") << QString(good).replace(u"0123456789abcdef"_s, u"0123456789abcdeg"_s);
        QTest::newRow("short signature") << QString(good).replace(sig, sig.left(80));
        QTest::newRow("signature not base64url") << QString(good).replace(sig, sig.left(85) + u"*"_s);
    }
    void malformedCodesAreRefused()
    {
        QFETCH(QString, text);
        const auto code = VerificationCode::fromText(text);
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code, QString::fromLatin1(err::CodeMalformed));
        QVERIFY(code.error().message.contains(u"検証コード"_s));
    }

    void signatureVerifiesOnlyWhatWasSigned()
    {
        const auto key = SigningKey::generate();
        const auto other = SigningKey::generate();
        QVERIFY(key.ok() && other.ok());
        QVERIFY(key->keyId() != other->keyId());
        const SignedFacts facts = sampleFacts(key->keyId());
        const QByteArray signature = *key->sign(facts.message());
        QCOMPARE(signature.size(), 64);
        QVERIFY(verifySignature(key->publicPem(), facts.message(), signature));
        QVERIFY(!verifySignature(other->publicPem(), facts.message(), signature));
        for (int field = 0; field < 5; ++field) {
            SignedFacts changed = facts;
            switch (field) {
            case 0: changed.serial = u"00000124"_s; break;
            case 1: changed.kind = u"individual_copy"_s; break;
            case 2: changed.issueDate = facts.issueDate.addDays(1); break;
            case 3: changed.contentHash[0] = char(changed.contentHash[0] ^ 1); break;
            case 4: changed.keyId = other->keyId(); break;
            }
            QVERIFY2(!verifySignature(key->publicPem(), changed.message(), signature),
                     qPrintable(QString::number(field)));
        }
        QByteArray flipped = signature;
        flipped[10] = char(flipped[10] ^ 0x40);
        QVERIFY(!verifySignature(key->publicPem(), facts.message(), flipped));
        QVERIFY(!verifySignature("not a key", facts.message(), signature));
    }

    void keySurvivesItsPem()
    {
        const auto key = SigningKey::generate();
        const auto again = SigningKey::fromPrivatePem(key->privatePem());
        QVERIFY(again.ok());
        QCOMPARE(again->keyId(), key->keyId());
        QCOMPARE(publicKeyId(key->publicPem()), key->keyId());
        QVERIFY(verifySignature(key->publicPem(), "m", *again->sign("m")));
        QCOMPARE(SigningKey::fromPrivatePem("-----BEGIN PRIVATE KEY-----\nAAAA\n").errorCode(),
                 QString::fromLatin1(err::KeyInvalid));
        QVERIFY(publicKeyId("garbage").isEmpty());
    }

    // Python's cryptography (OpenSSL underneath, but not our conversion of r‖s nor our key id).
    void anIndependentImplementationAgrees()
    {
#ifdef Q_OS_WIN
        QSKIP("the oracle is Linux's python3-cryptography; the Windows build is checked under wine "
              "by the other cases, the oracle runs in the Linux suite");
#endif
        if (python(u"import cryptography; print('ok')"_s, {}) != u"ok"_s)
            QFAIL("python3-cryptography is missing (scripts/packages.txt installs it)");
        QTemporaryDir dir;
        const auto key = SigningKey::generate();
        const SignedFacts facts = sampleFacts(key->keyId());
        writeFile(dir.filePath(u"key.pem"_s), key->privatePem());
        writeFile(dir.filePath(u"message"_s), facts.message());
        writeFile(dir.filePath(u"signature"_s), *key->sign(facts.message()));
        const QString script = uR"(
import sys, hashlib
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, utils
key = serialization.load_pem_private_key(open(sys.argv[1], 'rb').read(), None)
pub = key.public_key()
msg = open(sys.argv[2], 'rb').read()
raw = open(sys.argv[3], 'rb').read()
der = utils.encode_dss_signature(int.from_bytes(raw[:32], 'big'), int.from_bytes(raw[32:], 'big'))
pub.verify(der, msg, ec.ECDSA(hashes.SHA256()))
spki = pub.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
r, s = utils.decode_dss_signature(key.sign(msg, ec.ECDSA(hashes.SHA256())))
print(hashlib.sha256(spki).hexdigest()[:16], (r.to_bytes(32, 'big') + s.to_bytes(32, 'big')).hex())
)"_s;
        const QString out = python(script, {dir.filePath(u"key.pem"_s), dir.filePath(u"message"_s),
                                            dir.filePath(u"signature"_s)});
        QVERIFY2(!out.isEmpty(), "Python did not accept our signature");
        QCOMPARE(out.section(u' ', 0, 0), key->keyId());
        const QByteArray theirs = QByteArray::fromHex(out.section(u' ', 1, 1).toLatin1());
        QVERIFY(verifySignature(key->publicPem(), facts.message(), theirs));
    }
};

QTEST_GUILESS_MAIN(VerificationCodeTest)
#include "verificationcode_test.moc"
