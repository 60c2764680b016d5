// The error catalogue: codes are unique, every entry has a Japanese message and an HTTP error status.
#include "shared/api/errorcode.h"

#include <QSet>
#include <QTest>

using namespace kikan::api;

class ErrorCodeTest : public QObject
{
    Q_OBJECT
private slots:
    void codesAreUniqueAndComplete()
    {
        int count = 0;
        const ErrorInfo *all = errorCatalogue(&count);
        QVERIFY(count > 10);
        QSet<QString> seen;
        for (int i = 0; i < count; ++i) {
            const QString code = QString::fromLatin1(all[i].code);
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            QVERIFY(all[i].httpStatus >= 400 && all[i].httpStatus < 600);
            const QString title = QString::fromUtf8(all[i].title);
            QVERIFY2(title.endsWith(QChar(0x3002)), qPrintable(code)); // ends with 「。」
        }
    }
    void unknownCodeIsInternal()
    {
        QCOMPARE(QString::fromLatin1(errorInfo("no.such.code").code), QString::fromLatin1(err::Internal));
        QCOMPARE(errorInfo(err::SessionExpired).httpStatus, 401);
    }
};

QTEST_GUILESS_MAIN(ErrorCodeTest)
#include "errorcode_test.moc"
