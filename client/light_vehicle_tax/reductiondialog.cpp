// 減免 application and withdrawal (reductiondialog.h): POST …/reductions, …/reductions/{id}/withdraw.
#include "reductiondialog.h"

#include "vehiclefields.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/light_vehicle_tax/paths.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

ReductionDialog::ReductionDialog(ApiClient *api, Mode mode, QWidget *parent)
    : QDialog(parent), m_api(api), m_mode(mode)
{
    setWindowTitle(mode == Apply ? tr("Tax reduction: application and decision")
                                 : tr("Tax reduction: withdrawal"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_vehicleLabel = new QLabel(this);
    form->addRow(tr("Vehicle:"), m_vehicleLabel);
    layout->addLayout(form);
    if (mode == Apply)
        buildApply();
    else
        buildWithdraw();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_ok = addOkCancelButtons(this, layout, [this] { submit(); })->button(QDialogButtonBox::Ok);
    if (mode == Apply)
        loadReasons();
}

void ReductionDialog::buildApply()
{
    auto *form = static_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    m_year = new QSpinBox(this);
    m_year->setRange(2016, 2100);
    const QDate today = QDate::currentDate();
    m_year->setValue(today.month() >= 4 ? today.year() : today.year() - 1);
    form->addRow(tr("&Fiscal year:"), m_year);
    m_reason = new QComboBox(this);
    form->addRow(tr("&Reason:"), m_reason);
    m_how = new QComboBox(this);
    m_how->addItem(tr("Full exemption"), QStringLiteral("full"));
    m_how->addItem(tr("A share of the tax"), QStringLiteral("ratio"));
    m_how->addItem(tr("An amount"), QStringLiteral("amount"));
    form->addRow(tr("&How:"), m_how);
    m_ratio = new QLineEdit(this);
    m_ratio->setPlaceholderText(tr("e.g. 0.5 or 50%"));
    form->addRow(tr("&Share:"), m_ratio);
    m_amount = new QLineEdit(this);
    form->addRow(tr("A&mount (yen):"), m_amount);
    m_applied = dateEdit(this);
    form->addRow(tr("&Applied on:"), m_applied);
    m_decided = dateEdit(this);
    form->addRow(tr("&Decided on:"), m_decided);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Note:"), m_note);
    auto showFields = [this] {
        m_ratio->setEnabled(m_how->currentData() == QStringLiteral("ratio"));
        m_amount->setEnabled(m_how->currentData() == QStringLiteral("amount"));
    };
    connect(m_how, &QComboBox::currentIndexChanged, this, showFields);
    showFields();
}

void ReductionDialog::buildWithdraw()
{
    auto *form = static_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    m_decision = new QComboBox(this);
    form->addRow(tr("&Decision:"), m_decision);
    m_withdrawn = dateEdit(this);
    form->addRow(tr("&Withdrawn on:"), m_withdrawn);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Reason:"), m_note);
}

void ReductionDialog::loadReasons()
{
    ApiReply *reply = m_api->get(QString::fromLatin1(api::path::LightVehicleReductions)
                                 + QStringLiteral("/reasons"));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return fail(reply->error().message());
        for (const QJsonValue &r : reply->result().list(QStringLiteral("reasons")))
            m_reason->addItem(r[QStringLiteral("label")].toString(), r[QStringLiteral("code")].toString());
        emit reasonsLoaded();
    });
}

void ReductionDialog::setVehicle(const QJsonObject &vehicle, const QJsonArray &reductions)
{
    m_vehicleId = vehicle.value("vehicleId").toInteger();
    m_vehicleLabel->setText(VehicleFields::vehicleText(vehicle));
    if (!m_decision)
        return;
    m_decision->clear();
    for (const QJsonValue &r : reductions) {
        if (!r[QStringLiteral("withdrawnOn")].toString().isEmpty())
            continue;
        m_decision->addItem(tr("Fiscal year %1: %2 (decided %3)")
                                .arg(r[QStringLiteral("fiscalYear")].toInt())
                                .arg(r[QStringLiteral("reasonLabel")].toString(),
                                     r[QStringLiteral("decidedOn")].toString()),
                            r[QStringLiteral("reductionId")].toInteger());
    }
}

