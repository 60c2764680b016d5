// The 外字 list reader (glyphcsv.h). Rules: RFC 4180 (quotes, doubled quotes, CRLF or LF), header
// required, a duplicate vendor code or a malformed code or image is an error of that row.
#include "glyphcsv.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace kikan::migration {

namespace {

constexpr qsizetype kMaxPngBytes = 64 * 1024;

const QStringList &knownColumns()
{
    static const QStringList columns{
        QStringLiteral("vendor_code"), QStringLiteral("juki_code"),
        QStringLiteral("koseki_code"), QStringLiteral("ucs"),
        QStringLiteral("glyph_png_base64"), QStringLiteral("reading"),
        QStringLiteral("note")};
    return columns;
}

// Splits text into records of fields; *unterminated is set when a quote never closes.
QList<QStringList> splitRecords(const QString &text, bool *unterminated)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        any = true;
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            fields.append(field);
            records.append(fields);
            fields.clear();
            field.clear();
            any = false;
        } else {
            field += ch;
        }
    }
    *unterminated = quoted;
    if (any) {
        fields.append(field);
        records.append(fields);
    }
    return records;
}

bool blank(const QStringList &record)
{
    for (const QString &f : record) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Checks one value; returns a message for staff, or an empty string when it is good.
QString check(GlyphRow &row, const QString &column, const QString &raw)
{
    static const QRegularExpression juki(QStringLiteral("^J\\+[0-9A-F]{4,5}$"));
    static const QRegularExpression koseki(QStringLiteral("^[0-9]{6}$"));
    const QString value = raw.trimmed();
    if (column == QLatin1String("vendor_code")) {
        if (value.isEmpty())
            return QStringLiteral("外字コード（vendor_code）が空です。");
        row.vendorCode = value;
    } else if (column == QLatin1String("juki_code") && !value.isEmpty()) {
        row.jukiCode = value.toUpper();
        if (!juki.match(row.jukiCode).hasMatch())
            return QStringLiteral("住基ネット統一文字コード「%1」の形式が正しくありません"
                                  "（例: J+9AD9）。").arg(value);
    } else if (column == QLatin1String("koseki_code") && !value.isEmpty()) {
        row.kosekiCode = value;
        if (!koseki.match(value).hasMatch())
            return QStringLiteral("戸籍統一文字番号「%1」は6桁の数字ではありません。").arg(value);
    } else if (column == QLatin1String("ucs")) {
        row.ucsText = value;
    } else if (column == QLatin1String("glyph_png_base64") && !value.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return QStringLiteral("外字の画像（glyph_png_base64）が Base64 として読めません。");
        if (!decoded.decoded.startsWith("\x89PNG\r\n\x1a\n"))
            return QStringLiteral("外字の画像（glyph_png_base64）が PNG ではありません。");
        if (decoded.decoded.size() > kMaxPngBytes)
            return QStringLiteral("外字の画像が大きすぎます（64KB まで）。");
        row.glyphPng = decoded.decoded;
    } else if (column == QLatin1String("reading")) {
        row.reading = value;
    } else if (column == QLatin1String("note")) {
        row.note = value;
    }
    return {};
}

} // namespace

GlyphCsv parseGlyphCsv(const QByteArray &bytes)
{
    GlyphCsv out;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        out.errors.append({0, QStringLiteral("ファイルが UTF-8 ではありません。UTF-8 で保存し"
                                             "直してください。")});
        return out;
    }
    bool unterminated = false;
    QList<QStringList> records = splitRecords(text, &unterminated);
    while (!records.isEmpty() && blank(records.last()))
        records.removeLast();
    if (records.isEmpty()) {
        out.errors.append({1, QStringLiteral("ファイルが空です。見出し行が必要です。")});
        return out;
    }
    QStringList header;
    for (const QString &h : records.first())
        header.append(h.trimmed().toLower());
    if (!header.contains(QStringLiteral("vendor_code"))) {
        out.errors.append({1, QStringLiteral("見出し行に vendor_code の列がありません。")});
        return out;
    }
    for (const QString &h : header) {
        if (!knownColumns().contains(h) || header.count(h) > 1) {
            out.errors.append({1, QStringLiteral("見出し行の列「%1」は使えません（不明な列か重複）。")
                                      .arg(h)});
            return out;
        }
    }
    QHash<QString, int> seen; // vendor code → row
    for (qsizetype r = 1; r < records.size(); ++r) {
        const int rowNo = int(r) + 1;
        const QStringList &record = records[r];
        if (blank(record))
            continue;
        if (record.size() != header.size()) {
            out.errors.append({rowNo, QStringLiteral("列の数が %1 個です（見出し行は %2 個）。")
                                          .arg(record.size()).arg(header.size())});
            continue;
        }
        GlyphRow row;
        row.row = rowNo;
        QString message;
        for (qsizetype c = 0; c < header.size() && message.isEmpty(); ++c)
            message = check(row, header[c], record[c]);
        if (message.isEmpty() && seen.contains(row.vendorCode)) {
            message = QStringLiteral("外字コード「%1」は %2 行目と重複しています。")
                          .arg(row.vendorCode).arg(seen.value(row.vendorCode));
        }
        if (!message.isEmpty()) {
            out.errors.append({rowNo, message});
            continue;
        }
        seen.insert(row.vendorCode, rowNo);
        out.rows.append(row);
    }
    if (unterminated) {
        out.errors.append({int(records.size()),
                           QStringLiteral("引用符（\"）が閉じられないままファイルが終わっています。")});
    }
    return out;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace kikan::migration
