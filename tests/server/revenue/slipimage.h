// A payment slip as the OCR reader would scan it, for the OCR tests (ocr_test.cpp,
// treasury_test.cpp): an A5 landscape page at 150 dpi carrying the 44 digits as a real GS1-128
// rendered with zint, or none (a smudged slip) when the barcode is empty.
#pragma once

#include <zint.h>

#include <QImage>
#include <QPainter>
#include <QString>

namespace kikan::test {

inline QImage slipImage(const QString &barcode)
{
    QImage slip(1240, 874, QImage::Format_RGB32);
    slip.fill(Qt::white);
    QPainter p(&slip);
    p.drawRect(40, 40, 1160, 794);
    p.drawLine(40, 300, 1200, 300);
    if (barcode.isEmpty())
        return slip;
    zint_symbol *symbol = ZBarcode_Create();
    symbol->symbology = BARCODE_GS1_128;
    symbol->scale = 1.5f;
    symbol->height = 40;
    const QByteArray data = "[91]" + barcode.mid(2).toLatin1();
    if (ZBarcode_Encode(symbol, reinterpret_cast<const unsigned char *>(data.constData()), int(data.size())) < 5
        && ZBarcode_Buffer(symbol, 0) < 5) {
        const QImage bars(symbol->bitmap, symbol->bitmap_width, symbol->bitmap_height,
                          3 * symbol->bitmap_width, QImage::Format_RGB888);
        p.drawImage(80, 560, bars.copy());
    }
    ZBarcode_Delete(symbol);
    return slip;
}

} // namespace kikan::test
