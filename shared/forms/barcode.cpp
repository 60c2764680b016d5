// Barcodes through zint's vector output (see barcode.h).
#include "barcode.h"

#include <QPainter>

#include <memory>

#include <zint.h>

namespace kikan::forms {

core::Result<BarcodeShape> encodeBarcode(Symbology symbology, const QString &data)
{
    std::unique_ptr<zint_symbol, void (*)(zint_symbol *)> symbol(ZBarcode_Create(),
                                                                  &ZBarcode_Delete);
    if (!symbol) {
        return core::Error{QString::fromLatin1(err::BarcodeInvalid),
                           QStringLiteral("バーコードを作成できません")};
    }
    symbol->symbology = symbology == Symbology::Qr        ? BARCODE_QRCODE
                        : symbology == Symbology::Gs1_128 ? BARCODE_GS1_128
                                                          : BARCODE_CODE128;
    symbol->show_hrt = 0;      // the number is printed as text by the layout
    // GS1-128 (コンビニ収納, AI 91): the data names its AIs in brackets, "[91]…" (zint GS1 mode).
    symbol->input_mode = symbology == Symbology::Gs1_128 ? GS1_MODE : UNICODE_MODE;
    if (symbology == Symbology::Qr)
        symbol->option_1 = 2;  // error correction level M
    const QByteArray utf8 = data.toUtf8();
    int rc = ZBarcode_Encode(symbol.get(), reinterpret_cast<const unsigned char *>(utf8.data()),
                             int(utf8.size()));
    if (rc < ZINT_ERROR)
        rc = ZBarcode_Buffer_Vector(symbol.get(), 0);
    if (rc >= ZINT_ERROR || !symbol->vector) {
        return core::Error{QString::fromLatin1(err::BarcodeInvalid),
                           QStringLiteral("バーコードにできません: %1 (%2)")
                               .arg(data, QString::fromUtf8(symbol->errtxt))};
    }
    BarcodeShape shape;
    shape.symbology = symbology;
    shape.size = QSizeF(symbol->vector->width, symbol->vector->height);
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next) {
        // colour -1 is the foreground; zint 2.11 draws no background rectangles in vector mode.
        if (r->colour == -1 || r->colour == 7)
            shape.bars << QRectF(r->x, r->y, r->width, r->height);
    }
    return shape;
}

void paintBarcode(QPainter &painter, const BarcodeShape &shape, const QRectF &target)
{
    if (shape.size.isEmpty())
        return;
    double sx = target.width() / shape.size.width();
    double sy = target.height() / shape.size.height();
    QPointF origin = target.topLeft();
    if (shape.symbology == Symbology::Qr) {
        sx = sy = std::min(sx, sy);
        origin += QPointF((target.width() - shape.size.width() * sx) / 2,
                          (target.height() - shape.size.height() * sy) / 2);
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const QRectF &bar : shape.bars) {
        painter.drawRect(QRectF(origin.x() + bar.x() * sx, origin.y() + bar.y() * sy,
                                bar.width() * sx, bar.height() * sy));
    }
    painter.restore();
}

} // namespace kikan::forms
