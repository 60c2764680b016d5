// The shared part of the 異動 entry forms (changeformbase.h).
#include "changeformbase.h"

#include "changemembers.h"

#include "residentformat.h"

#include "client/app/buttons.h"
#include "client/widgets/namefont.h"
#include "shared/core/dateinput.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace kikan::client {

ChangeFormBase::ChangeFormBase(const QString &kind, int dateRows, QWidget *parent)
    : QWidget(parent), m_kind(kind)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(2);
    if (dateRows & EffectiveDate) {
        m_effective = addDate(tr("Date of change:"), QStringLiteral("effectiveDate"));
        m_effective->setPlaceholderText(tr("e.g. 5070601 or R7.6.1"));
    }
    if (dateRows & NotifiedDate) {
        m_notified = addDate(tr("Date notified:"), QStringLiteral("notifiedDate"));
        m_notified->setPlaceholderText(tr("e.g. 5070602"));
    }
}

QLineEdit *ChangeFormBase::addDate(const QString &label, const QString &key)
{
    // The date as read (令和7年6月1日) beside what was typed, so a slip shows before Enter.
    auto *box = new QWidget(this);
    auto *h = new QHBoxLayout(box);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(box);
    edit->setObjectName(key);
    edit->setMaximumWidth(200);
    auto *echo = new QLabel(box);
    echo->setObjectName(QStringLiteral("dateEcho"));
    echo->setStyleSheet(QStringLiteral("color: #1f4e79;"));
    h->addWidget(edit);
    h->addWidget(echo, 1);
    connect(edit, &QLineEdit::textChanged, echo, [echo](const QString &text) {
        const auto parsed = core::parseDate(text.trimmed());
        echo->setText(parsed.ok() ? warekiText(parsed.value().date.toString(Qt::ISODate))
                                  : QString());
    });
    addRow(label, box, key);
    return edit;
}

QDate ChangeFormBase::today()
{
    return QDate::currentDate();
}

QString ChangeFormBase::dateValue(const QLineEdit *edit)
{
    if (!edit)
        return {};
    const QString typed = edit->text().trimmed();
    const auto parsed = core::parseDate(typed);
    return parsed.ok() ? parsed.value().date.toString(Qt::ISODate) : typed;
}

QLabel *ChangeFormBase::addRow(const QString &label, QWidget *field, const QString &key)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    v->addWidget(field);
    QLabel *error = makeErrorLabel(box);
    error->setObjectName(key + QStringLiteral(".error"));
    v->addWidget(error);
    m_form->addRow(label, box);
    m_errors.insert(key, error);
    box->setProperty("kikanField", QVariant::fromValue<QObject *>(field));
    // A message goes as soon as its field is edited.
    QList<QLineEdit *> edits = field->findChildren<QLineEdit *>();
    if (auto *e = qobject_cast<QLineEdit *>(field))
        edits << e;
    for (QLineEdit *e : edits)
        connect(e, &QLineEdit::textEdited, error, &QLabel::hide);
    if (auto *c = qobject_cast<QComboBox *>(field))
        connect(c, &QComboBox::activated, error, &QLabel::hide);
    if (auto *m = qobject_cast<MemberChoice *>(field))
        connect(m, &MemberChoice::edited, error, &QLabel::hide);
    return error;
}

void ChangeFormBase::setRowLabel(const QString &key, const QString &label)
{
    if (QLabel *error = m_errors.value(key)) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(error->parentWidget())))
            l->setText(label);
    }
}

QLineEdit *ChangeFormBase::addLine(const QString &label, const QString &key, bool name)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(key);
    if (name)
        e->setFont(nameFont());
    addRow(label, e, key);
    return e;
}

void ChangeFormBase::fillCodes(QComboBox *box, const QJsonArray &codes, bool blankFirst)
{
    const QVariant kept = box->currentData();
    box->clear();
    if (blankFirst)
        box->addItem(QString(), QString());
    for (const QJsonValue &c : codes) {
        box->addItem(c[QStringLiteral("code")].toString() + QLatin1Char(' ')
                         + c[QStringLiteral("name")].toString(),
                     c[QStringLiteral("code")].toString());
    }
    if (kept.isValid() && box->findData(kept) >= 0)
        box->setCurrentIndex(box->findData(kept));
}

void ChangeFormBase::addReasonRow()
{
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonNote"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. survey found no residence (実態調査)"));
    addRow(tr("Reason (ex officio):"), m_reason, QStringLiteral("reasonNote"));
}

void ChangeFormBase::setInquiry(const QJsonObject &inquiry)
{
    m_inquiry = inquiry;
    m_household = inquiry.value(QStringLiteral("household")).toObject();
}

void ChangeFormBase::addHousehold(QJsonObject &b) const
{
    if (m_household.isEmpty())
        return;
    b.insert(QStringLiteral("householdNo"), m_household.value(QStringLiteral("householdNo")));
    b.insert(QStringLiteral("householdVersion"), m_household.value(QStringLiteral("version")));
}

void ChangeFormBase::addPerson(QJsonObject &b) const
{
    b.insert(QStringLiteral("partyNo"), inquiryPerson(m_inquiry).value(QStringLiteral("partyNo")));
    // The person's version read at 照会: the server refuses an edit of a newer state (409).
    if (m_inquiry.contains(QStringLiteral("version")))
        b.insert(QStringLiteral("personVersion"), m_inquiry.value(QStringLiteral("version")));
}

