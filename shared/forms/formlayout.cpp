// Parsing of form layouts from JSON (format: docs/forms.md). Every malformed element is reported
// by its path ("elements[3].x"), so a layout error is found when the layout is loaded, not when a
// certificate is printed at the counter.
#include "formlayout.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kikan::forms {

namespace {

struct Defaults {
    QString family;
    double size = 10;
    double minSize = 0; // 0: no shrinking unless the element says so
};

class Parser {
public:
    explicit Parser(QString name) : m_name(std::move(name)) {}

    std::optional<core::Error> error;

    void fail(const QString &path, const QString &what)
    {
        if (!error) {
            error = core::Error{QString::fromLatin1(err::LayoutInvalid),
                                QStringLiteral("帳票様式 %1 の %2 が不正です: %3")
                                    .arg(m_name, path, what)};
        }
    }

    double number(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble()) {
            fail(path + u'.' + key, QStringLiteral("数値がありません"));
            return 0;
        }
        return v.toDouble();
    }

    double optionalNumber(const QJsonObject &o, const QString &key, double fallback)
    {
        return o.value(key).isDouble() ? o.value(key).toDouble() : fallback;
    }

    QRectF rect(const QJsonObject &o, const QString &path)
    {
        return QRectF(number(o, QStringLiteral("x"), path), number(o, QStringLiteral("y"), path),
                      number(o, QStringLiteral("w"), path), number(o, QStringLiteral("h"), path));
    }

    // The flag that o[key] names in `choices` (o[key] absent: `fallback`); an unknown name fails.
    Qt::Alignment choice(const QJsonObject &o, const QString &key, const QString &fallback,
                         std::initializer_list<std::pair<const char16_t *, Qt::Alignment>> choices,
                         const QString &path)
    {
        const QString name = o.value(key).toString(fallback);
        for (const auto &[text, flag] : choices) {
            if (name == text)
                return flag;
        }
        fail(path + u'.' + key, name);
        return {};
    }

    Qt::Alignment alignment(const QJsonObject &o, const QString &path)
    {
        const Qt::Alignment h = choice(o, QStringLiteral("align"), QStringLiteral("left"),
                                       {{u"left", Qt::AlignLeft},
                                        {u"center", Qt::AlignHCenter},
                                        {u"right", Qt::AlignRight}},
                                       path);
        return h | choice(o, QStringLiteral("valign"), QStringLiteral("middle"),
                          {{u"top", Qt::AlignTop},
                           {u"middle", Qt::AlignVCenter},
                           {u"bottom", Qt::AlignBottom}},
                          path);
    }

