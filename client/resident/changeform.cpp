// The 異動 entry form (changeform.h).
#include "changeform.h"

#include "client/app/buttons.h"
#include "client/widgets/namefont.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
constexpr int kPartyRole = Qt::UserRole + 1;
// The columns of the persons table and their request fields (docs/resident.md: persons[]).
const char *const kPersonFields[] = {"familyName", "givenName", "familyNameKana",
                                     "givenNameKana", "birthDate", "sex", "relationshipCode"};
constexpr int kPersonColumns = 7;
constexpr int kPersonRows = 6;

QString text(const QLineEdit *e)
{
    return e ? e->text().trimmed() : QString();
}
} // namespace

ChangeForm::ChangeForm(const QString &kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(2);
    m_effective = new QLineEdit(this);
    m_effective->setObjectName(QStringLiteral("effectiveDate"));
    m_effective->setPlaceholderText(tr("e.g. 5070601 or R7.6.1"));
    m_notified = new QLineEdit(this);
    m_notified->setObjectName(QStringLiteral("notifiedDate"));
    m_notified->setPlaceholderText(tr("e.g. 5070602"));
    addRow(tr("Date of change:"), m_effective, QStringLiteral("effectiveDate"));
    addRow(tr("Date notified:"), m_notified, QStringLiteral("notifiedDate"));

    const bool moveOut = kind == QLatin1String("move-out");
    if (!moveOut) {
        m_townArea = new QComboBox(this);
        m_townArea->setObjectName(QStringLiteral("townArea"));
        m_addressNumber = new QLineEdit(this);
        m_addressNumber->setObjectName(QStringLiteral("addressNumber"));
        m_addressNumber->setPlaceholderText(tr("e.g. 1-2-3"));
        m_supplement = new QLineEdit(this);
        m_postalCode = new QLineEdit(this);
        m_postalCode->setMaximumWidth(120);
        m_postalCode->setPlaceholderText(tr("e.g. 0790000"));
        addRow(tr("Town area:"), m_townArea, QStringLiteral("address.townAreaCode"));
        QLabel *numberError = addRow(tr("Lot number:"), m_addressNumber,
                                     QStringLiteral("address.addressNumber"));
        m_errors.insert(QStringLiteral("address"), numberError);
        addRow(tr("Building, room:"), m_supplement, QStringLiteral("address.addressSupplement"));
        addRow(tr("Postal code:"), m_postalCode, QStringLiteral("address.postalCode"));
    }
    if (kind == QLatin1String("move-in")) {
        m_previous = new QLineEdit(this);
        m_previous->setObjectName(QStringLiteral("previousAddress"));
        addRow(tr("Previous address:"), m_previous, QStringLiteral("previousAddress"));
        m_persons = new QTableWidget(kPersonRows, kPersonColumns, this);
        m_persons->setObjectName(QStringLiteral("persons"));
        m_persons->setHorizontalHeaderLabels(
            {tr("Surname"), tr("Given name"), tr("Surname reading"), tr("Given name reading"),
             tr("Born"), tr("Sex (1/2)"), tr("Rel. code")});
        m_persons->horizontalHeaderItem(6)->setToolTip(
            tr("02 householder, 11 husband, 12 wife, 20 child, 51 father, 52 mother"));
        m_persons->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_persons->verticalHeader()->setDefaultSectionSize(24);
        m_persons->setMinimumHeight(170);
        for (int r = 0; r < kPersonRows; ++r) {
            for (int c = 0; c < 2; ++c) {
                auto *item = new QTableWidgetItem;
                item->setFont(nameFont());
                m_persons->setItem(r, c, item);
            }
        }
        addRow(tr("Persons:"), m_persons, QStringLiteral("persons"));
    }
    if (moveOut) {
        m_destination = new QLineEdit(this);
        m_destination->setObjectName(QStringLiteral("destinationAddress"));
        addRow(tr("Destination:"), m_destination, QStringLiteral("destinationAddress"));
    }
    if (kind != QLatin1String("move-in")) {
        m_members = new QListWidget(this);
        m_members->setObjectName(QStringLiteral("members"));
        m_members->setMaximumHeight(120);
        m_members->setFont(nameFont());
        addRow(tr("Who moves:"), m_members, QStringLiteral("partyNos"));
    }
}

QLabel *ChangeForm::addRow(const QString &label, QWidget *field, const QString &key)
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
    return error;
}

void ChangeForm::setTownAreas(const QJsonValue &townAreas)
{
    if (!m_townArea)
        return;
    const QJsonArray areas = townAreas.isArray()
                                 ? townAreas.toArray()
                                 : townAreas[QStringLiteral("areas")].toArray();
    m_townArea->clear();
    for (const QJsonValue &a : areas) {
        m_townArea->addItem(a[QStringLiteral("name")].toString(),
                            a[QStringLiteral("code")].toString());
    }
}

