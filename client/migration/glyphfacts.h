// What 文字同定 knows of the selected legacy glyph (外字, CHARACTERS.md): its image from the old
// system beside its vendor code, the codes kept with it (住基, 戸籍, Unicode), its reading and
// note, and whether it is decided (as which MJ character, by whom, when).
#pragma once

#include <QWidget>

class QJsonObject;
class QLabel;

namespace kikan::client {

class GlyphFacts : public QWidget
{
    Q_OBJECT
public:
    explicit GlyphFacts(QWidget *parent = nullptr);

    // Shows the glyph as GET /migration/glyphs/{id} answers it; empty: none selected.
    void showGlyph(const QJsonObject &glyph);

private:
    QLabel *m_image;
    QLabel *m_vendorCode;
    QLabel *m_codes;
    QLabel *m_reading;
    QLabel *m_state;
};

} // namespace kikan::client
