// 住民票の照会 (residentinquirywidget.h).
#include "residentinquirywidget.h"

#include "inquirytables.h"
#include "residentformat.h"
#include "residentpersonpanel.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/paths.h"
#include "shared/core/dateinput.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

ResidentInquiryWidget::ResidentInquiryWidget(ApiClient *api, QWidget *parent)
    : QWidget(parent), m_api(api)
{
    QHBoxLayout *top = buildTopRow();
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("residentBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_error = makeErrorLabel(this);
    m_person = new ResidentPersonPanel(this);
    m_householdTitle = new QLabel(this);
    m_household = new HouseholdMemberTable(this);
    connect(m_household, &HouseholdMemberTable::memberChosen, this,
            &ResidentInquiryWidget::personChosen);
    m_history = new ResidentHistoryTable(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addWidget(m_person);
    layout->addWidget(m_householdTitle);
    layout->addWidget(m_household, 2);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history, 3);
    setTabOrder(m_date, m_moveWithin);
    setTabOrder(m_moveWithin, m_changes);
    setTabOrder(m_changes, m_certificate);
    setTabOrder(m_certificate, m_household);
    setTabOrder(m_household, m_history);
    setTabOrder(m_history, m_back);
}

// Back to the search, the title, 基準日 and the buttons of 異動 and 証明書.
QHBoxLayout *ResidentInquiryWidget::buildTopRow()
{
    m_back = new QPushButton(tr("&Back to search"), this);
    connect(m_back, &QPushButton::clicked, this, &ResidentInquiryWidget::backRequested);
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
    top->addWidget(m_back);
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(new QLabel(tr("As of:"), this));
    top->addWidget(m_date);
    top->addWidget(m_dateShown);
    top->addWidget(m_moveWithin);
    top->addWidget(m_changes);
    top->addWidget(m_certificate);
    return top;
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

QString ResidentInquiryWidget::itemText(const QString &key) const
{
    return m_person->itemText(key);
}

QTableWidget *ResidentInquiryWidget::householdTable() const
{
    return m_household;
}

QTableWidget *ResidentInquiryWidget::historyTable() const
{
    return m_history;
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
    m_person->clear();
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
    const QJsonObject p = inquiryPerson(answer);
    m_partyNo = p.value(QStringLiteral("partyNo")).toInteger();
    const bool foreign = flags.value(QStringLiteral("foreign")).toBool();

    m_title->setText(tr("Resident record"));
    m_dateShown->setText(
        tr("shown as of %1").arg(warekiText(answer.value(QStringLiteral("date")))));
    m_person->showPerson(p, household, foreign);
    showBanner(flags, onDate, foreign);
    m_moveWithin->setVisible(m_api->user().has(QStringLiteral("resident"),
                                               QStringLiteral("update")));
    m_moveWithin->setEnabled(flags.value(QStringLiteral("resident")).toBool()
                             && !flags.value(QStringLiteral("removed")).toBool());
    enableChanges(flags);
    m_certificate->setVisible(m_api->user().has(QStringLiteral("resident"),
                                                QStringLiteral("issue")));
    m_certificate->setEnabled(true);
    showHousehold(household);
    m_history->showHistory(answer.value(QStringLiteral("history")).toArray(),
                           p.value(QStringLiteral("historyNo")).toInteger());
    Q_EMIT loaded();
}

// 支援措置 (red, first), 除票, a planned 転出, not on the register that day, 外国人住民.
void ResidentInquiryWidget::showBanner(const QJsonObject &flags, bool onDate, bool foreign)
{
    QStringList warnings;
    QString colour = QStringLiteral("#e3f0fb; color: #0b3d66");
    if (flags.value(QStringLiteral("protected")).toBool()) {
        warnings << tr("Support measure (DV etc.) in force: do not disclose this person's "
                       "address; certificates only as the measure allows.");
        colour = QStringLiteral("#c62828; color: white; font-weight: bold");
    }
    if (flags.value(QStringLiteral("removed")).toBool()) {
        warnings << tr("Removed record: %1.").arg(statusText(jsonText(flags, "status")));
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
}

void ResidentInquiryWidget::showHousehold(const QJsonObject &household)
{
    const QJsonArray members = household.value(QStringLiteral("members")).toArray();
    const int restricted = household.value(QStringLiteral("restrictedMembers")).toInt();
    QString title = tr("Household %1 (%2 members)")
                        .arg(household.value(QStringLiteral("householdNo")).toInteger())
                        .arg(members.size() + restricted);
    if (restricted > 0)
        title += tr(" - %1 not shown (support measure)").arg(restricted);
    m_householdTitle->setText(title);
    m_household->showMembers(members, m_partyNo);
}

} // namespace kikan::client
