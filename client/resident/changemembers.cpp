// Household members with their new 続柄 (changemembers.h).
#include "changemembers.h"

#include "client/widgets/namefont.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>

namespace kikan::client {

MemberChoice::MemberChoice(QWidget *parent) : QScrollArea(parent)
{
    m_inner = new QWidget(this);
    m_grid = new QGridLayout(m_inner);
    m_grid->setContentsMargins(4, 2, 4, 2);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 1);
    setWidget(m_inner);
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    setMinimumHeight(96);
    setMaximumHeight(190);
    setFocusPolicy(Qt::NoFocus);
}

void MemberChoice::setRelationshipCodes(const QJsonArray &codes)
{
    m_codes = codes;
    for (const Row &r : std::as_const(m_rows)) {
        r.relationship->clear();
        r.relationship->addItem(tr("(no change)"), QString());
        for (const QJsonValue &c : m_codes) {
            r.relationship->addItem(c[QStringLiteral("code")].toString() + QLatin1Char(' ')
                                        + c[QStringLiteral("name")].toString(),
                                    c[QStringLiteral("code")].toString());
        }
    }
}

void MemberChoice::setMembers(const QJsonArray &members, bool checkable, qint64 except)
{
    for (const Row &r : std::as_const(m_rows)) {
        delete r.check;
        delete r.relationship;
    }
    m_rows.clear();
    m_checkable = checkable;
    for (const QJsonValue &v : members) {
        const QJsonObject m = v.toObject();
        const qint64 party = m.value(QStringLiteral("partyNo")).toInteger();
        if (party == except || m.value(QStringLiteral("status")).toString()
                                   != QLatin1String("resident"))
            continue;
        Row r{party, m.value(QStringLiteral("name")).toString(),
              m.value(QStringLiteral("relationshipText")).toString(), nullptr, nullptr};
        r.check = new QCheckBox(QStringLiteral("%1（%2）").arg(r.name, r.current), m_inner);
        r.check->setFont(nameFont());
        r.check->setObjectName(QStringLiteral("member.%1").arg(party));
        if (!checkable) {
            r.check->setFocusPolicy(Qt::NoFocus);
            r.check->setAttribute(Qt::WA_TransparentForMouseEvents);
            r.check->setStyleSheet(QStringLiteral("QCheckBox::indicator { width: 0; }"));
        }
        r.relationship = new QComboBox(m_inner);
        r.relationship->setObjectName(QStringLiteral("relationship.%1").arg(party));
        r.relationship->setMinimumWidth(150);
        connect(r.check, &QCheckBox::toggled, this, &MemberChoice::edited);
        connect(r.relationship, &QComboBox::activated, this, &MemberChoice::edited);
        const int row = int(m_rows.size());
        m_grid->addWidget(r.check, row, 0);
        m_grid->addWidget(r.relationship, row, 1);
        m_grid->setRowStretch(row, 0);
        m_rows.append(r);
    }
    m_grid->setRowStretch(int(m_rows.size()), 1); // the members at the top, the room below
    setRelationshipCodes(m_codes);
    QWidget *previous = nullptr;
    for (const Row &r : std::as_const(m_rows)) {
        if (previous)
            setTabOrder(previous, checkable ? static_cast<QWidget *>(r.check) : r.relationship);
        if (checkable)
            setTabOrder(r.check, r.relationship);
        previous = r.relationship;
    }
}

int MemberChoice::rowOf(qint64 partyNo) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).partyNo == partyNo)
            return i;
    }
    return -1;
}

bool MemberChoice::setNewRelationship(qint64 partyNo, const QString &code)
{
    const int row = rowOf(partyNo);
    if (row < 0)
        return false;
    const int index = m_rows.at(row).relationship->findData(code);
    m_rows.at(row).relationship->setCurrentIndex(index);
    return index >= 0;
}

QList<qint64> MemberChoice::checkedParties() const
{
    QList<qint64> out;
    for (const Row &r : m_rows) {
        if (m_checkable && r.check->isChecked())
            out << r.partyNo;
    }
    return out;
}

bool MemberChoice::hasNewRelationship(int row) const
{
    return !m_rows.at(row).relationship->currentData().toString().isEmpty();
}

QJsonArray MemberChoice::relationships() const
{
    QJsonArray out;
    for (const Row &r : m_rows) {
        const QString code = r.relationship->currentData().toString();
        if (!code.isEmpty()) {
            out.append(QJsonObject{{QStringLiteral("partyNo"), r.partyNo},
                                   {QStringLiteral("relationshipCode"), code}});
        }
    }
    return out;
}

QString MemberChoice::summaryText() const
{
    QStringList parts;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const bool checked = m_checkable && r.check->isChecked();
        if (!checked && !hasNewRelationship(i))
            continue;
        QString part = r.name;
        if (checked)
            part += QStringLiteral(" ✓");
        if (hasNewRelationship(i))
            part += QStringLiteral(" → ")
                    + r.relationship->currentText().section(QLatin1Char(' '), 1);
        parts << part;
    }
    return parts.join(QStringLiteral("、"));
}

} // namespace kikan::client
