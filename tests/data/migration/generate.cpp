// Writes legacy-glyphs.csv (README.md): a made-up old system's 外字 list whose 住基/戸籍 codes are
// read from the MJ table (kikan::moji), with a few glyph images rendered from IPAmj明朝 so that
// they are honest pictures of the character. Run: kikan-make-legacy-glyphs <out.csv>.
#include "shared/moji/charset.h"

#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <cstdio>

namespace {

enum class Codes { Both, Juki, Koseki, Ucs, None };

struct Spec {
    const char *character; // a character, or an MJ code for glyphs that only have an IVS
    Codes codes;
    bool image;
    const char *reading;
    const char *note;
};

// Shift_JIS user area: F040–F07E, then F080–F0FC.
QString vendorCode(int i)
{
    int low = 0x40 + i;
    if (low >= 0x7F)
        ++low;
    return QStringLiteral("F0%1").arg(low, 2, 16, QLatin1Char('0')).toUpper();
}

QString pngBase64(const QString &text)
{
    QImage image(48, 48, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    QFont font(QStringLiteral("IPAmjMincho"));
    font.setPixelSize(42);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(image.rect(), Qt::AlignCenter, text);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QString::fromLatin1(bytes.toBase64());
}

QString field(const QString &v)
{
    return v.contains(QLatin1Char(',')) ? QLatin1Char('"') + v + QLatin1Char('"') : v;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2 || !QFontDatabase::families().contains(QStringLiteral("IPAmjMincho"))) {
        std::fprintf(stderr, "usage: kikan-make-legacy-glyphs <out.csv> (needs IPAmjMincho)\n");
        return 2;
    }
    const Spec specs[] = {
#include "specs.inc"
    };
    QString out = QStringLiteral("vendor_code,juki_code,koseki_code,ucs,glyph_png_base64,"
                                 "reading,note\r\n");
    int i = 0;
    for (const Spec &s : specs) {
        const QString key = QString::fromUtf8(s.character);
        const auto c = key.startsWith(QLatin1String("MJ")) ? kikan::moji::byMjCode(key)
                                                           : kikan::moji::byUcs(key);
        if (!c) {
            std::fprintf(stderr, "not in the MJ table: %s\n", s.character);
            return 1;
        }
        const QString text = !c->ucs.isEmpty() ? c->ucs : c->ivs;
        const bool juki = s.codes == Codes::Both || s.codes == Codes::Juki;
        const bool koseki = s.codes == Codes::Both || s.codes == Codes::Koseki;
        QString ucs;
        if (s.codes == Codes::Ucs) {
            for (const char32_t cp : text.toUcs4())
                ucs += QStringLiteral("%1U+%2")
                           .arg(ucs.isEmpty() ? QString() : QStringLiteral(" "))
                           .arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
        }
        const QStringList row{vendorCode(i++), juki ? c->jukiCode : QString(),
                              koseki ? c->kosekiCode : QString(), ucs,
                              s.image ? pngBase64(text) : QString(),
                              QString::fromUtf8(s.reading), field(QString::fromUtf8(s.note))};
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(out.toUtf8());
    std::printf("%d glyphs\n", i);
    return 0;
}
