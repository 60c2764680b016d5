// The moves' entry form (changeform.h).
#include "changeform.h"

#include "client/widgets/namefont.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTableWidget>

namespace kikan::client {

namespace {
constexpr int kPartyRole = Qt::UserRole + 1;
// The columns of the persons table and their request fields (docs/resident.md: persons[]);
// 個人番号 only for 特例転入 (法第24条の2: every person has one).
const char *const kPersonFields[] = {"familyName", "givenName", "familyNameKana",
                                     "givenNameKana", "birthDate", "sex", "relationshipCode",
                                     "myNumber"};
constexpr int kPersonRows = 6;

QString text(const QLineEdit *e)
{
    return e ? e->text().trimmed() : QString();
}

int dateRowsOf(const QString &kind)
{
    // 職権記載 has no 届出.
    return kind == QLatin1String("official-entry") ? ChangeFormBase::EffectiveDate
                                                   : ChangeFormBase::BothDates;
}
} // namespace

bool ChangeForm::bringsPersons(const QString &kind)
{
    return kind == QLatin1String("move-in") || kind == QLatin1String("move-in-abroad")
           || kind == QLatin1String("move-in-special") || kind == QLatin1String("official-entry");
}

ChangeForm::ChangeForm(const QString &kind, QWidget *parent)
    : ChangeFormBase(kind, dateRowsOf(kind), parent)
{
    const bool moveOut = kind == QLatin1String("move-out");
    const bool arriving = bringsPersons(kind);
    if (kind == QLatin1String("official-entry"))
        addReasonRow();
    if (!moveOut)
        addAddressRows();
    if (arriving)
        addPersonRows(kind);
    if (moveOut) {
        m_destination = new QLineEdit(this);
        m_destination->setObjectName(QStringLiteral("destinationAddress"));
        addRow(tr("Destination:"), m_destination, QStringLiteral("destinationAddress"));
    }
    if (!arriving) {
        m_members = new QListWidget(this);
        m_members->setObjectName(QStringLiteral("members"));
        m_members->setMaximumHeight(120);
        m_members->setFont(nameFont());
        addRow(tr("Who moves:"), m_members, QStringLiteral("partyNos"));
    }
}

// The new address in the town: 町字, 番地, 方書, 郵便番号.
void ChangeForm::addAddressRows()
{
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
    addRow(tr("Lot number:"), m_addressNumber, QStringLiteral("address.addressNumber"));
    alias(QStringLiteral("address"), QStringLiteral("address.addressNumber"));
    addRow(tr("Building, room:"), m_supplement, QStringLiteral("address.addressSupplement"));
    addRow(tr("Postal code:"), m_postalCode, QStringLiteral("address.postalCode"));
}

// Where the persons come from and the persons themselves, one a row.
void ChangeForm::addPersonRows(const QString &kind)
{
    m_previous = new QLineEdit(this);
    m_previous->setObjectName(QStringLiteral("previousAddress"));
    addRow(kind == QLatin1String("move-in-abroad") ? tr("Country moved from:")
                                                   : tr("Previous address:"),
           m_previous, QStringLiteral("previousAddress"));
    m_columns = kind == QLatin1String("move-in-special") ? 8 : 7;
    m_persons = new QTableWidget(kPersonRows, m_columns, this);
    m_persons->setObjectName(QStringLiteral("persons"));
    QStringList headers{tr("Surname"), tr("Given name"), tr("Surname reading"),
                        tr("Given name reading"), tr("Born"), tr("Sex (1/2)"),
                        tr("Rel. code")};
    if (m_columns == 8)
        headers << tr("My Number");
    m_persons->setHorizontalHeaderLabels(headers);
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

void ChangeForm::setCodes(const QJsonObject &codesAnswer)
{
    setTownAreas(codesAnswer.value(QStringLiteral("townAreas")));
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

void ChangeForm::setInquiry(const QJsonObject &inquiry)
{
    ChangeFormBase::setInquiry(inquiry);
    setHousehold(m_household);
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
    QJsonObject b = ChangeFormBase::body();
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
            for (int c = 0; c < m_columns; ++c) {
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

FieldErrors ChangeForm::check() const
{
    FieldErrors out = ChangeFormBase::check();
    if (m_persons && body().value(QStringLiteral("persons")).toArray().isEmpty())
        out.append({QStringLiteral("persons"), tr("Enter the persons who move in.")});
    if (m_members && body().value(QStringLiteral("partyNos")).toArray().isEmpty())
        out.append({QStringLiteral("partyNos"), tr("Choose who moves.")});
    return out;
}

QString ChangeForm::valueText(QWidget *field) const
{
    if (field != m_persons)
        return ChangeFormBase::valueText(field);
    QStringList names;
    for (const QJsonValue &p : body().value(QStringLiteral("persons")).toArray()) {
        names << p[QStringLiteral("familyName")].toString() + QStringLiteral("　")
                     + p[QStringLiteral("givenName")].toString();
    }
    return names.join(QStringLiteral("、"));
}

void ChangeForm::clearErrors()
{
    ChangeFormBase::clearErrors();
    if (m_persons) {
        for (int r = 0; r < m_persons->rowCount(); ++r) {
            for (int c = 0; c < m_columns; ++c) {
                if (QTableWidgetItem *item = m_persons->item(r, c))
                    item->setBackground(QBrush());
            }
        }
    }
}

int ChangeForm::filledRow(int index) const
{
    // Rows with nothing typed are not sent: the n-th person sent is the n-th filled row.
    for (int r = 0, seen = -1; r < m_persons->rowCount(); ++r) {
        for (int c = 0; c < m_columns; ++c) {
            const QTableWidgetItem *item = m_persons->item(r, c);
            if (item && !item->text().trimmed().isEmpty()) {
                if (++seen == index)
                    return r;
                break;
            }
        }
    }
    return -1;
}

QStringList ChangeForm::showFieldErrors(const FieldErrors &fields)
{
    static const QRegularExpression personField(QStringLiteral(R"(^persons\[(\d+)\]\.?(\w*))"));
    FieldErrors shown;
    for (const auto &[field, message] : fields) {
        const QRegularExpressionMatch m = personField.match(field);
        if (!m.hasMatch() || !m_persons) {
            shown.append({field, message});
            continue;
        }
        const int index = m.captured(1).toInt();
        const int row = filledRow(index);
        QString column;
        for (int c = 0; c < m_columns; ++c) {
            if (m.captured(2) == QLatin1String(kPersonFields[c]) && row >= 0) {
                if (!m_persons->item(row, c))
                    m_persons->setItem(row, c, new QTableWidgetItem);
                m_persons->item(row, c)->setBackground(QColor(255, 205, 210));
                column = m_persons->horizontalHeaderItem(c)->text();
            }
        }
        shown.append({QStringLiteral("persons"),
                      tr("Person %1%2: %3")
                          .arg(index + 1)
                          .arg(column.isEmpty() ? QString() : QStringLiteral(" ") + column,
                               message)});
    }
    return ChangeFormBase::showFieldErrors(shown);
}

} // namespace kikan::client
