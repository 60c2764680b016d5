// The 住民記録 search list (residentsearchwidget.h).
#include "residentsearchwidget.h"

#include "residentformat.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "client/widgets/namefont.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/paths.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
enum Column { Match, Name, Kana, Birth, Sex, Relationship, Address, Status, PartyNo, Count };
constexpr int kPartyRole = Qt::UserRole + 1;
} // namespace

ResidentSearchWidget::ResidentSearchWidget(ApiClient *api, QWidget *parent)
    : QWidget(parent), m_api(api)
{
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("residentQuery"));
    m_query->setPlaceholderText(tr("Name, reading, birth date (e.g. 4020115), number or address"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_includeRemoved = new QCheckBox(tr("Include &removed records"), this);
    m_searchButton = new QPushButton(tr("&Search"), this);
    m_moveIn = new QPushButton(tr("Move &in..."), this);
    m_moveIn->setToolTip(tr("Enter a move-in (転入) from another municipality"));
    m_error = makeErrorLabel(this);
    m_summary = new QLabel(this);

    buildTable();
    m_previous = new QPushButton(tr("&Previous"), this);
    m_next = new QPushButton(tr("&Next"), this);
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    connect(m_previous, &QPushButton::clicked, this,
            [this] { runSearch(qMax(0, m_offset - kPageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { runSearch(m_offset + kPageSize); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_searchButton, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(m_includeRemoved, &QCheckBox::toggled, this, [this] {
        if (!m_lastQuery.isEmpty())
            runSearch(0);
    });
    connect(m_moveIn, &QPushButton::clicked, this, &ResidentSearchWidget::moveInRequested);
    m_moveIn->setVisible(m_api->user().has(QStringLiteral("resident"),
                                           QStringLiteral("update")));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Search:"), this));
    bar->addWidget(m_query, 1);
    bar->addWidget(m_searchButton);
    bar->addWidget(m_includeRemoved);
    bar->addStretch();
    bar->addWidget(m_moveIn);
    auto *pages = new QHBoxLayout;
    pages->addWidget(m_summary, 1);
    pages->addWidget(m_previous);
    pages->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(pages);
    setTabOrder(m_query, m_searchButton);
    setTabOrder(m_searchButton, m_includeRemoved);
    setTabOrder(m_includeRemoved, m_table);
    setFocusProxy(m_query);
}

void ResidentSearchWidget::buildTable()
{
    m_table = new QTableWidget(0, Count, this);
    m_table->setObjectName(QStringLiteral("residentResults"));
    m_table->setItemDelegate(new NameItemDelegate(m_table)); // IVS names: the variant glyph
    m_table->setHorizontalHeaderLabels({tr("Match"), tr("Name"), tr("Reading"), tr("Born"),
                                        tr("Sex"), tr("Relationship"), tr("Address"),
                                        tr("Status"), tr("Party no.")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    QHeaderView *h = m_table->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(Address, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::activated, this, &ResidentSearchWidget::openCurrent);
    connect(m_table, &QTableWidget::doubleClicked, this, &ResidentSearchWidget::openCurrent);
}

void ResidentSearchWidget::search(const QString &text)
{
    m_query->setText(text);
    m_lastQuery = text.trimmed();
    if (m_lastQuery.isEmpty()) {
        showError(tr("Type a name, a reading, a birth date or a number."));
        return;
    }
    runSearch(0);
}

void ResidentSearchWidget::runSearch(int offset)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), m_lastQuery);
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.addQueryItem(QStringLiteral("includeRemoved"),
                   m_includeRemoved->isChecked() ? QStringLiteral("true")
                                                 : QStringLiteral("false"));
    m_summary->setText(tr("Searching..."));
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::ResidentSearch), q);
    connect(r, &ApiReply::finished, this, [this, r] {
        if (!r->ok()) {
            const auto fields = problemFields(r->result());
            showError(fields.isEmpty() ? r->error().message() : fields.first().second);
            return;
        }
        showResults(r->json());
    });
}

void ResidentSearchWidget::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_summary->clear();
    m_table->setRowCount(0);
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    Q_EMIT searched();
}

void ResidentSearchWidget::showResults(const QJsonObject &answer)
{
    m_error->hide();
    const QJsonArray items = answer.value(QStringLiteral("items")).toArray();
    m_total = answer.value(QStringLiteral("total")).toInt();
    const bool more = answer.value(QStringLiteral("more")).toBool(); // total is a lower bound
    m_offset = answer.value(QStringLiteral("offset")).toInt();
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row)
        showRow(row, items.at(row).toObject());
    if (m_total == 0) {
        m_summary->setText(tr("No one found."));
    } else if (more) {
        m_summary->setText(tr("%1-%2 of more than %3: narrow the search")
                               .arg(m_offset + 1)
                               .arg(m_offset + int(items.size()))
                               .arg(m_total));
    } else {
        m_summary->setText(tr("%1-%2 of %3")
                               .arg(m_offset + 1)
                               .arg(m_offset + int(items.size()))
                               .arg(m_total));
    }
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + items.size() < m_total);
    if (!items.isEmpty())
        m_table->selectRow(0);
    Q_EMIT searched();
}

// One person found: the loose tier on a yellow background, removed records in grey.
void ResidentSearchWidget::showRow(int row, const QJsonObject &p)
{
    const QColor looseBackground(255, 248, 214);
    const QColor removedText(110, 110, 110);
    const bool loose = p.value(QStringLiteral("loose")).toBool();
    const bool removed = p.value(QStringLiteral("removed")).toBool();
    // Which name matched: the 旧氏 or the 通称 are said; the loose tier is marked.
    const QString by = p.value(QStringLiteral("matchedBy")).toString();
    QString match = by.startsWith(QLatin1String("former_name")) ? tr("Former surname")
                    : by.startsWith(QLatin1String("alias"))     ? tr("Alias")
                                                                : QString();
    if (loose)
        match = match.isEmpty() ? tr("Similar") : tr("%1 (similar)").arg(match);
    const QString values[Count] = {
        match,
        p.value(QStringLiteral("name")).toString(),
        p.value(QStringLiteral("nameKana")).toString(),
        warekiText(p.value(QStringLiteral("birthDate"))),
        sexText(p.value(QStringLiteral("sex")).toString()),
        p.value(QStringLiteral("relationshipText")).toString(),
        p.value(QStringLiteral("address")).toString(),
        statusText(p.value(QStringLiteral("status")).toString()),
        QString::number(p.value(QStringLiteral("partyNo")).toInteger()),
    };
    for (int c = 0; c < Count; ++c) {
        auto *item = new QTableWidgetItem(values[c]);
        if (c == Name)
            item->setFont(nameFont());
        if (loose)
            item->setBackground(looseBackground);
        if (removed)
            item->setForeground(removedText);
        item->setData(kPartyRole, p.value(QStringLiteral("partyNo")).toInteger());
        m_table->setItem(row, c, item);
    }
    if (loose)
        m_table->item(row, Match)->setToolTip(tr("Found by a looser spelling of the name"));
}

QString ResidentSearchWidget::summaryText() const
{
    return m_error->isVisible() ? m_error->text() : m_summary->text();
}

qint64 ResidentSearchWidget::partyNoAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, Name);
    return item ? item->data(kPartyRole).toLongLong() : 0;
}

void ResidentSearchWidget::openCurrent()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        Q_EMIT personChosen(partyNoAt(row));
}

bool ResidentSearchWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Down (or Up) in the box moves into the list, so the arrow keys then Enter open a person.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_table->rowCount() > 0) {
            m_table->setFocus();
            if (m_table->currentRow() < 0)
                m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kikan::client
