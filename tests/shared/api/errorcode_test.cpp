// The error catalogue: codes are unique, every entry has a Japanese message and an HTTP error
// status; areas register their own codes (registerErrors), once, without changing a code's meaning.
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"

#include <QSet>
#include <QTest>

using namespace kikan::api;

class ErrorCodeTest : public QObject
{
    Q_OBJECT
private slots:
    void codesAreUniqueAndComplete()
    {
        registerErrors(residentErrors());
        const QList<ErrorInfo> all = errorCatalogue();
        QVERIFY(all.size() > platformErrors().size() + 10);
        QSet<QString> seen;
        for (const ErrorInfo &info : all) {
            const QString code = QString::fromLatin1(info.code);
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            QVERIFY(info.httpStatus >= 400 && info.httpStatus < 600);
            const QString title = QString::fromUtf8(info.title);
            QVERIFY2(title.endsWith(QChar(0x3002)), qPrintable(code)); // ends with 「。」
        }
    }
    void unknownCodeIsInternal()
    {
        QCOMPARE(QString::fromLatin1(errorInfo("no.such.code").code), QString::fromLatin1(err::Internal));
        QCOMPARE(errorInfo(err::SessionExpired).httpStatus, 401);
    }
    void areaCodesAreKnownOnceRegistered()
    {
        registerErrors(residentErrors());
        registerErrors(residentErrors()); // the client and server module of one area: harmless
        QCOMPARE(errorInfo(err::ResidentConflict).httpStatus, 409);
        QCOMPARE(errorInfo(err::CertificateNotFound).httpStatus, 404);
    }
    void aCodeCannotChangeMeaning()
    {
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 registerErrors({{err::ResidentConflict, 400, "別の意味。"}}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 registerErrors({{err::Forbidden, 403, "別の意味。"}}));
        QCOMPARE(errorInfo(err::ResidentConflict).httpStatus, 409);
    }
};

QTEST_GUILESS_MAIN(ErrorCodeTest)
#include "errorcode_test.moc"
