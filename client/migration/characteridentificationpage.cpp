// The 文字同定 screen (characteridentificationpage.h). Layout for 1024×768: the glyph list on the
// left, the selected glyph's image, codes and candidates on the right; every action has a key.
#include "characteridentificationpage.h"

#include "candidatelist.h"
#include "glyphfacts.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "client/widgets/namefont.h"
#include "shared/api/endpoints.h"
#include "shared/api/migration/paths.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int VendorRole = Qt::UserRole + 2;

QString glyphsPath()
{
    return QString::fromLatin1(api::path::MigrationGlyphs);
}
} // namespace

CharacterIdentificationPage::CharacterIdentificationPage(ApiClient *api, QWidget *parent)
    : QWidget(parent), m_api(api)
{
    auto *title = makePageTitle(tr("Character identification"), this);
    QHBoxLayout *top = buildTopRow();
    m_glyphs = new QListWidget(this);
    m_glyphs->setFixedWidth(210);
    auto *detail = new QVBoxLayout;
    m_facts = new GlyphFacts(this);
    detail->addWidget(m_facts);
    m_candidateTitle = new QLabel(this);
    m_candidates = new CandidateList(this);
    detail->addWidget(m_candidateTitle);
    detail->addWidget(m_candidates, 1);
    detail->addLayout(buildSearchRow());
    detail->addLayout(buildActionRow());
    auto *body = new QHBoxLayout;
    body->addWidget(m_glyphs);
    body->addLayout(detail, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    connectActions();
    showGlyph({});
    reload();
}

// The filter, the summary, import and export.
QHBoxLayout *CharacterIdentificationPage::buildTopRow()
{
    m_filter = new QComboBox(this);
    m_filter->addItem(tr("Undecided"), QStringLiteral("undecided"));
    m_filter->addItem(tr("Decided"), QStringLiteral("decided"));
    m_filter->addItem(tr("All"), QStringLiteral("all"));
    m_import = new QPushButton(tr("Import legacy glyph list..."), this);
    m_export = new QPushButton(tr("Export decided table..."), this);
    m_summary = new QLabel(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addWidget(m_summary, 1);
    top->addWidget(m_import);
    top->addWidget(m_export);
    return top;
}

QHBoxLayout *CharacterIdentificationPage::buildSearchRow()
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("MJ code, Juki code, Koseki number or the character"));
    m_searchButton = new QPushButton(tr("Search"), this);
    m_backToCandidates = new QPushButton(tr("Back to candidates"), this);
    auto *search = new QHBoxLayout;
    search->addWidget(m_search, 1);
    search->addWidget(m_searchButton);
    search->addWidget(m_backToCandidates);
    return search;
}

QHBoxLayout *CharacterIdentificationPage::buildActionRow()
{
    m_decide = new QPushButton(tr("Decide (Enter)"), this);
    m_decide->setDefault(true);
    m_undecide = new QPushButton(tr("Undo decision"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addWidget(m_undecide);
    actions->addWidget(m_decide);
    return actions;
}

void CharacterIdentificationPage::connectActions()
{
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_import, &QPushButton::clicked, this, &CharacterIdentificationPage::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &CharacterIdentificationPage::exportDecided);
    connect(m_glyphs, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            loadGlyph(item->data(IdRole).toLongLong());
    });
    connect(m_candidates, &CandidateList::decideRequested, this,
            &CharacterIdentificationPage::decide);
    connect(m_decide, &QPushButton::clicked, this,
            [this] { decide(m_candidates->currentMjCode()); });
    connect(m_undecide, &QPushButton::clicked, this, &CharacterIdentificationPage::undecide);
    const auto search = [this] { searchCharacters(m_search->text()); };
    connect(m_search, &QLineEdit::returnPressed, this, search);
    connect(m_searchButton, &QPushButton::clicked, this, search);
    connect(m_backToCandidates, &QPushButton::clicked, this,
            &CharacterIdentificationPage::showCandidates);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_search->setFocus(); });
}

QString CharacterIdentificationPage::statusText() const
{
    return m_message->text();
}