void ChangeForm::setHousehold(const QJsonObject &household)
{
    m_household = household;
    if (!m_members)
        return;
    m_members->clear();
    for (const QJsonValue &m : household.value(QStringLiteral("members")).toArray()) {
        if (m[QStringLiteral("status")].toString() != QLatin1String("resident"))
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1（%2）").arg(m[QStringLiteral("name")].toString(),
                                          m[QStringLiteral("relationshipText")].toString()),
            m_members);
        item->setData(kPartyRole, m[QStringLiteral("partyNo")].toInteger());
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
}

QJsonObject ChangeForm::body() const
{
    QJsonObject b{{QStringLiteral("effectiveDate"), text(m_effective)},
                  {QStringLiteral("notifiedDate"), text(m_notified)}};
    if (m_townArea) {
        QJsonObject address{{QStringLiteral("townAreaCode"), m_townArea->currentData().toString()},
                            {QStringLiteral("addressNumber"), text(m_addressNumber)}};
        if (!text(m_supplement).isEmpty())
            address.insert(QStringLiteral("addressSupplement"), text(m_supplement));
        if (!text(m_postalCode).isEmpty())
            address.insert(QStringLiteral("postalCode"), text(m_postalCode));
        b.insert(QStringLiteral("address"), address);
    }
    if (m_previous)
        b.insert(QStringLiteral("previousAddress"), text(m_previous));
    if (m_destination)
        b.insert(QStringLiteral("destinationAddress"), text(m_destination));
    if (!m_household.isEmpty()) {
        b.insert(QStringLiteral("householdNo"), m_household.value(QStringLiteral("householdNo")));
        b.insert(QStringLiteral("householdVersion"), m_household.value(QStringLiteral("version")));
    }
    if (m_members) {
        QJsonArray parties;
        for (int i = 0; i < m_members->count(); ++i) {
            if (m_members->item(i)->checkState() == Qt::Checked)
                parties.append(m_members->item(i)->data(kPartyRole).toLongLong());
        }
        b.insert(QStringLiteral("partyNos"), parties);
    }
    if (m_persons) {
        QJsonArray persons;
        for (int r = 0; r < m_persons->rowCount(); ++r) {
            QJsonObject p;
            for (int c = 0; c < kPersonColumns; ++c) {
                const QTableWidgetItem *item = m_persons->item(r, c);
                const QString v = item ? item->text().trimmed() : QString();
                if (!v.isEmpty())
                    p.insert(QLatin1String(kPersonFields[c]), v);
            }
            if (!p.isEmpty())
                persons.append(p);
        }
        b.insert(QStringLiteral("persons"), persons);
    }
    return b;
}

void ChangeForm::clearErrors()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
    if (m_persons) {
        for (int r = 0; r < m_persons->rowCount(); ++r) {
            for (int c = 0; c < kPersonColumns; ++c) {
                if (QTableWidgetItem *item = m_persons->item(r, c))
                    item->setBackground(QBrush());
            }
        }
    }
}

QStringList ChangeForm::showFieldErrors(const QList<QPair<QString, QString>> &fields)
{
    static const QRegularExpression personField(QStringLiteral(R"(^persons\[(\d+)\]\.?(\w*))"));
    QStringList unshown;
    for (const auto &[field, message] : fields) {
        QString key = field;
        QString shown = message;
        const QRegularExpressionMatch m = personField.match(field);
        if (m.hasMatch() && m_persons) {
            // Rows with nothing typed are not sent: the n-th person sent is the n-th filled row.
            const int index = m.captured(1).toInt();
            int row = -1;
            for (int r = 0, seen = -1; r < m_persons->rowCount() && row < 0; ++r) {
                for (int c = 0; c < kPersonColumns; ++c) {
                    const QTableWidgetItem *item = m_persons->item(r, c);
                    if (item && !item->text().trimmed().isEmpty()) {
                        if (++seen == index)
                            row = r;
                        break;
                    }
                }
            }
            QString column;
            for (int c = 0; c < kPersonColumns; ++c) {
                if (m.captured(2) == QLatin1String(kPersonFields[c]) && row >= 0) {
                    if (!m_persons->item(row, c))
                        m_persons->setItem(row, c, new QTableWidgetItem);
                    m_persons->item(row, c)->setBackground(QColor(255, 205, 210));
                    column = m_persons->horizontalHeaderItem(c)->text();
                }
            }
            shown = tr("Person %1%2: %3")
                        .arg(index + 1)
                        .arg(column.isEmpty() ? QString() : QStringLiteral(" ") + column,
                             message);
            key = QStringLiteral("persons");
        } else if (field.startsWith(QLatin1String("partyNos"))) {
            key = QStringLiteral("partyNos");
        }
        QLabel *label = m_errors.value(key);
        if (!label && key.startsWith(QLatin1String("address")))
            label = m_errors.value(QStringLiteral("address"));
        if (!label) {
            unshown << message;
            continue;
        }
        label->setText(label->text().isEmpty() ? shown
                                                : label->text() + QLatin1Char('\n') + shown);
        label->show();
    }
    return unshown;
}

QString ChangeForm::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

} // namespace kikan::client
