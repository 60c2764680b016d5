// Fitting text into its box and drawing it: the largest size from the element's size down to its
// minSize (0.25 pt steps) at which the text fits; below minSize it is an error, never a cut (a
// certificate is a legal document). Lines are laid out here, one grapheme at a time (a base
// character and its IVS stay one unit, drawn by its variation glyph: variationglyph.h); wrapping
// breaks anywhere. A font that is not installed and a character or IVS the font cannot draw are
// errors instead of Qt substituting another font's glyph.
#pragma once

#include "formlayout.h"

#include <QFont>
#include <QList>
#include <QStringList>

class QPaintDevice;
class QPainter;

namespace kikan::forms {

struct TextLine {
    QStringList graphemes;
    QList<double> advances; // device pixels
    double width = 0;
};

struct FittedText {
    QFont font;               // point size set
    Qt::Alignment alignment;
    bool vertical = false;
    QList<TextLine> lines;    // vertical: one line per grapheme
    double lineHeight = 0;    // device pixels
    double ascent = 0;
};

// Fits `text` of element `e` into `box` (device pixels of `device`).
// Errors: forms.text_overflow, forms.font_missing, forms.glyph_missing.
core::Result<FittedText> fitText(const QString &text, const Element &e, const QRectF &box,
                                 const QPaintDevice *device);

// Draws fitted text into `box` (the painter is on the device it was fitted for).
void paintText(QPainter &painter, const FittedText &text, const QRectF &box);

} // namespace kikan::forms
