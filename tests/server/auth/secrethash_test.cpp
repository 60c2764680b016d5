// Password/PIN hashing (PBKDF2-HMAC-SHA256, ≥ 600,000 iterations, OWASP 2023), session tokens,
// the password and PIN rules, and card id normalisation (server/auth/secrethash.h,
// authsettings.h, userstore.h).
#include "server/auth/authsettings.h"
#include "server/auth/secrethash.h"
#include "server/auth/userstore.h"
#include "server/http/apierror.h"
#include "shared/api/errorcode.h"
#include "tests/shared/tabletest.h"

#include <QRegularExpression>
#include <QTest>

using namespace kikan;

class SecretHashTest : public QObject
{
    Q_OBJECT
private slots:
    void storedFormNamesSchemeAndIterations()
    {
        const QString stored = auth::hashSecret(QStringLiteral("Correct-Horse-9"));
        QVERIFY2(QRegularExpression(QStringLiteral("^pbkdf2-sha256\\$600000\\$[A-Za-z0-9+/=]{24}"
                                                   "\\$[A-Za-z0-9+/=]{44}$"))
                     .match(stored).hasMatch(), qPrintable(stored));
        const auth::SecretCheck ok = auth::verifySecret(QStringLiteral("Correct-Horse-9"), stored);
        QVERIFY(ok.match);
        QCOMPARE(ok.iterations, 600000);
        QVERIFY(!auth::verifySecret(QStringLiteral("correct-Horse-9"), stored).match);
        // A fresh salt every time: the same password never gives the same stored form.
        QVERIFY(auth::hashSecret(QStringLiteral("Correct-Horse-9")) != stored);
    }

    void iterationsCanBeRaisedButNotLowered()
    {
        QVERIFY(auth::hashSecret(QStringLiteral("pw"), 1000).startsWith("pbkdf2-sha256$600000$"));
        const QString more = auth::hashSecret(QStringLiteral("pw"), 700000);
        QVERIFY(more.startsWith("pbkdf2-sha256$700000$"));
        QCOMPARE(auth::verifySecret(QStringLiteral("pw"), more).iterations, 700000);
    }

    void tamperedStoredFormNeverMatches()
    {
        const QString stored = auth::hashSecret(QStringLiteral("Secret-1234"));
        QStringList parts = stored.split(QLatin1Char('$'));
        auto with = [&](int index, const QString &value) {
            QStringList p = parts;
            p[index] = value;
            return p.join(QLatin1Char('$'));
        };
        QString flipped = parts[3];
        flipped[5] = flipped[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const QStringList bad = {
            with(3, flipped),                                   // hash changed
            with(2, QString::fromLatin1(QByteArray(16, 'x').toBase64())), // salt changed
            with(1, QStringLiteral("1000")),                    // iterations lowered
            with(0, QStringLiteral("pbkdf2-sha1")),             // scheme changed
            with(3, QStringLiteral("@@@")),                     // not base64
            QString(), QStringLiteral("plain"), stored + QStringLiteral("$x"),
        };
        for (const QString &b : bad)
            QVERIFY2(!auth::verifySecret(QStringLiteral("Secret-1234"), b).match, qPrintable(b));
    }

    void sessionTokensAreLongRandomAndHashedForStorage()
    {
        const QString a = auth::newSessionToken();
        const QString b = auth::newSessionToken();
        QCOMPARE(a.size(), 43); // 256 bits, base64url without padding
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(a).hasMatch());
        QVERIFY(a != b);
        QCOMPARE(auth::tokenHash(a).size(), 64);
        QVERIFY(auth::tokenHash(a) != auth::tokenHash(b));
        QVERIFY(!auth::tokenHash(a).contains(a));
    }

    void passwordRules_data()
    {
        // broken: a word of the Japanese detail, empty: accepted.
        kikan::test::addColumns<QString, QString>({"password", "broken"});
        QTest::newRow("ok") << "Kikan-Demo-2026" << "";
        QTest::newRow("ok two classes") << "abcdefgh12" << "";
        QTest::newRow("too short") << "Ab1-xyz" << "10 文字以上";
        QTest::newRow("one class") << "abcdefghijk" << "2 種類以上";
        QTest::newRow("login id") << "Tanaka2026x" << "職員ID";
        QTest::newRow("space") << "abc def 12345" << "空白";
    }
    void passwordRules()
    {
        QFETCH(QString, password);
        QFETCH(QString, broken);
        const auth::AuthSettings rules;
        try {
            rules.checkPassword(QStringLiteral("tanaka2026X"), password);
            QVERIFY2(broken.isEmpty(), "accepted a password that breaks a rule");
        } catch (const http::ApiError &e) {
            QCOMPARE(e.code(), QString::fromLatin1(api::err::PasswordPolicy));
            QVERIFY2(!broken.isEmpty() && e.detail().contains(broken), qPrintable(e.detail()));
        }
    }

    void pinRules()
    {
        const auth::AuthSettings rules;
        rules.checkPin(QStringLiteral("1234"));
        rules.checkPin(QStringLiteral("123456789012"));
        for (const char *bad : {"123", "12a4", "", "1234567890123", "１２３４"}) {
            QVERIFY_THROWS_EXCEPTION(http::ApiError, rules.checkPin(QString::fromUtf8(bad)));
        }
    }

    void cardIdsAreUpperCaseHex()
    {
        QCOMPARE(auth::normaliseCardId(QStringLiteral("04a1b2c3d4e5f6")),
                 QStringLiteral("04A1B2C3D4E5F6"));
        QCOMPARE(auth::normaliseCardId(QStringLiteral("04:A1:B2:C3")), QStringLiteral("04A1B2C3"));
        QVERIFY(auth::normaliseCardId(QStringLiteral("04A1B2C")).isEmpty());  // odd length
        QVERIFY(auth::normaliseCardId(QStringLiteral("04A1")).isEmpty());     // too short
        QVERIFY(auth::normaliseCardId(QStringLiteral("04A1B2G3")).isEmpty()); // not hex
    }
};

QTEST_GUILESS_MAIN(SecretHashTest)
#include "secrethash_test.moc"