void CharacterIdentificationPage::reload()
{
    const QString status = m_filter->currentData().toString();
    ApiReply *r = m_api->get(glyphsPath(), QUrlQuery{{QStringLiteral("status"), status}});
    connect(r, &ApiReply::finished, this, [this, r] {
        if (!r->ok())
            return showMessage(r->error().message(), true);
        const QJsonArray glyphs = r->result().list(QStringLiteral("glyphs"));
        const QString keep = !m_pendingVendorCode.isEmpty()
                                 ? m_pendingVendorCode
                                 : m_glyph.value(QStringLiteral("vendorCode")).toString();
        const QSignalBlocker block(m_glyphs);
        m_glyphs->clear();
        int undecided = 0;
        int select = 0;
        for (const QJsonValue &v : glyphs) {
            const QJsonObject g = v.toObject();
            const bool decided = g.value(QStringLiteral("status")).toString()
                                 == QLatin1String("decided");
            undecided += decided ? 0 : 1;
            const QString vendor = g.value(QStringLiteral("vendorCode")).toString();
            const QString text = decided
                ? tr("%1  → %2").arg(vendor, g.value(QStringLiteral("mjCode")).toString())
                : tr("%1  %2").arg(vendor, g.value(QStringLiteral("reading")).toString());
            auto *item = new QListWidgetItem(text, m_glyphs);
            item->setData(IdRole, g.value(QStringLiteral("id")).toInteger());
            item->setData(VendorRole, vendor);
            if (vendor == keep)
                select = m_glyphs->count() - 1;
        }
        m_summary->setText(tr("%n glyph(s) shown, %1 undecided", nullptr, int(glyphs.size()))
                               .arg(undecided));
        m_pendingVendorCode.clear();
        if (m_glyphs->count() > 0) {
            m_glyphs->setCurrentRow(select);
            loadGlyph(m_glyphs->currentItem()->data(IdRole).toLongLong());
        } else {
            showGlyph({});
        }
        emit listLoaded();
    });
}

void CharacterIdentificationPage::selectVendorCode(const QString &vendorCode)
{
    for (int i = 0; i < m_glyphs->count(); ++i) {
        if (m_glyphs->item(i)->data(VendorRole).toString() == vendorCode) {
            m_glyphs->setCurrentRow(i);
            return;
        }
    }
}

void CharacterIdentificationPage::loadGlyph(qint64 id)
{
    ApiReply *r = m_api->get(glyphsPath() + QStringLiteral("/%1").arg(id));
    connect(r, &ApiReply::finished, this, [this, r] {
        if (!r->ok())
            return showMessage(r->error().message(), true);
        showGlyph(r->json());
    });
}

void CharacterIdentificationPage::showGlyph(const QJsonObject &glyph)
{
    m_glyph = glyph;
    m_facts->showGlyph(glyph);
    const bool any = !glyph.isEmpty();
    const bool decided = glyph.value(QStringLiteral("status")).toString()
                         == QLatin1String("decided");
    m_search->clear();
    showCandidates();
    if (decided)
        m_candidates->selectMjCode(glyph.value(QStringLiteral("mjCode")).toString());
    m_decide->setEnabled(any);
    m_undecide->setEnabled(decided);
    emit glyphShown();
}

void CharacterIdentificationPage::showCandidates()
{
    const QJsonArray candidates = m_glyph.value(QStringLiteral("candidates")).toArray();
    m_candidates->setCharacters(candidates);
    m_backToCandidates->setEnabled(false);
    if (m_glyph.isEmpty())
        m_candidateTitle->clear();
    else if (candidates.isEmpty())
        m_candidateTitle->setText(tr("No candidates: search by code or character below."));
    else
        m_candidateTitle->setText(tr("Candidates (arrow keys to choose, Enter to decide):"));
    if (!candidates.isEmpty())
        m_candidates->setFocus();
}