void ReductionDialog::setField(const QString &name, const QString &value)
{
    const QHash<QString, QDateEdit *> dates{{QStringLiteral("appliedOn"), m_applied},
                                            {QStringLiteral("decidedOn"), m_decided},
                                            {QStringLiteral("withdrawnOn"), m_withdrawn}};
    const QHash<QString, QComboBox *> choices{{QStringLiteral("mode"), m_how},
                                              {QStringLiteral("reductionId"), m_decision},
                                              {QStringLiteral("reason"), m_mode == Apply ? m_reason : nullptr}};
    const QHash<QString, QLineEdit *> lines{{QStringLiteral("ratio"), m_ratio},
                                            {QStringLiteral("amount"), m_amount},
                                            {QStringLiteral("note"), m_note},
                                            {QStringLiteral("reason"), m_note}};
    if (QDateEdit *d = dates.value(name))
        d->setDate(QDate::fromString(value, Qt::ISODate));
    else if (QComboBox *c = choices.value(name))
        c->setCurrentIndex(name == QLatin1String("reductionId") ? c->findData(value.toLongLong())
                                                                : c->findData(value));
    else if (QLineEdit *l = lines.value(name))
        l->setText(value);
    else if (name == QLatin1String("fiscalYear") && m_year)
        m_year->setValue(value.toInt());
}

QJsonObject ReductionDialog::body() const
{
    if (m_mode == Withdraw)
        return {{"withdrawnOn", m_withdrawn->date().toString(Qt::ISODate)}, {"reason", m_note->text().trimmed()}};
    QJsonObject b{{"vehicleId", m_vehicleId}, {"fiscalYear", m_year->value()},
                  {"reason", m_reason->currentData().toString()}, {"mode", m_how->currentData().toString()},
                  {"appliedOn", m_applied->date().toString(Qt::ISODate)},
                  {"decidedOn", m_decided->date().toString(Qt::ISODate)}, {"note", m_note->text().trimmed()}};
    if (m_ratio->isEnabled())
        b.insert("ratio", m_ratio->text().trimmed());
    if (m_amount->isEnabled())
        b.insert("amount", m_amount->text().trimmed().toLongLong());
    return b;
}

QString ReductionDialog::statusText() const { return m_status->text(); }

QString ReductionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReductionDialog::fail(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    emit failed(message);
}

void ReductionDialog::submit()
{
    if (m_mode == Withdraw && m_decision->currentIndex() < 0)
        return fail(tr("This vehicle has no reduction in force."));
    const QString base = QString::fromLatin1(api::path::LightVehicleReductions);
    const QString path = m_mode == Apply ? base
                                         : base + QStringLiteral("/%1/withdraw").arg(
                                               m_decision->currentData().toLongLong());
    ApiReply *reply = m_api->post(path, body());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return fail(reply->error().message());
        m_error->hide();
        m_ok->setEnabled(false); // recorded: once
        const QJsonObject answer = reply->json();
        const qint64 id = answer.value("reductionId").toInteger();
        if (m_mode == Apply)
            m_status->setText(tr("Reduction %1 recorded. It applies at the next annual assessment "
                                 "(a re-run corrects an assessed year).").arg(id));
        else if (answer.value("reassessed").toBool())
            m_status->setText(tr("Withdrawal recorded; fiscal year %1 was corrected to the tax "
                                 "without the reduction.").arg(answer.value("fiscalYear").toInt()));
        else
            m_status->setText(tr("Withdrawal recorded; the year has not been assessed yet."));
        emit saved(id);
    });
}

} // namespace kikan::client
