// The name font (client/widgets/namefont.h) really is IPAmj明朝 and draws MJ glyph variants:
// 葛 and 葛+U+E0102 (MJ022335, an MJ IVS) are different pictures, neither is the .notdef box,
// and 髙 is drawn and differs from 高 (CHARACTERS.md, STACK.md "Widgets, fonts").
#include "client/widgets/namefont.h"
#include "shared/moji/charset.h"

#include <QFontInfo>
#include <QTableWidget>
#include <QTest>

using namespace kikan::client;

namespace {
QImage draw(const QString &text)
{
    return renderCharacter(text, 96).toImage().convertToFormat(QImage::Format_Grayscale8);
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            n += line[x] < 128 ? 1 : 0;
    }
    return n;
}
} // namespace

class NameFontTest : public QObject
{
    Q_OBJECT
private slots:
    void isIpamjMincho()
    {
        QVERIFY(nameFontAvailable());
        QCOMPARE(QFontInfo(nameFont(12)).family(), QStringLiteral("IPAmjMincho"));
        NameLabel label(QStringLiteral("髙橋"));
        QCOMPARE(QFontInfo(label.font()).family(), QStringLiteral("IPAmjMincho"));
        QCOMPARE(label.text(), QStringLiteral("髙橋"));
    }

    void ivsSelectsAnotherGlyph()
    {
        // The MJ table has 葛+U+E0102 as MJ022335 (住基 J+845B); plain 葛 is MJ022336.
        const auto ivs = kikan::moji::byUcs(QStringLiteral("葛\U000E0102"));
        QVERIFY(ivs);
        QCOMPARE(ivs->mjCode, QStringLiteral("MJ022335"));
        const QImage notdef = draw(QString(QChar(0xFFFF)));
        const QImage plain = draw(QStringLiteral("葛"));
        const QImage variant = draw(QStringLiteral("葛\U000E0102"));
        QVERIFY(inkPixels(plain) > 200);
        QVERIFY(inkPixels(variant) > 200);
        QVERIFY(plain != variant);
        QVERIFY(plain != notdef);
        QVERIFY(variant != notdef);
    }

    void rareCharacterIsDrawn()
    {
        const QImage hashigo = draw(QStringLiteral("髙"));
        const QImage taka = draw(QStringLiteral("高"));
        const QImage notdef = draw(QString(QChar(0xFFFF)));
        QVERIFY(inkPixels(hashigo) > 200);
        QVERIFY(hashigo != taka);
        QVERIFY(hashigo != notdef);
        QVERIFY(QFontMetrics(nameFontPixels(48)).inFontUcs4(0x9AD9));
    }

    // Wherever a name is shown — a label or a table cell — a name with an IVS shows the variant
    // glyph, and the text itself keeps the selector.
    void labelsAndTableCellsShowTheVariant()
    {
        const QString plainName = QStringLiteral("葛西 花子");
        const QString ivsName = QStringLiteral("葛\U000E0102西 花子");
        auto label = [](const QString &name) {
            NameLabel l(name, nullptr, 28);
            l.resize(l.sizeHint());
            return l.grab().toImage().convertToFormat(QImage::Format_Grayscale8);
        };
        const QImage plain = label(plainName);
        const QImage variant = label(ivsName);
        // The selector adds no width of its own.
        QVERIFY(qAbs(plain.width() - variant.width()) <= 2);
        QVERIFY(plain != variant);
        QVERIFY(inkPixels(variant) > inkPixels(label(QStringLiteral("西 花子"))));
        NameLabel keeps(ivsName);
        QCOMPARE(keeps.text(), ivsName);

        auto cell = [](const QString &name) {
            QTableWidget table(1, 1);
            table.setItemDelegateForColumn(0, new NameItemDelegate(&table));
            auto *item = new QTableWidgetItem(name);
            item->setFont(nameFont(20));
            table.setItem(0, 0, item);
            table.resize(400, 120);
            table.setColumnWidth(0, 300);
            table.setRowHeight(0, 60);
            return table.viewport()->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
        };
        QVERIFY(cell(plainName) != cell(ivsName));
    }
};

QTEST_MAIN(NameFontTest)
#include "namefont_test.moc"