    std::vector<Element> elements(const QJsonValue &value, const QString &path,
                                  const Defaults &defaults)
    {
        std::vector<Element> out;
        if (!value.isArray()) {
            fail(path, QStringLiteral("配列ではありません"));
            return out;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!array.at(i).isObject()) {
                fail(p, QStringLiteral("オブジェクトではありません"));
                continue;
            }
            out.push_back(element(array.at(i).toObject(), p, defaults));
        }
        return out;
    }

    Element element(const QJsonObject &o, const QString &path, const Defaults &defaults)
    {
        Element e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.when = o.value(QStringLiteral("when")).toString();
        e.unless = o.value(QStringLiteral("unless")).toString();
        e.lineWidth = optionalNumber(o, QStringLiteral("lineWidth"), 0.2);
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == u"text") {
            e.type = ElementType::Text;
            e.rect = rect(o, path);
            e.text = o.value(QStringLiteral("text")).toString();
            e.fontFamily = o.value(QStringLiteral("font")).toString(defaults.family);
            e.fontSize = optionalNumber(o, QStringLiteral("size"), defaults.size);
            const double min = defaults.minSize > 0 ? std::min(defaults.minSize, e.fontSize)
                                                    : e.fontSize;
            e.minFontSize = optionalNumber(o, QStringLiteral("minSize"), min);
            e.alignment = alignment(o, path);
            e.wrap = o.value(QStringLiteral("wrap")).toBool();
            e.vertical = o.value(QStringLiteral("vertical")).toBool();
            if (e.fontSize <= 0 || e.minFontSize <= 0 || e.minFontSize > e.fontSize)
                fail(path + QStringLiteral(".minSize"), QStringLiteral("0 < minSize <= size"));
        } else if (type == u"box") {
            e.type = ElementType::Box;
            e.rect = rect(o, path);
        } else if (type == u"line") {
            e.type = ElementType::Line;
            e.line = QLineF(number(o, QStringLiteral("x1"), path),
                            number(o, QStringLiteral("y1"), path),
                            number(o, QStringLiteral("x2"), path),
                            number(o, QStringLiteral("y2"), path));
        } else if (type == u"barcode") {
            e.type = ElementType::Barcode;
            e.rect = rect(o, path);
            e.text = o.value(QStringLiteral("text")).toString();
            const QString s = o.value(QStringLiteral("symbology")).toString();
            if (s == u"code128")
                e.symbology = Symbology::Code128;
            else if (s == u"qr")
                e.symbology = Symbology::Qr;
            else if (s == u"gs1-128")
                e.symbology = Symbology::Gs1_128;
            else
                fail(path + QStringLiteral(".symbology"), s);
        } else if (type == u"image") {
            e.type = ElementType::Image;
            e.rect = rect(o, path);
            e.imageKey = o.value(QStringLiteral("image")).toString();
            const QString fit = o.value(QStringLiteral("fit")).toString(QStringLiteral("natural"));
            e.imageNaturalSize = fit == u"natural";
            if (e.imageKey.isEmpty() || (fit != u"natural" && fit != u"box"))
                fail(path, QStringLiteral("image には image (キー) と fit (natural|box) が必要です"));
        } else if (type == u"repeat") {
            e.type = ElementType::Repeat;
            e.source = o.value(QStringLiteral("source")).toString();
            e.count = int(number(o, QStringLiteral("count"), path));
            e.rect = QRectF(number(o, QStringLiteral("x"), path),
                            number(o, QStringLiteral("y"), path), 0, 0);
            e.step = QPointF(optionalNumber(o, QStringLiteral("dx"), 0),
                             optionalNumber(o, QStringLiteral("dy"), 0));
            e.children = elements(o.value(QStringLiteral("elements")),
                                  path + QStringLiteral(".elements"), defaults);
            if (o.contains(QStringLiteral("empty"))) {
                e.empty = elements(o.value(QStringLiteral("empty")),
                                   path + QStringLiteral(".empty"), defaults);
            }
            if (e.source.isEmpty() || e.count < 1)
                fail(path, QStringLiteral("repeat には source と count (1 以上) が必要です"));
        } else {
            fail(path + QStringLiteral(".type"), type);
        }
        return e;
    }

private:
    QString m_name;
};

const Element *findById(const std::vector<Element> &elements, const QString &id,
                        QPointF origin, int slot, QPointF *at)
{
    for (const Element &e : elements) {
        if (e.type == ElementType::Repeat) {
            const QPointF slotOrigin = origin + e.rect.topLeft() + e.step * slot;
            if (const Element *found = findById(e.children, id, slotOrigin, slot, at))
                return found;
        } else if (e.id == id) {
            *at = origin;
            return &e;
        }
    }
    return nullptr;
}