void CharacterIdentificationPage::searchCharacters(const QString &query)
{
    if (query.trimmed().isEmpty())
        return showCandidates();
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::MigrationCharacters),
                             QUrlQuery{{QStringLiteral("q"), query.trimmed()}});
    connect(r, &ApiReply::finished, this, [this, r, query] {
        if (!r->ok())
            return showMessage(r->error().message(), true);
        const QJsonArray found = r->result().list(QStringLiteral("characters"));
        m_candidates->setCharacters(found);
        m_backToCandidates->setEnabled(true);
        m_candidateTitle->setText(found.isEmpty()
                                      ? tr("Nothing found for \"%1\".").arg(query)
                                      : tr("Search results for \"%1\":").arg(query));
        if (!found.isEmpty())
            m_candidates->setFocus();
    });
}

void CharacterIdentificationPage::decide(const QString &mjCode)
{
    if (m_glyph.isEmpty() || mjCode.isEmpty())
        return;
    const QString vendor = m_glyph.value(QStringLiteral("vendorCode")).toString();
    const QString path = glyphsPath() + QStringLiteral("/%1/decide")
                                            .arg(m_glyph.value(QStringLiteral("id")).toInteger());
    ApiReply *r = m_api->post(path, {{QStringLiteral("mjCode"), mjCode},
                                     {QStringLiteral("version"),
                                      m_glyph.value(QStringLiteral("version"))}});
    connect(r, &ApiReply::finished, this, [this, r, vendor, mjCode] {
        if (!r->ok()) {
            showMessage(r->error().message(), true);
            return reload();
        }
        showMessage(tr("%1 is decided as %2.").arg(vendor, mjCode));
        // The next undecided glyph comes up in the undecided view; stay on it otherwise.
        const int row = m_glyphs->currentRow();
        if (m_filter->currentData().toString() == QLatin1String("undecided")
            && row + 1 < m_glyphs->count())
            m_pendingVendorCode = m_glyphs->item(row + 1)->data(VendorRole).toString();
        reload();
    });
}

void CharacterIdentificationPage::undecide()
{
    if (m_glyph.isEmpty())
        return;
    const QString vendor = m_glyph.value(QStringLiteral("vendorCode")).toString();
    ApiReply *r = m_api->post(
        glyphsPath() + QStringLiteral("/%1/undecide")
                           .arg(m_glyph.value(QStringLiteral("id")).toInteger()),
        {{QStringLiteral("version"), m_glyph.value(QStringLiteral("version"))}});
    connect(r, &ApiReply::finished, this, [this, r, vendor] {
        if (!r->ok())
            showMessage(r->error().message(), true);
        else
            showMessage(tr("The decision on %1 was undone.").arg(vendor));
        reload();
    });
}

void CharacterIdentificationPage::chooseImportFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import legacy glyph list"), {}, tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return showMessage(tr("The file could not be read: %1").arg(file), true);
    importCsv(in.readAll(), file);
}

void CharacterIdentificationPage::importCsv(const QByteArray &utf8, const QString &fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(utf8);
    if (decoder.hasError())
        return showMessage(tr("%1 is not UTF-8. Save it as UTF-8 and import again.")
                               .arg(fileName), true);
    m_import->setEnabled(false);
    ApiReply *r = m_api->post(QString::fromLatin1(api::path::MigrationGlyphImport),
                              {{QStringLiteral("csv"), text}});
    connect(r, &ApiReply::finished, this, [this, r] {
        m_import->setEnabled(true);
        if (!r->ok())
            return showMessage(r->error().message(), true);
        const QJsonObject s = r->json();
        showMessage(tr("Imported: %1 new, %2 already known (their decisions kept), %3 undecided.")
                        .arg(s.value(QStringLiteral("added")).toInt())
                        .arg(s.value(QStringLiteral("updated")).toInt())
                        .arg(s.value(QStringLiteral("undecided")).toInt()));
        reload();
    });
}

void CharacterIdentificationPage::exportDecided()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export decided table"), QStringLiteral("decided-glyphs.csv"),
        tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::MigrationDecidedTable));
    connect(r, &ApiReply::finished, this, [this, r, file] {
        if (!r->ok())
            return showMessage(r->error().message(), true);
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(r->result().body) < 0 || !out.commit())
            return showMessage(tr("The file could not be written: %1").arg(file), true);
        showMessage(tr("Saved to %1.").arg(file));
    });
}

void CharacterIdentificationPage::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(message);
    emit messageShown(message);
}

} // namespace kikan::client
