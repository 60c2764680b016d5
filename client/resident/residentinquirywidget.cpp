// 住民票の照会 (residentinquirywidget.h).
#include "residentinquirywidget.h"

#include "residentformat.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "client/widgets/namefont.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/paths.h"
#include "shared/core/dateinput.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
constexpr int kPartyRole = Qt::UserRole + 1;
const QColor kGrey(120, 120, 120);

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setItemDelegate(new NameItemDelegate(t)); // names with an IVS show their variant glyph
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(22);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}
} // namespace

ResidentInquiryWidget::ResidentInquiryWidget(ApiClient *api, QWidget *parent)
    : QWidget(parent), m_api(api)
{
    auto *back = new QPushButton(tr("&Back to search"), this);
    connect(back, &QPushButton::clicked, this, &ResidentInquiryWidget::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ResidentInquiryWidget::backRequested);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_date = new QLineEdit(this);
    m_date->setObjectName(QStringLiteral("asOfDate"));
    m_date->setPlaceholderText(tr("today"));
    m_date->setToolTip(tr("View the record as it was on this date (e.g. 5060401, R6.4.1)"));
    m_date->setMaximumWidth(110);
    connect(m_date, &QLineEdit::returnPressed, this, &ResidentInquiryWidget::applyDate);
    m_dateShown = new QLabel(this);
    m_moveWithin = new QPushButton(tr("&Move within town..."), this);
    connect(m_moveWithin, &QPushButton::clicked, this,
            [this] { Q_EMIT changeRequested(QStringLiteral("move-within")); });
    m_changes = new QPushButton(tr("C&hanges"), this);
    m_changes->setObjectName(QStringLiteral("changesMenu"));
    m_changes->setToolTip(tr("Every change of this person or household, with its shortcut"));
    addChangeActions();
    m_certificate = new QPushButton(tr("&Certificate..."), this);
    m_certificate->setObjectName(QStringLiteral("issueCertificate"));
    m_certificate->setToolTip(tr("Issue a copy of the resident record or another certificate "
                                 "(Ctrl+P)"));
    connect(m_certificate, &QPushButton::clicked, this,
            &ResidentInquiryWidget::certificateRequested);
    auto *certificateKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    certificateKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(certificateKey, &QShortcut::activated, this, [this] {
        if (m_certificate->isVisible() && m_certificate->isEnabled())
            Q_EMIT certificateRequested();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(new QLabel(tr("As of:"), this));
    top->addWidget(m_date);
    top->addWidget(m_dateShown);
    top->addWidget(m_moveWithin);
    top->addWidget(m_changes);
    top->addWidget(m_certificate);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("residentBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_error = makeErrorLabel(this);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(3);
    addItem(QStringLiteral("name"), tr("Name"), 0, 0, 2);
    addItem(QStringLiteral("nameKana"), tr("Reading"), 0, 2, 2);
    addItem(QStringLiteral("birthDate"), tr("Born"), 1, 0);
    addItem(QStringLiteral("sex"), tr("Sex"), 1, 1);
    addItem(QStringLiteral("relationshipText"), tr("Relationship"), 1, 2);
    addItem(QStringLiteral("residentKind"), tr("Kind"), 1, 3);
    addItem(QStringLiteral("partyNo"), tr("Party no."), 2, 0);
    addItem(QStringLiteral("householdNo"), tr("Household no."), 2, 1);
    addItem(QStringLiteral("residentRecordCode"), tr("Record code"), 2, 2);
    addItem(QStringLiteral("myNumber"), tr("My Number"), 2, 3);
    addItem(QStringLiteral("address"), tr("Address"), 3, 0, 3);
    addItem(QStringLiteral("postalCode"), tr("Postal code"), 3, 3);
    addItem(QStringLiteral("addressSupplement"), tr("Building"), 4, 0, 2);
    addItem(QStringLiteral("householderName"), tr("Householder"), 4, 2, 2);
    addItem(QStringLiteral("residentSince"), tr("Resident since"), 5, 0);
    addItem(QStringLiteral("addressSince"), tr("At address since"), 5, 1);
    addItem(QStringLiteral("status"), tr("Status"), 5, 2);
    addItem(QStringLiteral("historyNo"), tr("History no."), 5, 3);
    addItem(QStringLiteral("previousAddress"), tr("Previous address"), 6, 0, 2);
    addItem(QStringLiteral("destinationAddress"), tr("Moved out to"), 6, 2, 2);
    addItem(QStringLiteral("registeredDomicile"), tr("Registered domicile"), 7, 0, 2);
    addItem(QStringLiteral("familyRegisterHead"), tr("Head of family register"), 7, 2);
    addItem(QStringLiteral("formerFamilyName"), tr("Former surname"), 7, 3);
    addItem(QStringLiteral("nationality"), tr("Nationality"), 8, 0);
    addItem(QStringLiteral("residenceStatus"), tr("Residence status"), 8, 1);
    addItem(QStringLiteral("periodOfStay"), tr("Period of stay"), 8, 2);
    addItem(QStringLiteral("stayExpiryDate"), tr("Stay expires"), 8, 3);
    addItem(QStringLiteral("residenceCardNo"), tr("Residence card no."), 9, 0);
    addItem(QStringLiteral("article30_45Class"), tr("Art. 30-45 class"), 9, 1);
    addItem(QStringLiteral("alias"), tr("Alias"), 9, 2);
    addItem(QStringLiteral("nameRoman"), tr("Name (Roman)"), 9, 3);
    for (int c = 1; c < 8; c += 2)
        m_grid->setColumnStretch(c, 1);
    m_name = m_items.value(QStringLiteral("name"));

    m_householdTitle = new QLabel(this);
    m_household = makeTable({tr("Name"), tr("Relationship"), tr("Born"), tr("Sex"),
                             tr("Status"), tr("Party no.")}, this);
    m_household->setObjectName(QStringLiteral("householdMembers"));
    m_household->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto open = [this] {
        const int row = m_household->currentRow();
        if (row >= 0)
            Q_EMIT personChosen(m_household->item(row, 0)->data(kPartyRole).toLongLong());
    };
    connect(m_household, &QTableWidget::activated, this, open);
    connect(m_household, &QTableWidget::doubleClicked, this, open);
    m_history = makeTable({tr("No."), tr("Change"), tr("Effective"), tr("Notified"),
                           tr("Name"), tr("Address"), tr("Relationship"), tr("Status"),
                           tr("Note")}, this);
    m_history->setObjectName(QStringLiteral("residentHistory"));
    m_history->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addLayout(m_grid);
    layout->addWidget(m_householdTitle);
    layout->addWidget(m_household, 2);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history, 3);
    setTabOrder(m_date, m_moveWithin);
    setTabOrder(m_moveWithin, m_changes);
    setTabOrder(m_changes, m_certificate);
    setTabOrder(m_certificate, m_household);
    setTabOrder(m_household, m_history);
    setTabOrder(m_history, back);
}

void ResidentInquiryWidget::addChangeActions()
{
    // The 異動 of a person in 照会 (docs/client.md "異動"): Ctrl+Shift+letter from anywhere in
    // 照会, or Alt+H and the underlined letter in the menu.
    struct Entry {
        const char *kind;
        const char *text;
        Qt::Key key;
    };
    const Entry entries[] = {
        {"move-within", QT_TR_NOOP("&Move within town..."), Qt::Key_M},
        {"move-out", QT_TR_NOOP("Move-&out..."), Qt::Key_O},
        {"move-out-cancel", QT_TR_NOOP("Cancel the move-o&ut..."), Qt::Key_U},
        {"birth", QT_TR_NOOP("&Birth into this household..."), Qt::Key_B},
        {"death", QT_TR_NOOP("&Death..."), Qt::Key_D},
        {"householder-change", QT_TR_NOOP("Change of &householder..."), Qt::Key_H},
        {"household-split", QT_TR_NOOP("Household &split..."), Qt::Key_S},
        {"household-merge", QT_TR_NOOP("Household mer&ger..."), Qt::Key_G},
        {"official-correction", QT_TR_NOOP("Correction &ex officio..."), Qt::Key_E},
        {"official-removal", QT_TR_NOOP("&Removal ex officio..."), Qt::Key_R},
        {"foreign-resident-update", QT_TR_NOOP("&Foreign resident items..."), Qt::Key_F},
        {"correction", QT_TR_NOOP("Correct an entry (&K)..."), Qt::Key_K},
    };
    auto *menu = new QMenu(this);
    for (const Entry &e : entries) {
        const QString kind = QLatin1String(e.kind);
        auto *action = new QAction(tr(e.text), this);
        action->setObjectName(QStringLiteral("change.") + kind);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | e.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setShortcutVisibleInContextMenu(true);
        connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT changeRequested(kind); });
        addAction(action); // the shortcut works while 照会 has the focus
        menu->addAction(action);
        if (kind == QLatin1String("move-out-cancel") || kind == QLatin1String("death")
            || kind == QLatin1String("household-merge"))
            menu->addSeparator();
        m_changeActions.insert(kind, action);
    }
    m_changes->setMenu(menu);
}

