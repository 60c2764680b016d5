// The 縮退 fold (CHARACTERS.md "Data source"): the verified pairs of tests/data/moji/fold-pairs.tsv,
// and properties of the whole table: folding is idempotent and lands on characters of the MJ set.
#include "mojitestdata.h"

#include "shared/moji/charset.h"
#include "shared/moji/searchkey.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan::moji;
using kikan::moji::test::codePoints;

class FoldTest : public QObject {
    Q_OBJECT

private slots:
    void foldGivesTheVerifiedTarget_data();
    void foldGivesTheVerifiedTarget();
    void foldIsIdempotentOverTheMjSet();
};

void FoldTest::foldGivesTheVerifiedTarget_data()
{
    kikan::test::addColumns<QString, QString>({"input", "expected"});
    for (const QStringList &r : kikan::moji::test::readTable(QStringLiteral("fold-pairs.tsv")))
        QTest::addRow("%s → %s", qPrintable(codePoints(r[0])), qPrintable(codePoints(r[1])))
            << r[0] << r[1];
}

void FoldTest::foldGivesTheVerifiedTarget()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(codePoints(fold(input)), codePoints(expected));
}

// For every MJ character: fold(fold(x)) == fold(x), and the target is itself an MJ character.
void FoldTest::foldIsIdempotentOverTheMjSet()
{
    int folded = 0;
    for (int n = 1; n <= 99999; ++n) {
        const auto c = byMjCode(QStringLiteral("MJ%1").arg(n, 6, 10, QLatin1Char('0')));
        if (!c)
            continue;
        for (const QString &s : {c->ucs, c->ivs, c->svs}) {
            if (s.isEmpty())
                continue;
            const QString once = fold(s);
            QCOMPARE(codePoints(fold(once)), codePoints(once));
            QVERIFY2(byUcs(once), qPrintable(c->mjCode + u' ' + codePoints(once)));
            if (once != s)
                ++folded;
        }
    }
    QVERIFY2(folded > 19000, qPrintable(QString::number(folded)));
}

QTEST_GUILESS_MAIN(FoldTest)
#include "fold_test.moc"
