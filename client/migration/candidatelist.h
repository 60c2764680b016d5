// The MJ characters offered for one legacy glyph (文字同定), drawn large in IPAmj明朝 with their
// MJ文字図形名, 住基ネット統一文字コード and 戸籍統一文字番号. Arrow keys move, Enter decides.
#pragma once

#include <QJsonArray>
#include <QListWidget>

namespace kikan::client {

class CandidateList : public QListWidget
{
    Q_OBJECT
public:
    explicit CandidateList(QWidget *parent = nullptr);

    // characters: [{mjCode, text, jukiCode, kosekiCode, strokes, reasons?}] (GET /migration/…).
    void setCharacters(const QJsonArray &characters);
    // The MJ code of the chosen character, or empty.
    QString currentMjCode() const;
    // Selects the character with this MJ code (if shown).
    void selectMjCode(const QString &mjCode);

Q_SIGNALS:
    // Enter (or a double click) on a character.
    void decideRequested(const QString &mjCode);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    static QString reasonText(const QJsonArray &reasons);
};

} // namespace kikan::client
