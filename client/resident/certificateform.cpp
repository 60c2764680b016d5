// The certificate request form (certificateform.h).
#include "certificateform.h"

#include "residentformat.h"

#include "client/app/buttons.h"
#include "client/widgets/namefont.h"
#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
constexpr int kPartyRole = Qt::UserRole + 1;

// Kinds printed for a whole household or part of it (the others are per person).
bool byHousehold(const QString &kind)
{
    return kind == QLatin1String("household") || kind == QLatin1String("move_out");
}

// A field with its error label under it; the label's focus goes to the field (mnemonics).
QWidget *fieldBox(QWidget *field, QLabel *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(field);
    v->addWidget(error);
    box->setFocusProxy(field);
    return box;
}
} // namespace

CertificateForm::CertificateForm(QWidget *parent) : QWidget(parent)
{
    QFormLayout *top = buildKindRow();
    QGroupBox *scope = buildScope();
    QGroupBox *items = buildOptions();
    QGroupBox *who = buildRequester();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(scope);
    layout->addWidget(items);
    layout->addWidget(who);
    layout->addStretch();
    setTabOrders();
    connectChanges();
    updateEnabled();
}

// The items of 法第12条第5項 (key, check box text), in the order shown and walked by Tab.
QList<QPair<const char *, const char *>> CertificateForm::optionTexts()
{
    return {{"registeredDomicile", QT_TR_NOOP("Registered &domicile and its head")},
            {"relationship", QT_TR_NOOP("Householder and &relationship")},
            {"residentRecordCode", QT_TR_NOOP("Resident record &code")},
            {"previousAddress", QT_TR_NOOP("Previous address (&from)")},
            {"history", QT_TR_NOOP("C&hange history")},
            {"myNumber", QT_TR_NOOP("My &Number")}};
}

QFormLayout *CertificateForm::buildKindRow()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("certificateKind"));
    m_kind->addItem(tr("Copy of the resident record - household (combined form)"),
                    QStringLiteral("household"));
    m_kind->addItem(tr("Copy of the resident record - individual sheet"),
                    QStringLiteral("individual"));
    m_kind->addItem(tr("Certificate of recorded items"), QStringLiteral("entries_certificate"));
    m_kind->addItem(tr("Copy of the removed record"), QStringLiteral("removed"));
    m_kind->addItem(tr("Move-out certificate"), QStringLiteral("move_out"));
    auto *top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addRow(tr("Certificate &kind:"), fieldBox(m_kind, errorLabel(QStringLiteral("kind")),
                                                    this));
    return top;
}

// 世帯全員 / 世帯の一部
QGroupBox *CertificateForm::buildScope()
{
    auto *scope = new QGroupBox(tr("Persons printed"), this);
    m_whole = new QRadioButton(tr("&Whole household"), scope);
    m_part = new QRadioButton(tr("&Only the members ticked"), scope);
    m_whole->setChecked(true);
    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_whole);
    scopeGroup->addButton(m_part);
    m_members = new QListWidget(scope);
    m_members->setObjectName(QStringLiteral("certificateMembers"));
    m_members->setFont(nameFont());
    m_members->setItemDelegate(new NameItemDelegate(m_members));
    m_members->setMaximumHeight(96);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_whole);
    scopeRow->addWidget(m_part);
    scopeRow->addStretch();
    auto *scopeLayout = new QVBoxLayout(scope);
    scopeLayout->setSpacing(2);
    scopeLayout->addLayout(scopeRow);
    scopeLayout->addWidget(m_members);
    scopeLayout->addWidget(errorLabel(QStringLiteral("partyNos")));
    return scope;
}

