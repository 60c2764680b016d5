// Name search keys (CHARACTERS.md "Search keys"): names that must meet or stay apart in the strict
// tier (nameSearchKey) and the loose tier (looseNameSearchKey): tests/data/moji/search-keys.tsv.
#include "mojitestdata.h"

#include "shared/moji/searchkey.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan::moji;
using kikan::moji::test::codePoints;

class NameSearchKeyTest : public QObject {
    Q_OBJECT

private slots:
    void namesMeetOrStayApart_data();
    void namesMeetOrStayApart();
    void keyHasNoVariationSelectorsOrSpaces_data();
    void keyHasNoVariationSelectorsOrSpaces();
    void emptyNameGivesEmptyKey();
};

void NameSearchKeyTest::namesMeetOrStayApart_data()
{
    kikan::test::addColumns<bool, bool, QStringList>({"loose", "equal", "names"});
    for (const QStringList &r : kikan::moji::test::readTable(QStringLiteral("search-keys.tsv")))
        QTest::addRow("%s %s %s", qPrintable(r[0]), qPrintable(r[1]), qPrintable(r[2]))
            << (r[0] == u"loose") << (r[1] == u"equal") << r[2].split(u' ');
}

void NameSearchKeyTest::namesMeetOrStayApart()
{
    QFETCH(bool, loose);
    QFETCH(bool, equal);
    QFETCH(QStringList, names);
    const auto key = [loose](const QString &n) {
        return loose ? looseNameSearchKey(n) : nameSearchKey(n);
    };
    // A name written with a U+3000 inside the column stands for one name with a space.
    const QString first = key(names.front());
    QVERIFY(!first.isEmpty());
    for (const QString &name : names.mid(1)) {
        const QString other = key(name);
        const QString message = names.front() + u'=' + codePoints(first) + u' ' + name + u'='
                                + codePoints(other);
        QVERIFY2((first == other) == equal, qPrintable(message));
    }
}

void NameSearchKeyTest::keyHasNoVariationSelectorsOrSpaces_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("MJ IVS") << QStringLiteral("葛\U000E0103西");
    QTest::newRow("Adobe IVS") << QStringLiteral("葛\U000E0100西");
    QTest::newRow("SVS") << QStringLiteral("欄\uFE00");
    QTest::newRow("emoji selector") << QStringLiteral("花\uFE0F子");
    QTest::newRow("stray selector") << QStringLiteral("\uFE00花子");
    QTest::newRow("spaces") << QStringLiteral("山田　太郎 ");
}

void NameSearchKeyTest::keyHasNoVariationSelectorsOrSpaces()
{
    QFETCH(QString, name);
    for (const QString &key : {nameSearchKey(name), looseNameSearchKey(name)}) {
        for (char32_t c : key.toUcs4()) {
            QVERIFY2(!(c >= 0xFE00 && c <= 0xFE0F) && !(c >= 0xE0100 && c <= 0xE01EF),
                     qPrintable(codePoints(key)));
            QVERIFY2(c != u' ' && c != 0x3000, qPrintable(codePoints(key)));
        }
    }
}

void NameSearchKeyTest::emptyNameGivesEmptyKey()
{
    QCOMPARE(nameSearchKey(QString()), QString());
    QCOMPARE(looseNameSearchKey(QString()), QString());
}

QTEST_GUILESS_MAIN(NameSearchKeyTest)
#include "namesearchkey_test.moc"
