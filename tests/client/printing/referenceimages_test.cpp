// Reference images of every form (issue 14, "Done when"): each layout of resources/forms/ is filled
// with sample values (every {key} of the layout, one row per repeat), printed through QPrinter to a
// PDF file with a profile of each kind — counter (no adjustment), sheet (+1.0 mm right) and
// continuous (連帳 10 × 12 inch at 600 dpi, +1.5 mm down) — and its first page, rasterised by
// pdftoppm at 20 dpi in grey, is compared with tests/data/forms/print-reference/<form>.<kind>.png
// (at most 1 % of pixels differing). A failing image prints the command that regenerates it
// (KIKAN_UPDATE_GOLDEN=1). The images are small on purpose: they guard where things print, not
// the glyphs (test_formengine and the certificate tests compare those at full resolution).
#include "client/printing/profileprinting.h"
#include "tests/shared/forms/formtestkit.h"
#include "tests/support/testenv.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace kikan;

namespace {
// A value for `key` as the element that prints it needs it.
QString sampleFor(const QJsonObject &element, const QString &text)
{
    const QString symbology = element.value(QStringLiteral("symbology")).toString();
    if (symbology == QLatin1String("gs1-128"))
        return QStringLiteral("[91]") + QStringLiteral("0123456789").repeated(4) + QStringLiteral("01");
    if (element.value(QStringLiteral("type")).toString() == QLatin1String("barcode"))
        return QStringLiteral("R08-000123");
    return text;
}

// Every {key} of `elements` (recursively, repeats into their rows) with a sample value.
void collect(const QJsonArray &elements, forms::Values &values, QHash<QString, QList<forms::Values>> &rows,
             QHash<QString, QByteArray> &images, const QString &text)
{
    static const QRegularExpression key(QStringLiteral("\\{(\\w+)\\}"));
    for (const QJsonValue &v : elements) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("type")).toString() == QLatin1String("repeat")) {
            forms::Values row;
            QHash<QString, QList<forms::Values>> unused;
            collect(e.value(QStringLiteral("elements")).toArray(), row, unused, images, text);
            rows[e.value(QStringLiteral("source")).toString()] = {row};
            continue;
        }
        if (e.contains(QStringLiteral("image")))
            images.insert(e.value(QStringLiteral("image")).toString(), QByteArray());
        auto it = key.globalMatch(e.value(QStringLiteral("text")).toString());
        while (it.hasNext())
            values.insert(it.next().captured(1), sampleFor(e, text));
    }
}

forms::PageData samplePage(const QJsonObject &layout, const QString &text)
{
    forms::PageData page;
    collect(layout.value(QStringLiteral("elements")).toArray(), page.values, page.rows, page.images, text);
    return page;
}

client::PrinterProfile profileOf(client::PrinterKind kind, const QString &form)
{
    client::PrinterProfile p;
    p.kind = kind;
    p.name = client::kindName(kind);
    p.printerName = QStringLiteral("PDF");
    if (kind == client::PrinterKind::Sheet)
        p.adjustments.insert(form, {10, 0, 1000});
    if (kind == client::PrinterKind::Continuous) {
        p.paperWidthInch = 10;
        p.paperLengthInch = 12;
        p.dpi = 600;
        p.adjustments.insert(form, {0, 15, 1000});
    }
    return p;
}
} // namespace

class ReferenceImagesTest : public QObject
{
    Q_OBJECT
private slots:
    void everyFormWithEveryProfileKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        const QDir forms(test::sourceDir() + QStringLiteral("/resources/forms"));
        for (const QString &file : forms.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            if (file == QLatin1String("certificates.json")) // which layout each certificate uses, not a layout
                continue;
            for (auto kind : {client::PrinterKind::Counter, client::PrinterKind::Sheet, client::PrinterKind::Continuous})
                QTest::newRow(qPrintable(file + QLatin1Char('/') + client::kindName(kind)))
                    << forms.filePath(file) << int(kind);
        }
    }
    void everyFormWithEveryProfileKind()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFile json(file);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        const auto layout = forms::FormLayout::load(file);
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().message));
        const forms::FormRenderer renderer(layout.value());
        const auto profile = profileOf(client::PrinterKind(kind), layout.value().name());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("form.pdf"));
        std::optional<QString> error;
        for (const QString &text : {QStringLiteral("試験"), QStringLiteral("1")}) { // "1" where 試験 is too wide
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(pdf);
            error = client::printForm(printer, profile, renderer, {samplePage(root, text)});
            if (!error)
                break;
        }
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        const QImage page = test::rasterise(pdf, 1, 20).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!page.isNull());
        const QString name = QStringLiteral("print-reference/%1.%2")
                                 .arg(QFileInfo(file).completeBaseName(), client::kindName(client::PrinterKind(kind)));
        QVERIFY(test::matchesGolden(page, name, 0.01, QCoreApplication::applicationFilePath()));
    }
};

QTEST_MAIN(ReferenceImagesTest)
#include "referenceimages_test.moc"