// 法第12条第5項: printed only when asked for.
QGroupBox *CertificateForm::buildOptions()
{
    auto *items = new QGroupBox(tr("Items printed only on request"), this);
    auto *grid = new QGridLayout(items);
    grid->setVerticalSpacing(2);
    int i = 0;
    for (const auto &[key, label] : optionTexts()) {
        auto *box = new QCheckBox(tr(label), items);
        box->setObjectName(QLatin1String(key));
        m_options.insert(QLatin1String(key), box);
        grid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    m_myNumberReason = new QLineEdit(items);
    m_myNumberReason->setObjectName(QStringLiteral("myNumberReason"));
    m_myNumberReason->setPlaceholderText(tr("why the requester needs the My Number"));
    auto *reasonLabel = new QLabel(tr("Re&ason for the My Number:"), items);
    reasonLabel->setBuddy(m_myNumberReason);
    grid->addWidget(reasonLabel, 3, 0);
    grid->addWidget(fieldBox(m_myNumberReason,
                             errorLabel(QStringLiteral("options.myNumberReason")), items), 3, 1);
    grid->addWidget(errorLabel(QStringLiteral("options.myNumber")), 4, 0, 1, 2);
    grid->addWidget(errorLabel(QStringLiteral("options")), 5, 0, 1, 2);
    return items;
}

// 請求者 (法第12条: 本人・同一世帯; 第12条の3: 第三者 with a reason).
QGroupBox *CertificateForm::buildRequester()
{
    auto *who = new QGroupBox(tr("Requester"), this);
    m_relation = new QComboBox(who);
    m_relation->setObjectName(QStringLiteral("requesterRelation"));
    m_relation->addItem(tr("The person"), QStringLiteral("self"));
    m_relation->addItem(tr("A member of the same household"), QStringLiteral("household"));
    m_relation->addItem(tr("A third party"), QStringLiteral("third_party"));
    m_requesterName = new QLineEdit(who);
    m_requesterName->setObjectName(QStringLiteral("requesterName"));
    m_requesterName->setFont(nameFont());
    m_requesterReason = new QLineEdit(who);
    m_requesterReason->setObjectName(QStringLiteral("requesterReason"));
    m_requesterReason->setPlaceholderText(tr("required for a third party"));
    m_purpose = new QLineEdit(who);
    m_purpose->setObjectName(QStringLiteral("purpose"));
    m_purpose->setPlaceholderText(tr("e.g. pension, school, driving licence"));
    auto *whoForm = new QFormLayout(who);
    whoForm->setVerticalSpacing(2);
    whoForm->addRow(tr("Re&quester:"), fieldBox(m_relation,
                                                 errorLabel(QStringLiteral("requester.relation")),
                                                 who));
    whoForm->addRow(tr("Requester's na&me:"),
                    fieldBox(m_requesterName, errorLabel(QStringLiteral("requester.name")), who));
    whoForm->addRow(tr("Reason (third part&y):"),
                    fieldBox(m_requesterReason, errorLabel(QStringLiteral("requester.reason")),
                             who));
    whoForm->addRow(tr("&Use:"), fieldBox(m_purpose, errorLabel(QStringLiteral("purpose")), who));
    return who;
}

void CertificateForm::setTabOrders()
{
    setTabOrder(m_kind, m_whole);
    setTabOrder(m_whole, m_part);
    setTabOrder(m_part, m_members);
    QWidget *previous = m_members;
    for (const auto &option : optionTexts()) {
        setTabOrder(previous, m_options.value(QLatin1String(option.first)));
        previous = m_options.value(QLatin1String(option.first));
    }
    setTabOrder(previous, m_myNumberReason);
    setTabOrder(m_myNumberReason, m_relation);
    setTabOrder(m_relation, m_requesterName);
    setTabOrder(m_requesterName, m_requesterReason);
    setTabOrder(m_requesterReason, m_purpose);
}

void CertificateForm::connectChanges()
{
    auto changedSlot = [this] {
        updateEnabled();
        Q_EMIT changed();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, changedSlot);
    connect(m_part, &QRadioButton::toggled, this, changedSlot);
    connect(m_members, &QListWidget::itemChanged, this, changedSlot);
    connect(m_relation, &QComboBox::currentIndexChanged, this, changedSlot);
    for (QCheckBox *box : std::as_const(m_options))
        connect(box, &QCheckBox::toggled, this, changedSlot);
    for (QLineEdit *edit : {m_myNumberReason, m_requesterName, m_requesterReason, m_purpose})
        connect(edit, &QLineEdit::textEdited, this, &CertificateForm::changed);
}

QLabel *CertificateForm::errorLabel(const QString &field)
{
    QLabel *label = makeErrorLabel(this);
    label->setObjectName(field + QStringLiteral(".error"));
    m_errors.insert(field, label);
    return label;
}

void CertificateForm::setInquiry(const QJsonObject &inquiry, bool mayShowMyNumber)
{
    const QJsonObject flags = inquiry.value(QStringLiteral("flags")).toObject();
    const QJsonObject person = inquiryPerson(inquiry);
    const QJsonObject household = inquiry.value(QStringLiteral("household")).toObject();
    m_partyNo = person.value(QStringLiteral("partyNo")).toInteger();
    m_householdNo = household.value(QStringLiteral("householdNo")).toInteger();
    const bool removed = flags.value(QStringLiteral("removed")).toBool();
    m_kind->setCurrentIndex(m_kind->findData(removed ? QStringLiteral("removed")
                                                     : QStringLiteral("household")));
    m_members->clear();
    for (const QJsonValue &m : household.value(QStringLiteral("members")).toArray()) {
        const qint64 party = m[QStringLiteral("partyNo")].toInteger();
        auto *item = new QListWidgetItem(
            QStringLiteral("%1　%2").arg(m[QStringLiteral("name")].toString(),
                                        m[QStringLiteral("relationshipText")].toString()),
            m_members);
        item->setData(kPartyRole, party);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(party == m_partyNo ? Qt::Checked : Qt::Unchecked);
    }
    QCheckBox *myNumber = m_options.value(QStringLiteral("myNumber"));
    myNumber->setChecked(false);
    myNumber->setEnabled(mayShowMyNumber);
    myNumber->setToolTip(mayShowMyNumber ? QString()
                                         : tr("Only staff with the My Number right may print "
                                              "it."));
    updateEnabled();
}

QString CertificateForm::kind() const
{
    return m_kind->currentData().toString();
}

QString CertificateForm::kindTitle() const
{
    return m_kind->currentText();
}

QList<qint64> CertificateForm::checkedMembers() const
{
    QList<qint64> out;
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() == Qt::Checked)
            out << m_members->item(i)->data(kPartyRole).toLongLong();
    }
    return out;
}