void ResidentInquiryWidget::enableChanges(const QJsonObject &flags)
{
    const bool may = m_api->user().has(QStringLiteral("resident"), QStringLiteral("update"));
    const bool resident = flags.value(QStringLiteral("resident")).toBool()
                          && !flags.value(QStringLiteral("removed")).toBool();
    bool movedOut = false;
    for (const QJsonValue &h : m_inquiry.value(QStringLiteral("history")).toArray()) {
        movedOut = movedOut || (!h[QStringLiteral("superseded")].toBool()
                                && h[QStringLiteral("change")][QStringLiteral("kind")].toString()
                                       == QLatin1String("move_out"));
    }
    const bool foreign = flags.value(QStringLiteral("foreign")).toBool();
    for (auto it = m_changeActions.begin(); it != m_changeActions.end(); ++it) {
        bool on = resident;
        if (it.key() == QLatin1String("move-out-cancel"))
            on = movedOut;
        else if (it.key() == QLatin1String("correction"))
            on = !m_inquiry.isEmpty();
        else if (it.key() == QLatin1String("foreign-resident-update"))
            on = resident && foreign;
        it.value()->setEnabled(may && on);
    }
    m_changes->setVisible(may);
}

void ResidentInquiryWidget::addItem(const QString &key, const QString &label, int row,
                                    int column, int span)
{
    auto *caption = new QLabel(label, this);
    caption->setStyleSheet(QStringLiteral("color: #555;"));
    QLabel *value = key == QLatin1String("name") ? new NameLabel({}, this, 15) : new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long values must not widen the screen beyond 1024 pixels: they are cut, the tooltip has all.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setMinimumWidth(40);
    m_grid->addWidget(caption, row, column * 2);
    m_grid->addWidget(value, row, column * 2 + 1, 1, span * 2 - 1);
    m_items.insert(key, value);
    caption->setObjectName(key + QStringLiteral(".caption"));
    m_items.insert(key + QStringLiteral(".caption"), caption);
}

