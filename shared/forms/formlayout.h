// A form layout (帳票の様式) as data: page size and orientation, and the elements printed on it
// (text, boxes, lines, barcodes, images, repeated row blocks), positioned in mm from the paper's top-left
// corner. Loaded from JSON under resources/forms/ (format: docs/forms.md); nothing about a
// particular 様式 lives in code.
#pragma once

#include "shared/core/error.h"

#include <QLineF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

namespace kikan::forms {

namespace err {
inline constexpr char LayoutInvalid[] = "forms.layout_invalid";   // the JSON is not a layout
inline constexpr char TextOverflow[] = "forms.text_overflow";     // does not fit at minSize
inline constexpr char MissingValue[] = "forms.missing_value";     // {key} without a value
inline constexpr char TooManyRows[] = "forms.too_many_rows";      // more rows than slots
inline constexpr char FontMissing[] = "forms.font_missing";       // family not installed
inline constexpr char GlyphMissing[] = "forms.glyph_missing";     // the font cannot draw it
inline constexpr char BarcodeInvalid[] = "forms.barcode_invalid"; // zint refused the data
inline constexpr char RenderFailed[] = "forms.render_failed";     // the device refused
inline constexpr char ImageInvalid[] = "forms.image_invalid";     // image bytes Qt cannot read
} // namespace err

enum class ElementType { Text, Box, Line, Barcode, Repeat, Image };
enum class Symbology { Code128, Qr, Gs1_128 }; // gs1-128: AIs in brackets, "[91]…"

struct Element {
    ElementType type = ElementType::Text;
    QString id;                 // optional, to find the element (tests, docs)
    QRectF rect;                // mm: x, y, w, h (relative to the slot inside a repeat)
    QLineF line;                // mm: a Line's ends
    double lineWidth = 0.2;     // mm, Box and Line
    QString when;               // drawn only when this value is non-empty
    QString unless;             // drawn only when this value is empty or absent

    // Text
    QString text;               // with {key} placeholders
    QString fontFamily;
    double fontSize = 10;       // pt
    double minFontSize = 10;    // pt: shrink down to here, beyond that an error
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    bool wrap = false;          // break lines anywhere (Japanese text) inside the box
    bool vertical = false;      // 縦書き: one character under the other

    // Barcode: `text` is what is encoded
    Symbology symbology = Symbology::Code128;

    // Image: `imageKey` names PageData::images; drawn centred in rect at its own size in mm (its
    // resolution) when `imageNaturalSize`, else scaled to fit rect
    QString imageKey;
    bool imageNaturalSize = true;

    // Repeat: `count` slots, slot i at rect.topLeft() + i * step, for rows of `source`
    QString source;
    int count = 0;
    QPointF step;
    std::vector<Element> children;
    std::vector<Element> empty; // drawn in the first unused slot (以下余白)
};

class FormLayout {
public:
    // Parses a layout; `name` only names it in error messages. Errors: forms.layout_invalid.
    static core::Result<FormLayout> fromJson(const QByteArray &json, const QString &name);
    // Reads a file or a Qt resource (":/kikan/forms/…").
    static core::Result<FormLayout> load(const QString &path);

    const QString &name() const { return m_name; }
    const QPageSize &pageSize() const { return m_pageSize; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    // The paper in mm, orientation applied.
    QSizeF paperSizeMm() const;
    // Forms per sheet (N-up, e.g. two payment slips on one continuous page): logical page i of a
    // document goes to slot i % formsPerSheet() of sheet i / formsPerSheet(), moved by
    // slot × sheetStep() mm. 1 and (0, 0) unless the layout's page has "slots".
    int formsPerSheet() const { return m_formsPerSheet; }
    QPointF sheetStep() const { return m_sheetStep; }
    const std::vector<Element> &elements() const { return m_elements; }

    // Slots of the repeat fed by `source` (0 when the layout has none): rows per page.
    int capacity(const QString &source) const;
    // Where an element with that id lies on the paper, in mm; inside a repeat, in slot `slot`.
    std::optional<QRectF> elementRect(const QString &id, int slot = 0) const;

private:
    QString m_name;
    QPageSize m_pageSize{QPageSize::A4};
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    int m_formsPerSheet = 1;
    QPointF m_sheetStep;
    std::vector<Element> m_elements;
};

} // namespace kikan::forms
