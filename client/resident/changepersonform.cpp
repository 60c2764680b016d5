// 訂正, 職権修正, 外国人住民の記載事項 and 転出取消 forms (changepersonform.h).
#include "changepersonform.h"

#include "changevitalform.h"
#include "residentformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kikan::client {

namespace {
enum ItemType { Text, Name, Kana, Date, Code };
struct ItemSpec {
    const char *key;
    const char *label; // translated in PersonEditForm's context (QT_TR_NOOP)
    int type;
    const char *codes; // code table of GET /resident/codes for Code items
    bool foreign;      // 外国人住民 item
    bool japanese;     // item of a Japanese national only (本籍, 筆頭者)
};
const ItemSpec kItems[] = {
    {"familyName", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Surname:"), Name, nullptr,
     false, false},
    {"givenName", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Given name:"), Name,
     nullptr, false, false},
    {"familyNameKana", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Surname reading:"),
     Kana, nullptr, false, false},
    {"givenNameKana", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Given name reading:"),
     Kana, nullptr, false, false},
    {"birthDate", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Born:"), Date, nullptr,
     false, false},
    {"sex", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Sex:"), Code, "sexes", false,
     false},
    {"relationshipCode", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Relationship:"),
     Code, "relationships", false, false},
    {"registeredDomicile", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm",
                                             "Registered domicile:"), Text, nullptr, false, true},
    {"familyRegisterHead", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm",
                                             "Head of family register:"), Name, nullptr, false,
     true},
    {"nationality", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Nationality:"), Text,
     nullptr, true, false},
    {"residenceStatus", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Residence status:"),
     Text, nullptr, true, false},
    {"periodOfStay", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Period of stay:"), Text,
     nullptr, true, false},
    {"stayExpiryDate", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm", "Stay expires:"),
     Date, nullptr, true, false},
    {"residenceCardNo", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm",
                                          "Residence card no.:"), Text, nullptr, true, false},
    {"article30_45Class", QT_TRANSLATE_NOOP("kikan::client::PersonEditForm",
                                            "Art. 30-45 class:"), Code, "article30_45Classes",
     true, false},
};

bool isForeignUpdate(const QString &kind)
{
    return kind == QLatin1String("foreign-resident-update");
}
} // namespace

PersonEditForm::PersonEditForm(const QString &kind, QWidget *parent)
    // 訂正 is dated the day it is made (the server's default); the others from their 異動日.
    : ChangeFormBase(kind, kind == QLatin1String("correction") ? NoDates : EffectiveDate, parent)
{
    if (kind == QLatin1String("correction")) {
        m_row = new QComboBox(this);
        m_row->setObjectName(QStringLiteral("historyNo"));
        addRow(tr("Entry to correct:"), m_row, QStringLiteral("historyNo"));
        connect(m_row, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index >= 0 && index < m_rows.size())
                fill(m_rows.at(index).toObject());
        });
    }
    for (const ItemSpec &spec : kItems) {
        if (isForeignUpdate(kind) && !spec.foreign)
            continue;
        addItem(QLatin1String(spec.key), tr(spec.label), spec.type);
    }
    if (!isForeignUpdate(kind)) {
        addItem(QStringLiteral("townAreaCode"), tr("Town area:"), Code);
        addItem(QStringLiteral("addressNumber"), tr("Lot number:"), Text);
        alias(QStringLiteral("address.townAreaCode"), QStringLiteral("fields.townAreaCode"));
        alias(QStringLiteral("address"), QStringLiteral("fields.addressNumber"));
        addReasonRow();
        if (kind == QLatin1String("correction"))
            m_reason->setPlaceholderText(tr("e.g. misread the notification (届書の誤読)"));
    }
    alias(QStringLiteral("partyNo"), m_row ? QStringLiteral("historyNo")
                                           : QStringLiteral("effectiveDate"));
}

void PersonEditForm::addItem(const QString &key, const QString &label, int type)
{
    QWidget *w;
    if (type == Code) {
        auto *box = new QComboBox(this);
        w = box;
    } else {
        auto *e = new QLineEdit(this);
        if (type == Date)
            e->setPlaceholderText(tr("e.g. 5070601 or R7.6.1"));
        w = e;
    }
    // Address items are sent in `address`, the others in `fields`.
    const QString errorKey = QStringLiteral("fields.") + key;
    w->setObjectName(key);
    addRow(label, w, errorKey);
    if (key == QLatin1String("addressNumber"))
        alias(QStringLiteral("address.addressNumber"), errorKey);
    m_items.insert(key, w);
    m_types.insert(key, type);
    m_keys << key;
}

QLineEdit *PersonEditForm::lineItem(const QString &key) const
{
    return qobject_cast<QLineEdit *>(m_items.value(key));
}