void CertificateForm::updateEnabled()
{
    const bool household = byHousehold(kind());
    m_whole->setEnabled(household);
    m_part->setEnabled(household);
    m_members->setEnabled(household && m_part->isChecked());
    const bool perSheet = kind() == QLatin1String("individual")
                          || kind() == QLatin1String("removed");
    m_options.value(QStringLiteral("history"))->setEnabled(perSheet);
    if (!perSheet)
        m_options.value(QStringLiteral("history"))->setChecked(false);
    m_myNumberReason->setEnabled(m_options.value(QStringLiteral("myNumber"))->isChecked());
    const bool third = m_relation->currentData().toString() == QLatin1String("third_party");
    m_requesterReason->setEnabled(third);
}

QJsonObject CertificateForm::body(bool preview) const
{
    QJsonObject options;
    for (auto it = m_options.begin(); it != m_options.end(); ++it) {
        if (it.value()->isEnabled() && it.value()->isChecked())
            options.insert(it.key(), true);
    }
    if (options.contains(QStringLiteral("myNumber")))
        options.insert(QStringLiteral("myNumberReason"), m_myNumberReason->text().trimmed());
    QJsonObject requester{{QStringLiteral("relation"), m_relation->currentData().toString()}};
    if (!m_requesterName->text().trimmed().isEmpty())
        requester.insert(QStringLiteral("name"), m_requesterName->text().trimmed());
    if (m_requesterReason->isEnabled() && !m_requesterReason->text().trimmed().isEmpty())
        requester.insert(QStringLiteral("reason"), m_requesterReason->text().trimmed());
    QJsonObject out{{QStringLiteral("kind"), kind()},
                    {QStringLiteral("options"), options},
                    {QStringLiteral("requester"), requester}};
    if (!m_purpose->text().trimmed().isEmpty())
        out.insert(QStringLiteral("purpose"), m_purpose->text().trimmed());
    if (kind() == QLatin1String("household") && m_householdNo)
        out.insert(QStringLiteral("householdNo"), m_householdNo);
    else
        out.insert(QStringLiteral("partyNo"), m_partyNo);
    if (byHousehold(kind()) && m_part->isChecked()) {
        QJsonArray parties;
        for (qint64 p : checkedMembers())
            parties.append(p);
        out.insert(QStringLiteral("partyNos"), parties);
    }
    if (preview)
        out.insert(QStringLiteral("preview"), true);
    return out;
}

bool CertificateForm::validate()
{
    clearErrors();
    bool ok = true;
    if (byHousehold(kind()) && m_part->isChecked() && checkedMembers().isEmpty()) {
        showError(QStringLiteral("partyNos"), tr("Tick the members to print."));
        ok = false;
    }
    if (m_options.value(QStringLiteral("myNumber"))->isChecked()
        && m_myNumberReason->text().trimmed().isEmpty()) {
        showError(QStringLiteral("options.myNumberReason"),
                  tr("Enter why the requester needs the My Number."));
        ok = false;
    }
    if (m_relation->currentData().toString() == QLatin1String("third_party")
        && m_requesterReason->text().trimmed().isEmpty()) {
        showError(QStringLiteral("requester.reason"),
                  tr("A third party must state the reason for the request."));
        ok = false;
    }
    return ok;
}

void CertificateForm::showError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field);
    if (!label)
        return;
    label->setText(message);
    label->show();
}

QStringList CertificateForm::showFieldErrors(const QList<QPair<QString, QString>> &fields)
{
    QStringList unshown;
    for (const auto &[field, message] : fields) {
        QString key = field;
        if (key.startsWith(QLatin1String("partyNo")) || key == QLatin1String("householdNo"))
            key = QStringLiteral("partyNos");
        else if (key == QLatin1String("date"))
            key = QStringLiteral("kind");
        // The server's own codes for the kind and the options have no field: placed here.
        else if (key == QLatin1String(api::err::CertificateMyNumberReason))
            key = QStringLiteral("options.myNumberReason");
        else if (key == QLatin1String(api::err::ResidentMyNumberForbidden))
            key = QStringLiteral("options.myNumber");
        else if (key == QLatin1String(api::err::CertificateHistoryNotAllowed))
            key = QStringLiteral("options");
        else if (key.startsWith(QLatin1String("certificate.")))
            key = QStringLiteral("kind");
        if (m_errors.contains(key))
            showError(key, message);
        else
            unshown << message;
    }
    return unshown;
}

void CertificateForm::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

QString CertificateForm::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace kikan::client
