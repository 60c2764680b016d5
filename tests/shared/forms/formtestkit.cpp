// Form test helpers: the real poppler and zbar tools on real PDFs (see formtestkit.h).
#include "formtestkit.h"

#include "tests/support/testenv.h"
#include "tests/support/tools.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <memory>

namespace kikan::test {

namespace {

// The tools' folder (tests/support/tools.h: under wine, one the Linux side sees too).
QDir tempDir()
{
    return QDir(toolDir());
}

QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    const ToolRun r = runTool(program, arguments);
    if (exitCode)
        *exitCode = r.exitCode;
    if (r.crashed)
        qWarning() << program << "crashed";
    return r.out;
}

} // namespace

QString writeTempPdf(const QByteArray &pdf, const QString &name)
{
    const QString path = tempDir().filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    return path;
}

QImage rasterise(const QString &pdfPath, int page, int dpi)
{
    const QString prefix = tempDir().filePath(QStringLiteral("page-%1-%2").arg(page).arg(dpi));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"), QString::number(page),
         QStringLiteral("-l"), QString::number(page), QStringLiteral("-gray"),
         QStringLiteral("-png"), QStringLiteral("-singlefile"), pdfPath, prefix});
    QImage image(prefix + QStringLiteral(".png"));
    QFile::remove(prefix + QStringLiteral(".png"));
    return image.isNull() ? image : image.convertToFormat(QImage::Format_Grayscale8);
}

int pdfPageCount(const QString &pdfPath)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdfPath}));
    const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                   QRegularExpression::MultilineOption);
    const auto m = pages.match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfText(const QString &pdfPath, int page)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    }
    args << pdfPath << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args));
}

QStringList decodeBarcodes(const QImage &image)
{
    static int counter = 0;
    const QString path = tempDir().filePath(QStringLiteral("zbar-%1.png").arg(++counter));
    image.save(path);
    const QString out = QString::fromUtf8(
        run(QStringLiteral("zbarimg"), {QStringLiteral("--nodbus"), QStringLiteral("-q"), path}));
    return out.split(u'\n', Qt::SkipEmptyParts);
}

QImage cropMm(const QImage &page, const QRectF &mm, int dpi)
{
    const double k = dpi / 25.4;
    return page.copy(QRectF(mm.x() * k, mm.y() * k, mm.width() * k, mm.height() * k)
                         .toAlignedRect());
}

double differingFraction(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.isNull())
        return 1.0;
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    qint64 differing = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar *la = ga.constScanLine(y);
        const uchar *lb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x)
            differing += std::abs(int(la[x]) - int(lb[x])) > 64;
    }
    return double(differing) / (qint64(ga.width()) * ga.height());
}

QRect inkBounds(const QImage &image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    int left = g.width(), top = g.height(), right = -1, bottom = -1;
    for (int y = 0; y < g.height(); ++y) {
        const uchar *line = g.constScanLine(y);
        for (int x = 0; x < g.width(); ++x) {
            if (line[x] < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

bool matchesGolden(const QImage &actual, const QString &name, double tolerance,
                   const QString &testProgram)
{
    const QString golden = testData(QStringLiteral("forms/%1.png").arg(name));
    if (qEnvironmentVariableIntValue("KIKAN_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(golden).absolutePath());
        actual.save(golden);
        qInfo().noquote() << "golden written:" << golden;
        return true;
    }
    const QImage expected(golden);
    if (expected.isNull())
        qWarning().noquote() << "golden missing:" << golden;
    const double fraction = differingFraction(actual, expected);
    if (fraction <= tolerance)
        return true;
    const QString actualPath = binaryDir() + QStringLiteral("/%1.actual.png").arg(name);
    actual.save(actualPath);
    qWarning().noquote() << QStringLiteral(
                                "golden %1 differs: %2 of the pixels (tolerance %3)\n"
                                "  golden: %4\n  actual: %5\n  if the change is intended, "
                                "regenerate with:\n    KIKAN_UPDATE_GOLDEN=1 "
                                "KIKAN_SOURCE_DIR=%6 QT_QPA_PLATFORM=offscreen %7")
                                .arg(name)
                                .arg(fraction)
                                .arg(tolerance)
                                .arg(golden, actualPath, sourceDir(), testProgram);
    return false;
}

} // namespace kikan::test