void PersonEditForm::setCodes(const QJsonObject &codesAnswer)
{
    const QJsonObject codes = codesAnswer.value(QStringLiteral("codes")).toObject();
    for (const ItemSpec &spec : kItems) {
        if (auto *box = qobject_cast<QComboBox *>(m_items.value(QLatin1String(spec.key))))
            fillCodes(box, codes.value(QLatin1String(spec.codes)).toArray(), spec.foreign);
    }
    if (auto *town = qobject_cast<QComboBox *>(m_items.value(QStringLiteral("townAreaCode")))) {
        const QJsonValue areas = codesAnswer.value(QStringLiteral("townAreas"));
        const QJsonArray list = areas.isArray() ? areas.toArray()
                                                : areas[QStringLiteral("areas")].toArray();
        town->clear();
        for (const QJsonValue &a : list) {
            town->addItem(a[QStringLiteral("name")].toString(),
                          a[QStringLiteral("code")].toString());
        }
    }
    fill(m_original, true); // the boxes show the record's codes once they exist
}

void PersonEditForm::setInquiry(const QJsonObject &inquiry)
{
    ChangeFormBase::setInquiry(inquiry);
    const QJsonObject latest = inquiry.value(QStringLiteral("latest")).toObject();
    const bool foreign = latest.value(QStringLiteral("residentKind")).toString()
                         == QLatin1String("foreign");
    for (const ItemSpec &spec : kItems) {
        QWidget *w = m_items.value(QLatin1String(spec.key));
        if (w && !isForeignUpdate(m_kind))
            m_form->setRowVisible(w->parentWidget(), spec.foreign ? foreign
                                                     : spec.japanese ? !foreign : true);
    }
    if (!m_row) {
        fill(latest);
        return;
    }
    // 訂正: any row not yet corrected, the newest first.
    m_rows = {};
    m_row->blockSignals(true);
    m_row->clear();
    const QJsonArray history = inquiry.value(QStringLiteral("history")).toArray();
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        const QJsonObject h = history.at(i).toObject();
        if (h.value(QStringLiteral("superseded")).toBool())
            continue;
        const QJsonObject change = h.value(QStringLiteral("change")).toObject();
        m_row->addItem(tr("No. %1  %2 %3  %4").arg(jsonText(h, "historyNo"),
                                                   jsonText(change, "kindName"),
                                                   warekiShortText(change.value(
                                                       QStringLiteral("effectiveDate"))),
                                                   jsonText(h, "address")),
                       h.value(QStringLiteral("historyNo")).toInteger());
        m_rows.append(h);
    }
    m_row->blockSignals(false);
    if (!m_rows.isEmpty())
        fill(m_rows.first().toObject());
}

void PersonEditForm::fill(const QJsonObject &record, bool codesOnly)
{
    m_original = record;
    for (const QString &key : std::as_const(m_keys)) {
        const QString v = jsonText(record, key.toLatin1().constData());
        if (auto *box = qobject_cast<QComboBox *>(m_items.value(key)))
            box->setCurrentIndex(box->findData(v));
        else if (auto *e = qobject_cast<QLineEdit *>(m_items.value(key)); e && !codesOnly)
            e->setText(m_types.value(key) == Date ? warekiText(QJsonValue(v)) : v);
    }
}

QString PersonEditForm::value(const QString &key) const
{
    if (auto *box = qobject_cast<QComboBox *>(m_items.value(key)))
        return box->currentData().toString();
    const QLineEdit *e = lineItem(key);
    if (!e)
        return {};
    return m_types.value(key) == Date ? dateValue(e) : e->text().trimmed();
}

QJsonObject PersonEditForm::changedFields() const
{
    QJsonObject f;
    for (const QString &key : std::as_const(m_keys)) {
        if (key == QLatin1String("townAreaCode") || key == QLatin1String("addressNumber")
            || m_items.value(key)->parentWidget()->isHidden())
            continue;
        const QString v = value(key);
        if (v != jsonText(m_original, key.toLatin1().constData()))
            f.insert(key, v);
    }
    return f;
}

bool PersonEditForm::addressChanged() const
{
    return m_items.contains(QStringLiteral("townAreaCode"))
           && (value(QStringLiteral("townAreaCode")) != jsonText(m_original, "townAreaCode")
               || value(QStringLiteral("addressNumber")) != jsonText(m_original, "addressNumber"));
}

QJsonObject PersonEditForm::body() const
{
    QJsonObject b = ChangeFormBase::body();
    addPerson(b);
    if (m_row)
        b.insert(QStringLiteral("historyNo"), m_row->currentData().toLongLong());
    b.insert(QStringLiteral("fields"), changedFields()); // may be empty for an address alone
    if (addressChanged()) {
        QJsonObject address{{QStringLiteral("townAreaCode"), value(QStringLiteral("townAreaCode"))},
                            {QStringLiteral("addressNumber"),
                             value(QStringLiteral("addressNumber"))}};
        // Not edited here, but part of the address the server writes: kept as they are.
        for (const char *kept : {"addressSupplement", "postalCode"}) {
            if (!jsonText(m_original, kept).isEmpty())
                address.insert(QLatin1String(kept), jsonText(m_original, kept));
        }
        b.insert(QStringLiteral("address"), address);
    }
    return b;
}