void ResidentInquiryWidget::setItem(const QString &key, const QString &value)
{
    if (QLabel *l = m_items.value(key)) {
        l->setText(value);
        l->setToolTip(value);
    }
}

QString ResidentInquiryWidget::itemText(const QString &key) const
{
    const QLabel *l = m_items.value(key);
    return l ? l->text() : QString();
}

QString ResidentInquiryWidget::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

QString ResidentInquiryWidget::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ResidentInquiryWidget::load(qint64 partyNo, QDate date)
{
    if (partyNo != m_partyNo)
        m_date->clear();
    m_partyNo = partyNo;
    m_asOf = date;
    QUrlQuery q;
    if (date.isValid())
        q.addQueryItem(QStringLiteral("date"), date.toString(Qt::ISODate));
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::ResidentPersons) + QLatin1Char('/')
                                 + QString::number(partyNo), q);
    connect(r, &ApiReply::finished, this, [this, r] {
        if (!r->ok()) {
            showError(r->error().message());
            return;
        }
        showInquiry(r->json());
    });
}

void ResidentInquiryWidget::reload()
{
    if (m_partyNo)
        load(m_partyNo, m_asOf);
}

void ResidentInquiryWidget::applyDate()
{
    const QString text = m_date->text().trimmed();
    if (text.isEmpty()) {
        load(m_partyNo);
        return;
    }
    const auto parsed = core::parseDate(text);
    if (!parsed.ok()) {
        m_error->setText(tr("As of: %1").arg(parsed.error().message));
        m_error->show();
        return;
    }
    load(m_partyNo, parsed.value().date);
}