struct PageSpec {
    QPageSize pageSize{QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    int formsPerSheet = 1;
    QPointF sheetStep;
};

// The paper: a named size (A4, A5, B5) or 連帳 (fanfold) given in inches — width × length, the
// continuous printer's own units (RICOH Pro F2110Y: 6.5–16 × 7–14 inch; any 1–20 inch is a
// layout, the printer profile checks its printer's range) —, orientation, and forms per sheet.
PageSpec readPage(const QJsonObject &page, Parser &parser)
{
    PageSpec spec;
    const QString size = page.value(QStringLiteral("size")).toString(QStringLiteral("A4"));
    if (size == u"A4")
        spec.pageSize = QPageSize(QPageSize::A4);
    else if (size == u"A5")
        spec.pageSize = QPageSize(QPageSize::A5);
    else if (size == u"B5")
        spec.pageSize = QPageSize(QPageSize::JisB5);
    else if (size == u"fanfold") {
        const double w = page.value(QStringLiteral("widthInch")).toDouble();
        const double l = page.value(QStringLiteral("lengthInch")).toDouble();
        if (w < 1 || w > 20 || l < 1 || l > 20)
            parser.fail(QStringLiteral("page.widthInch"), QStringLiteral("連帳の幅と長さは 1〜20 インチです"));
        else
            spec.pageSize = QPageSize(QSizeF(w, l), QPageSize::Inch,
                                   QStringLiteral("Fanfold %1 x %2 in").arg(w).arg(l), QPageSize::ExactMatch);
    } else
        parser.fail(QStringLiteral("page.size"), size);
    const QString orientation =
        page.value(QStringLiteral("orientation")).toString(QStringLiteral("portrait"));
    if (orientation == u"landscape")
        spec.orientation = QPageLayout::Landscape;
    else if (orientation != u"portrait")
        parser.fail(QStringLiteral("page.orientation"), orientation);
    const QJsonObject nUp = page.value(QStringLiteral("slots")).toObject();
    if (!nUp.isEmpty()) {
        spec.formsPerSheet = nUp.value(QStringLiteral("count")).toInt();
        spec.sheetStep = QPointF(nUp.value(QStringLiteral("dx")).toDouble(), nUp.value(QStringLiteral("dy")).toDouble());
        if (spec.formsPerSheet < 1 || spec.formsPerSheet > 16)
            parser.fail(QStringLiteral("page.slots.count"), QStringLiteral("1〜16 です"));
    }
    return spec;
}

} // namespace

core::Result<FormLayout> FormLayout::fromJson(const QByteArray &json, const QString &name)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    Parser parser(name);
    if (!doc.isObject()) {
        parser.fail(QStringLiteral("(JSON)"), parseError.errorString());
        return *parser.error;
    }
    const QJsonObject root = doc.object();
    FormLayout layout;
    layout.m_name = root.value(QStringLiteral("name")).toString(name);

    const PageSpec page = readPage(root.value(QStringLiteral("page")).toObject(), parser);
    layout.m_pageSize = page.pageSize;
    layout.m_orientation = page.orientation;
    layout.m_formsPerSheet = page.formsPerSheet;
    layout.m_sheetStep = page.sheetStep;
    const QJsonObject font = root.value(QStringLiteral("font")).toObject();
    Defaults defaults;
    defaults.family = font.value(QStringLiteral("family")).toString(QStringLiteral("IPAmjMincho"));
    defaults.size = font.value(QStringLiteral("size")).toDouble(10);
    defaults.minSize = font.value(QStringLiteral("minSize")).toDouble(0);

    layout.m_elements = parser.elements(root.value(QStringLiteral("elements")),
                                        QStringLiteral("elements"), defaults);
    if (parser.error)
        return *parser.error;
    return layout;
}

core::Result<FormLayout> FormLayout::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{QString::fromLatin1(err::LayoutInvalid),
                           QStringLiteral("帳票様式 %1 を開けません").arg(path)};
    }
    return fromJson(file.readAll(), path);
}

QSizeF FormLayout::paperSizeMm() const
{
    const QSizeF size = m_pageSize.size(QPageSize::Millimeter);
    return m_orientation == QPageLayout::Landscape ? size.transposed() : size;
}

int FormLayout::capacity(const QString &source) const
{
    for (const Element &e : m_elements) {
        if (e.type == ElementType::Repeat && e.source == source)
            return e.count;
    }
    return 0;
}

std::optional<QRectF> FormLayout::elementRect(const QString &id, int slot) const
{
    QPointF origin;
    const Element *e = findById(m_elements, id, QPointF(), slot, &origin);
    if (!e)
        return std::nullopt;
    if (e->type == ElementType::Line)
        return QRectF(e->line.p1(), e->line.p2()).normalized().translated(origin);
    return e->rect.translated(origin);
}

} // namespace kikan::forms