FieldErrors PersonEditForm::check() const
{
    FieldErrors out = ChangeFormBase::check();
    for (const QString &key : std::as_const(m_keys)) {
        const QString errorKey = QStringLiteral("fields.") + key;
        if (m_types.value(key) == Date)
            checkDate(out, lineItem(key), errorKey, false, key == QLatin1String("birthDate"));
        if (m_types.value(key) == Kana && !value(key).isEmpty() && !isKanaText(value(key)))
            out.append({errorKey, tr("Enter the reading in katakana or hiragana.")});
    }
    for (const char *required : {"familyName", "familyNameKana"}) {
        if (m_items.contains(QLatin1String(required)) && value(QLatin1String(required)).isEmpty())
            out.append({QStringLiteral("fields.") + QLatin1String(required),
                        tr("Enter this item.")});
    }
    if (changedFields().isEmpty() && !addressChanged()) {
        out.append({m_keys.isEmpty() ? QStringLiteral("reasonNote")
                                     : QStringLiteral("fields.") + m_keys.first(),
                    tr("Nothing is changed: change the items to correct.")});
    }
    return out;
}

QStringList PersonEditForm::summary() const
{
    // The confirmation names what changes (before → after), not every item shown.
    QStringList lines{tr("Person:") + QStringLiteral("　")
                      + jsonText(inquiryPerson(m_inquiry), "name")};
    if (m_effective)
        lines << tr("Date of change:") + QStringLiteral("　") + valueText(m_effective);
    if (m_row)
        lines << tr("Entry to correct:") + QStringLiteral("　") + m_row->currentText();
    for (const QString &key : std::as_const(m_keys)) {
        QWidget *w = m_items.value(key);
        const bool changed = key == QLatin1String("townAreaCode")
                                     || key == QLatin1String("addressNumber")
                                 ? addressChanged()
                                 : changedFields().contains(key);
        if (!changed)
            continue;
        QString label = qobject_cast<QLabel *>(m_form->labelForField(w->parentWidget()))->text();
        QString before = jsonText(m_original, key.toLatin1().constData());
        if (m_types.value(key) == Date)
            before = warekiText(QJsonValue(before));
        if (auto *box = qobject_cast<QComboBox *>(w)) {
            const int at = box->findData(before);
            before = at >= 0 ? box->itemText(at) : before;
        }
        lines << label + QStringLiteral("　") + before + QStringLiteral(" → ") + valueText(w);
    }
    if (m_reason)
        lines << tr("Reason (ex officio):") + QStringLiteral("　") + m_reason->text().trimmed();
    return lines;
}

CancelMoveOutForm::CancelMoveOutForm(QWidget *parent)
    : ChangeFormBase(QStringLiteral("move-out-cancel"), NoDates, parent)
{
    m_moveOut = new QComboBox(this);
    m_moveOut->setObjectName(QStringLiteral("cancelsChangeId"));
    addRow(tr("Move-out to cancel:"), m_moveOut, QStringLiteral("cancelsChangeId"));
    alias(QStringLiteral("householdNo"), QStringLiteral("cancelsChangeId"));
}

void CancelMoveOutForm::setInquiry(const QJsonObject &inquiry)
{
    ChangeFormBase::setInquiry(inquiry);
    m_moveOut->clear();
    for (const QJsonValue &v : inquiry.value(QStringLiteral("history")).toArray()) {
        const QJsonObject h = v.toObject();
        const QJsonObject change = h.value(QStringLiteral("change")).toObject();
        if (h.value(QStringLiteral("superseded")).toBool()
            || change.value(QStringLiteral("kind")).toString() != QLatin1String("move_out"))
            continue;
        m_moveOut->addItem(tr("%1 move-out to %2 (history no. %3)")
                               .arg(warekiText(change.value(QStringLiteral("effectiveDate"))),
                                    jsonText(h, "destinationAddress"), jsonText(h, "historyNo")),
                           h.value(QStringLiteral("changeId")).toInteger());
    }
}

QJsonObject CancelMoveOutForm::body() const
{
    QJsonObject b = ChangeFormBase::body();
    b.insert(QStringLiteral("cancelsChangeId"), m_moveOut->currentData().toLongLong());
    return b;
}

FieldErrors CancelMoveOutForm::check() const
{
    FieldErrors out = ChangeFormBase::check();
    if (m_moveOut->count() == 0)
        out.append({QStringLiteral("cancelsChangeId"), tr("This person has no move-out to cancel.")});
    return out;
}

} // namespace kikan::client
