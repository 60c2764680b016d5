// The person items of 照会 (residentpersonpanel.h).
#include "residentpersonpanel.h"

#include "residentformat.h"

#include "client/widgets/namefont.h"

#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>

namespace kikan::client {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}
} // namespace

ResidentPersonPanel::ResidentPersonPanel(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(3);
    // The items in rows of four (key, caption, row, column, columns spanned).
    const struct {
        const char *key;
        const char *label;
        int row, column, span;
    } items[] = {
        {"name", QT_TR_NOOP("Name"), 0, 0, 2},
        {"nameKana", QT_TR_NOOP("Reading"), 0, 2, 2},
        {"birthDate", QT_TR_NOOP("Born"), 1, 0, 1},
        {"sex", QT_TR_NOOP("Sex"), 1, 1, 1},
        {"relationshipText", QT_TR_NOOP("Relationship"), 1, 2, 1},
        {"residentKind", QT_TR_NOOP("Kind"), 1, 3, 1},
        {"partyNo", QT_TR_NOOP("Party no."), 2, 0, 1},
        {"householdNo", QT_TR_NOOP("Household no."), 2, 1, 1},
        {"residentRecordCode", QT_TR_NOOP("Record code"), 2, 2, 1},
        {"myNumber", QT_TR_NOOP("My Number"), 2, 3, 1},
        {"address", QT_TR_NOOP("Address"), 3, 0, 3},
        {"postalCode", QT_TR_NOOP("Postal code"), 3, 3, 1},
        {"addressSupplement", QT_TR_NOOP("Building"), 4, 0, 2},
        {"householderName", QT_TR_NOOP("Householder"), 4, 2, 2},
        {"residentSince", QT_TR_NOOP("Resident since"), 5, 0, 1},
        {"addressSince", QT_TR_NOOP("At address since"), 5, 1, 1},
        {"status", QT_TR_NOOP("Status"), 5, 2, 1},
        {"historyNo", QT_TR_NOOP("History no."), 5, 3, 1},
        {"previousAddress", QT_TR_NOOP("Previous address"), 6, 0, 2},
        {"destinationAddress", QT_TR_NOOP("Moved out to"), 6, 2, 2},
        {"registeredDomicile", QT_TR_NOOP("Registered domicile"), 7, 0, 2},
        {"familyRegisterHead", QT_TR_NOOP("Head of family register"), 7, 2, 1},
        {"formerFamilyName", QT_TR_NOOP("Former surname"), 7, 3, 1},
        {"nationality", QT_TR_NOOP("Nationality"), 8, 0, 1},
        {"residenceStatus", QT_TR_NOOP("Residence status"), 8, 1, 1},
        {"periodOfStay", QT_TR_NOOP("Period of stay"), 8, 2, 1},
        {"stayExpiryDate", QT_TR_NOOP("Stay expires"), 8, 3, 1},
        {"residenceCardNo", QT_TR_NOOP("Residence card no."), 9, 0, 1},
        {"article30_45Class", QT_TR_NOOP("Art. 30-45 class"), 9, 1, 1},
        {"alias", QT_TR_NOOP("Alias"), 9, 2, 1},
        {"nameRoman", QT_TR_NOOP("Name (Roman)"), 9, 3, 1},
    };
    for (const auto &item : items)
        addItem(QLatin1String(item.key), tr(item.label), item.row, item.column, item.span);
    for (int c = 1; c < 8; c += 2)
        m_grid->setColumnStretch(c, 1);
}

void ResidentPersonPanel::addItem(const QString &key, const QString &label, int row,
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

void ResidentPersonPanel::setItem(const QString &key, const QString &value)
{
    if (QLabel *l = m_items.value(key)) {
        l->setText(value);
        l->setToolTip(value);
    }
}

void ResidentPersonPanel::setItemsVisible(std::initializer_list<const char *> keys, bool visible)
{
    for (const char *key : keys) {
        m_items.value(QLatin1String(key))->setVisible(visible);
        m_items.value(QLatin1String(key) + QStringLiteral(".caption"))->setVisible(visible);
    }
}

QString ResidentPersonPanel::itemText(const QString &key) const
{
    const QLabel *l = m_items.value(key);
    return l ? l->text() : QString();
}

void ResidentPersonPanel::clear()
{
    for (QLabel *l : std::as_const(m_items)) {
        if (!l->objectName().endsWith(QLatin1String(".caption")))
            l->clear();
    }
}

void ResidentPersonPanel::showPerson(const QJsonObject &p, const QJsonObject &household,
                                     bool foreign)
{
    for (const char *key : {"name", "nameKana", "relationshipText", "residentRecordCode",
                            "address", "postalCode", "addressSupplement", "previousAddress",
                            "destinationAddress", "registeredDomicile", "familyRegisterHead",
                            "formerFamilyName", "nationality", "residenceStatus", "periodOfStay",
                            "residenceCardNo", "article30_45Class", "alias", "nameRoman",
                            "partyNo", "householdNo", "historyNo"}) {
        setItem(QLatin1String(key), str(p, key));
    }
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
    setItemsVisible({"nationality", "residenceStatus", "periodOfStay", "stayExpiryDate",
                     "residenceCardNo", "article30_45Class", "alias", "nameRoman"},
                    foreign);
    setItemsVisible({"registeredDomicile", "familyRegisterHead"}, !foreign);
}

} // namespace kikan::client
