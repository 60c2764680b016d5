// Barcodes for forms, drawn as vector rectangles from zint's ZBarcode_Buffer_Vector (STACK.md:
// a bitmap barcode scaled into the PDF did not decode; the vector one does at 200 and 300 dpi).
#pragma once

#include "formlayout.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace kikan::forms {

struct BarcodeShape {
    Symbology symbology = Symbology::Code128;
    QSizeF size;          // zint units (1 = one module)
    QList<QRectF> bars;   // dark rectangles in zint units
};

// Encodes `data` (UTF-8; Code 128 takes ASCII; GS1-128 takes "[AI]data…"). Errors:
// forms.barcode_invalid.
core::Result<BarcodeShape> encodeBarcode(Symbology symbology, const QString &data);

// Paints the shape into `target` (device pixels): a linear code is stretched to the box, a 2D code
// keeps square modules and is centred.
void paintBarcode(QPainter &painter, const BarcodeShape &shape, const QRectF &target);

} // namespace kikan::forms
