// 世帯変更 form (changehouseholdform.h).
#include "changehouseholdform.h"

#include "changemembers.h"

#include "client/net/apiclient.h"
#include "client/widgets/namefont.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/paths.h"

#include <QCheckBox>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace kikan::client {

HouseholdChangeForm::HouseholdChangeForm(ApiClient *api, const QString &kind, QWidget *parent)
    : ChangeFormBase(kind, BothDates, parent), m_api(api)
{
    if (kind == QLatin1String("household-merge")) {
        auto *box = new QWidget(this);
        auto *h = new QHBoxLayout(box);
        h->setContentsMargins(0, 0, 0, 0);
        m_target = new QLineEdit(box);
        m_target->setObjectName(QStringLiteral("toHouseholdNo"));
        m_target->setMaximumWidth(140);
        m_target->setPlaceholderText(tr("household no."));
        m_target->setToolTip(tr("Type the household number and press Enter to read it"));
        m_targetShown = new NameLabel({}, box);
        m_targetShown->setObjectName(QStringLiteral("targetHousehold"));
        h->addWidget(m_target);
        h->addWidget(m_targetShown, 1);
        addRow(tr("Household joined:"), box, QStringLiteral("toHouseholdNo"));
        alias(QStringLiteral("toHouseholdVersion"), QStringLiteral("toHouseholdNo"));
        // Enter (or leaving the field) reads the household; that Enter does not confirm.
        m_target->installEventFilter(this);
        connect(m_target, &QLineEdit::editingFinished, this, &HouseholdChangeForm::loadTarget);
    }
    m_members = new MemberChoice(this);
    m_members->setObjectName(QStringLiteral("members"));
    const bool split = kind == QLatin1String("household-split");
    addRow(split ? tr("Who forms the new household\n(and new relationships):")
           : kind == QLatin1String("household-merge")
               ? tr("Relationship to the joined\nhousehold's householder:")
               : tr("New householder and\nrelationships:"),
           m_members, split ? QStringLiteral("partyNos") : QStringLiteral("relationships"));
    if (split) {
        // One place for both lists: who leaves (ticked) and every new 続柄.
        alias(QStringLiteral("relationships"), QStringLiteral("partyNos"));
    }
    alias(QStringLiteral("householder"), split ? QStringLiteral("partyNos")
                                               : QStringLiteral("relationships"));
}

void HouseholdChangeForm::setCodes(const QJsonObject &codesAnswer)
{
    m_members->setRelationshipCodes(
        codesAnswer.value(QStringLiteral("codes"))[QStringLiteral("relationships")].toArray());
}

void HouseholdChangeForm::setInquiry(const QJsonObject &inquiry)
{
    ChangeFormBase::setInquiry(inquiry);
    m_members->setMembers(m_household.value(QStringLiteral("members")).toArray(),
                          m_kind == QLatin1String("household-split"));
}

bool HouseholdChangeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // A new number is read first; Enter on the number already read confirms as elsewhere.
        if ((key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_target->text().trimmed() != m_requested) {
            loadTarget();
            return true;
        }
    }
    return ChangeFormBase::eventFilter(watched, event);
}

void HouseholdChangeForm::loadTarget()
{
    const QString typed = m_target->text().trimmed();
    if (typed == m_requested)
        return;
    m_requested = typed;
    m_targetHousehold = {};
    m_targetShown->clear();
    if (typed.isEmpty())
        return;
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::ResidentHouseholds) + QLatin1Char('/')
                             + typed);
    connect(r, &ApiReply::finished, this, [this, r] {
        if (r->ok()) {
            m_targetHousehold = r->json().value(QStringLiteral("household")).toObject();
            if (m_targetHousehold.isEmpty())
                m_targetHousehold = r->json();
            m_targetShown->setText(
                tr("Householder %1 (%2 members)")
                    .arg(m_targetHousehold.value(QStringLiteral("householderName")).toString())
                    .arg(m_targetHousehold.value(QStringLiteral("members")).toArray().size()));
        } else {
            showFieldErrors({{QStringLiteral("toHouseholdNo"), r->error().message()}});
        }
        Q_EMIT targetLoaded();
    });
}

QJsonObject HouseholdChangeForm::body() const
{
    QJsonObject b = ChangeFormBase::body();
    b.insert(QStringLiteral("relationships"), m_members->relationships());
    if (m_kind == QLatin1String("household-split")) {
        QJsonArray parties;
        for (qint64 p : m_members->checkedParties())
            parties.append(p);
        b.insert(QStringLiteral("partyNos"), parties);
    }
    if (m_target) {
        b.insert(QStringLiteral("toHouseholdNo"),
                 m_targetHousehold.isEmpty() ? QJsonValue(m_target->text().trimmed())
                                             : m_targetHousehold.value(QStringLiteral("householdNo")));
        b.insert(QStringLiteral("toHouseholdVersion"),
                 m_targetHousehold.value(QStringLiteral("version")));
    }
    return b;
}

FieldErrors HouseholdChangeForm::check() const
{
    FieldErrors out = ChangeFormBase::check();
    const QJsonArray relationships = m_members->relationships();
    int heads = 0;
    for (const QJsonValue &r : relationships)
        heads += r[QStringLiteral("relationshipCode")].toString() == QLatin1String("02");
    if (m_kind == QLatin1String("householder-change") && heads != 1) {
        out.append({QStringLiteral("relationships"),
                    tr("Choose exactly one new householder (02).")});
    } else if (m_kind == QLatin1String("household-split")) {
        const qsizetype leaving = m_members->checkedParties().size();
        if (leaving == 0)
            out.append({QStringLiteral("partyNos"), tr("Tick who forms the new household.")});
        else if (leaving >= m_members->count())
            out.append({QStringLiteral("partyNos"),
                        tr("Not every member can leave: that is a move, not a split.")});
    } else if (m_kind == QLatin1String("household-merge")) {
        if (m_targetHousehold.isEmpty()) {
            out.append({QStringLiteral("toHouseholdNo"),
                        tr("Type the number of the household joined and press Enter.")});
        }
        for (int i = 0; i < m_members->count(); ++i) {
            if (!m_members->hasNewRelationship(i)) {
                out.append({QStringLiteral("relationships"),
                            tr("Choose every member's relationship to the householder they "
                               "join.")});
                break;
            }
        }
    }
    return out;
}

} // namespace kikan::client