void ResidentInquiryWidget::showError(const QString &message)
{
    // Nothing of a person the server refused (支援措置, not found) stays on screen.
    m_inquiry = {};
    for (QLabel *l : std::as_const(m_items)) {
        if (!l->objectName().endsWith(QLatin1String(".caption")))
            l->clear();
    }
    m_household->setRowCount(0);
    m_history->setRowCount(0);
    m_banner->hide();
    m_moveWithin->setEnabled(false);
    enableChanges({});
    m_certificate->setEnabled(false);
    m_error->setText(message);
    m_error->show();
    Q_EMIT loaded();
}

void ResidentInquiryWidget::showInquiry(const QJsonObject &answer)
{
    m_error->hide();
    m_inquiry = answer;
    const QJsonObject flags = answer.value(QStringLiteral("flags")).toObject();
    const QJsonObject household = answer.value(QStringLiteral("household")).toObject();
    const bool onDate = flags.value(QStringLiteral("existedOnDate")).toBool();
    const QJsonObject p = answer.value(onDate ? QStringLiteral("person")
                                              : QStringLiteral("latest")).toObject();
    m_partyNo = p.value(QStringLiteral("partyNo")).toInteger();
    const bool foreign = flags.value(QStringLiteral("foreign")).toBool();

    m_title->setText(tr("Resident record"));
    m_dateShown->setText(
        tr("shown as of %1").arg(warekiText(answer.value(QStringLiteral("date")))));
    for (const char *key : {"name", "nameKana", "relationshipText", "residentRecordCode",
                            "address", "postalCode", "addressSupplement", "previousAddress",
                            "destinationAddress", "registeredDomicile", "familyRegisterHead",
                            "formerFamilyName", "nationality", "residenceStatus", "periodOfStay",
                            "residenceCardNo", "article30_45Class", "alias", "nameRoman",
                            "partyNo", "householdNo", "historyNo"}) {
        setItem(QLatin1String(key), str(p, key));
    }
    setItem(QStringLiteral("address"), str(p, "address"));
    const QString myNumber = str(p, "myNumber");
    setItem(QStringLiteral("myNumber"), myNumber.isEmpty() ? tr("(none)") : myNumber);
    for (const char *key : {"birthDate", "residentSince", "addressSince", "stayExpiryDate"})
        setItem(QLatin1String(key), warekiText(p.value(QLatin1String(key))));
    setItem(QStringLiteral("sex"), sexText(str(p, "sex")));
    setItem(QStringLiteral("residentKind"), residentKindText(str(p, "residentKind")));
    setItem(QStringLiteral("status"), statusText(str(p, "status")));
    setItem(QStringLiteral("householderName"),
            household.value(QStringLiteral("householderName")).toString());
    // 外国人住民 items only for a foreign resident, 本籍・筆頭者 only for a Japanese national.
    for (const char *key : {"nationality", "residenceStatus", "periodOfStay", "stayExpiryDate",
                            "residenceCardNo", "article30_45Class", "alias", "nameRoman"}) {
        m_items.value(QLatin1String(key))->setVisible(foreign);
        m_items.value(QLatin1String(key) + QStringLiteral(".caption"))->setVisible(foreign);
    }
    for (const char *key : {"registeredDomicile", "familyRegisterHead"}) {
        m_items.value(QLatin1String(key))->setVisible(!foreign);
        m_items.value(QLatin1String(key) + QStringLiteral(".caption"))->setVisible(!foreign);
    }

    QStringList warnings;
    QString colour = QStringLiteral("#e3f0fb; color: #0b3d66");
    if (flags.value(QStringLiteral("protected")).toBool()) {
        warnings << tr("Support measure (DV etc.) in force: do not disclose this person's "
                       "address; certificates only as the measure allows.");
        colour = QStringLiteral("#c62828; color: white; font-weight: bold");
    }
    if (flags.value(QStringLiteral("removed")).toBool()) {
        warnings << tr("Removed record: %1.").arg(statusText(str(flags, "status")));
        if (!flags.value(QStringLiteral("protected")).toBool())
            colour = QStringLiteral("#fff3cd; color: #6b4e00; font-weight: bold");
    }
    if (flags.value(QStringLiteral("plannedMoveOut")).toBool())
        warnings << tr("A move-out is planned.");
    if (!onDate)
        warnings << tr("Not on the register on that date: the latest state is shown.");
    if (foreign)
        warnings << tr("Foreign resident");
    m_banner->setVisible(!warnings.isEmpty());
    m_banner->setText(warnings.join(QStringLiteral("　／　")));
    m_banner->setStyleSheet(QStringLiteral("padding: 4px; background: %1;").arg(colour));
    m_moveWithin->setVisible(m_api->user().has(QStringLiteral("resident"),
                                               QStringLiteral("update")));
    m_moveWithin->setEnabled(flags.value(QStringLiteral("resident")).toBool()
                             && !flags.value(QStringLiteral("removed")).toBool());
    enableChanges(flags);

    m_certificate->setVisible(m_api->user().has(QStringLiteral("resident"),
                                                QStringLiteral("issue")));
    m_certificate->setEnabled(true);

    const QJsonArray members = household.value(QStringLiteral("members")).toArray();
    const int restricted = household.value(QStringLiteral("restrictedMembers")).toInt();
    QString title = tr("Household %1 (%2 members)")
                        .arg(household.value(QStringLiteral("householdNo")).toInteger())
                        .arg(members.size() + restricted);
    if (restricted > 0)
        title += tr(" - %1 not shown (support measure)").arg(restricted);
    m_householdTitle->setText(title);
    m_household->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const QJsonObject m = members.at(row).toObject();
        const QStringList values{str(m, "name"), str(m, "relationshipText"),
                                 warekiText(m.value(QStringLiteral("birthDate"))),
                                 sexText(str(m, "sex")), statusText(str(m, "status")),
                                 str(m, "partyNo")};
        const bool self = m.value(QStringLiteral("partyNo")).toInteger() == m_partyNo;
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            QFont f = c == 0 ? nameFont() : item->font();
            f.setBold(self);
            item->setFont(f);
            item->setData(kPartyRole, m.value(QStringLiteral("partyNo")).toInteger());
            m_household->setItem(row, c, item);
        }
    }

    const QJsonArray history = answer.value(QStringLiteral("history")).toArray();
    m_history->setRowCount(int(history.size()));
    const qint64 shownHistory = p.value(QStringLiteral("historyNo")).toInteger();
    for (int row = 0; row < history.size(); ++row) {
        const QJsonObject h = history.at(row).toObject();
        const QJsonObject change = h.value(QStringLiteral("change")).toObject();
        const bool superseded = h.value(QStringLiteral("superseded")).toBool();
        const QStringList values{
            str(h, "historyNo"), str(change, "kindName"),
            warekiShortText(change.value(QStringLiteral("effectiveDate"))),
            warekiShortText(change.value(QStringLiteral("notifiedDate"))), str(h, "name"),
            str(h, "address"), str(h, "relationshipText"), statusText(str(h, "status")),
            superseded ? tr("Corrected") : QString()};
        const bool shown = !superseded && h.value(QStringLiteral("historyNo")).toInteger()
                                              == shownHistory;
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c));
            QFont f = c == 4 ? nameFont() : item->font();
            f.setBold(shown);
            f.setStrikeOut(superseded && c != 8);
            item->setFont(f);
            item->setToolTip(values.at(c));
            if (superseded)
                item->setForeground(kGrey);
            m_history->setItem(row, c, item);
        }
    }
    Q_EMIT loaded();
}

} // namespace kikan::client
