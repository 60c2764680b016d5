// 文字同定 (CharacterIdentification, CHARACTERS.md; docs/character-identification.md): the old
// system's 外字 (legacy glyphs), and for the one selected its image beside the candidate MJ
// characters drawn large in IPAmj明朝; staff choose with the arrow keys and decide with Enter.
// Import of the 外字 list and export of the decided table. API: /api/v1/migration/… (ApiClient).
#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace kikan::client {

class ApiClient;
class CandidateList;
class GlyphFacts;

class CharacterIdentificationPage : public QWidget
{
    Q_OBJECT
public:
    explicit CharacterIdentificationPage(ApiClient *api, QWidget *parent = nullptr);

    // Loads the list for the current filter (undecided / decided / all).
    void reload();
    // Selects a glyph by vendor code once the list has it.
    void selectVendorCode(const QString &vendorCode);
    // Sends the 外字 list to the server (the file dialog's file, or bytes in tests).
    void importCsv(const QByteArray &utf8, const QString &fileName);
    // Decides the shown glyph as mjCode.
    void decide(const QString &mjCode);
    void searchCharacters(const QString &query);

    QListWidget *glyphList() const { return m_glyphs; }
    CandidateList *candidates() const { return m_candidates; }
    const QJsonObject &shownGlyph() const { return m_glyph; }
    QString statusText() const;

Q_SIGNALS:
    void listLoaded();
    void glyphShown();
    void messageShown(const QString &message); // also shown in the page

private:
    QHBoxLayout *buildTopRow();
    QHBoxLayout *buildSearchRow();
    QHBoxLayout *buildActionRow();
    void connectActions();
    void loadGlyph(qint64 id);
    void showGlyph(const QJsonObject &glyph);
    void showMessage(const QString &message, bool error = false);
    void chooseImportFile();
    void exportDecided();
    void undecide();
    void showCandidates();

    ApiClient *m_api;
    QComboBox *m_filter;
    QPushButton *m_import;
    QPushButton *m_export;
    QLabel *m_summary;
    QListWidget *m_glyphs;
    GlyphFacts *m_facts;
    QLabel *m_candidateTitle;
    CandidateList *m_candidates;
    QLineEdit *m_search;
    QPushButton *m_searchButton;
    QPushButton *m_backToCandidates;
    QPushButton *m_decide;
    QPushButton *m_undecide;
    QLabel *m_message;
    QJsonObject m_glyph;
    QString m_pendingVendorCode;
};

} // namespace kikan::client