QJsonObject ChangeFormBase::body() const
{
    QJsonObject b;
    if (m_effective)
        b.insert(QStringLiteral("effectiveDate"), dateValue(m_effective));
    if (m_notified)
        b.insert(QStringLiteral("notifiedDate"), dateValue(m_notified));
    if (m_reason)
        b.insert(QStringLiteral("reasonNote"), m_reason->text().trimmed());
    addHousehold(b);
    return b;
}

void ChangeFormBase::checkDate(FieldErrors &out, const QLineEdit *edit, const QString &key,
                               bool required, bool notFuture) const
{
    if (!edit)
        return;
    const QString typed = edit->text().trimmed();
    if (typed.isEmpty()) {
        if (required)
            out.append({key, tr("Enter the date.")});
        return;
    }
    const auto parsed = core::parseDate(typed);
    if (!parsed.ok()) {
        out.append({key, parsed.error().message});
        return;
    }
    if (notFuture && parsed.value().date > today())
        out.append({key, tr("The date is after today.")});
}

FieldErrors ChangeFormBase::check() const
{
    FieldErrors out;
    // 転出 may be notified before the day (転出予定); every other date is a past fact.
    const bool planned = m_kind == QLatin1String("move-out");
    checkDate(out, m_effective, QStringLiteral("effectiveDate"), true, !planned);
    checkDate(out, m_notified, QStringLiteral("notifiedDate"), true, true);
    if (m_effective && m_notified && !planned && out.isEmpty()) {
        const QDate e = core::parseDate(m_effective->text().trimmed()).value().date;
        const QDate n = core::parseDate(m_notified->text().trimmed()).value().date;
        if (e > n)
            out.append({QStringLiteral("effectiveDate"),
                        tr("The date of change must not be after the date notified.")});
    }
    if (m_reason && m_reason->text().trimmed().isEmpty())
        out.append({QStringLiteral("reasonNote"), tr("Enter the reason.")});
    return out;
}

QString ChangeFormBase::valueText(QWidget *field) const
{
    if (auto *e = qobject_cast<QLineEdit *>(field)) {
        if (e->objectName().endsWith(QLatin1String("Date"))) {
            const auto parsed = core::parseDate(e->text().trimmed());
            if (parsed.ok())
                return warekiText(parsed.value().date.toString(Qt::ISODate));
        }
        return e->text().trimmed();
    }
    if (auto *c = qobject_cast<QComboBox *>(field))
        return c->currentText();
    if (auto *m = qobject_cast<MemberChoice *>(field))
        return m->summaryText();
    if (auto *l = qobject_cast<QLabel *>(field))
        return l->text();
    if (auto *list = qobject_cast<QListWidget *>(field)) {
        QStringList checked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                checked << list->item(i)->text();
        }
        return checked.join(QStringLiteral("、"));
    }
    // A row of several parts (number and what was read): their texts in order.
    QStringList parts;
    for (QWidget *child : field->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if ((qobject_cast<QLineEdit *>(child) || qobject_cast<QLabel *>(child))
            && child->objectName() != QLatin1String("dateEcho")) {
            const QString t = valueText(child);
            if (!t.isEmpty())
                parts << t;
        }
    }
    return parts.join(QStringLiteral("　"));
}

QStringList ChangeFormBase::summary() const
{
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *labelItem = m_form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *fieldItem = m_form->itemAt(row, QFormLayout::FieldRole);
        if (!labelItem || !fieldItem || !fieldItem->widget() || fieldItem->widget()->isHidden())
            continue;
        // A row of addRow() holds its field and error label; other rows are the field itself.
        QObject *own = fieldItem->widget()->property("kikanField").value<QObject *>();
        auto *field = own ? qobject_cast<QWidget *>(own) : fieldItem->widget();
        const QString value = field ? valueText(field) : QString();
        if (value.isEmpty())
            continue;
        QString label = qobject_cast<QLabel *>(labelItem->widget())
                            ? qobject_cast<QLabel *>(labelItem->widget())->text()
                            : QString();
        label.remove(QLatin1Char('&'));
        lines << label + QStringLiteral("　") + value;
    }
    return lines;
}

void ChangeFormBase::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
}

QStringList ChangeFormBase::showFieldErrors(const FieldErrors &fields)
{
    QStringList unshown;
    for (const auto &[field, message] : fields) {
        // "persons[0].birthDate" → "persons[0].birthDate", "persons[0]", "persons"
        QString key = m_aliases.value(field, field);
        QLabel *label = m_errors.value(key);
        while (!label && !key.isEmpty()) {
            const qsizetype cut = std::max(key.lastIndexOf(QLatin1Char('.')),
                                           key.lastIndexOf(QLatin1Char('[')));
            key = cut > 0 ? key.left(cut) : QString();
            label = m_errors.value(m_aliases.value(key, key));
        }
        if (!label) {
            unshown << message;
            continue;
        }
        label->setText(label->text().isEmpty() ? message
                                                : label->text() + QLatin1Char('\n') + message);
        label->show();
    }
    return unshown;
}

QString ChangeFormBase::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

} // namespace kikan::client
