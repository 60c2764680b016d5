// The 軽自動車税 page (vehiclepage.h).
#include "vehiclepage.h"

#include "assessmentrundialog.h"
#include "mopedcounterdialog.h"
#include "reductiondialog.h"
#include "taxcertificatedialog.h"
#include "vehicleentrydialog.h"
#include "vehicleinquiry.h"
#include "vehicletext.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/light_vehicle_tax/paths.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace kikan::client {

VehiclePage::VehiclePage(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Light vehicle tax"), this));
    auto *top = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Plate number, owner's name or party number"));
    auto *searchButton = new QPushButton(tr("&Search"), this);
    top->addWidget(new QLabel(tr("Search:"), this));
    top->addWidget(m_query, 1);
    top->addWidget(searchButton);
    layout->addLayout(top);
    using Buttons = QList<QPair<QString, std::function<void()>>>;
    auto addButtons = [this](QHBoxLayout *row, const Buttons &buttons) {
        for (const auto &[text, action] : buttons) {
            auto *b = new QPushButton(text, this);
            connect(b, &QPushButton::clicked, this, action);
            row->addWidget(b);
        }
    };
    auto *actions = new QHBoxLayout;
    addButtons(actions, {
        {tr("&Register..."), [this] { openRegisterDialog(); }},
        {tr("Change of &owner..."), [this] { openChangeDialog(QStringLiteral("transfer-owner")); }},
        {tr("&Deregister..."), [this] { openChangeDialog(QStringLiteral("deregister")); }},
        {tr("Tax &certificate..."), [this] { openCertificateDialog(); }},
        {tr("&Annual assessment..."), [this] { openAssessmentDialog(); }},
    });
    actions->addStretch();
    layout->addLayout(actions);
    auto *counter = new QHBoxLayout;
    counter->addWidget(new QLabel(tr("Town-registered vehicles:"), this));
    addButtons(counter, {
        {tr("&Moped registration..."), [this] { openMopedDialog(MopedCounterDialog::Register); }},
        {tr("Re-issue &plate..."), [this] { openMopedDialog(MopedCounterDialog::ReissuePlate); }},
        {tr("Moped deregistration (&X)..."), [this] { openMopedDialog(MopedCounterDialog::Deregister); }},
    });
    counter->addStretch();
    addButtons(counter, {
        {tr("Reduc&tion..."), [this] { openReductionDialog(ReductionDialog::Apply); }},
        {tr("&Withdraw reduction..."), [this] { openReductionDialog(ReductionDialog::Withdraw); }},
    });
    layout->addLayout(counter);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Plate number"), tr("Vehicle class"), tr("Owner"),
                                        tr("Storage place"), tr("First inspection"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMaximumHeight(150);
    layout->addWidget(m_table);
    m_inquiry = new VehicleInquiry(api, this);
    layout->addWidget(m_inquiry, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(m_query, &QLineEdit::returnPressed, searchButton, &QPushButton::click);
    connect(searchButton, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VehiclePage::showSelected);
    m_query->setFocus();
}

QString VehiclePage::errorText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void VehiclePage::search(const QString &text)
{
    const QString q = text.trimmed();
    m_query->setText(q);
    if (q.isEmpty())
        return;
    QUrlQuery query;
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression anyDigit(QStringLiteral("[0-9０-９]"));
    if (digitsOnly.match(q).hasMatch())
        query.addQueryItem(QStringLiteral("ownerPartyNo"), q);
    else if (anyDigit.match(q).hasMatch())
        query.addQueryItem(QStringLiteral("plateNo"), q);
    else
        query.addQueryItem(QStringLiteral("ownerName"), q);
    ApiReply *reply = m_api->get(QString::fromLatin1(api::path::LightVehicles), query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        showFound(reply->result().list(QStringLiteral("vehicles")));
        if (reply->ok() && m_found.isEmpty()) {
            m_message->setText(tr("No vehicle found."));
            m_message->show();
        }
        emit searched();
    });
}

void VehiclePage::showFound(const QJsonArray &vehicles)
{
    m_found = vehicles;
    m_table->setRowCount(int(vehicles.size()));
    for (int row = 0; row < vehicles.size(); ++row) {
        const QJsonObject v = vehicles[row].toObject();
        const QStringList cells{
            v.value("plateNo").toString(), VehicleText::rateClass(v.value("rateClass").toString()),
            QStringLiteral("%1 %2").arg(v.value("ownerPartyNo").toInteger())
                .arg(v.value("ownerName").toString()),
            v.value("storagePlace").toString(), v.value("firstInspection").toString(),
            VehicleText::status(v.value("status").toString())};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    if (!vehicles.isEmpty()) {
        // Selecting row 0 again after a new search emits nothing: show it explicitly.
        const QSignalBlocker blocker(m_table);
        m_table->selectRow(0);
        m_table->setFocus();
    }
    showSelected();
}

void VehiclePage::showSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_found.size())
        openVehicle(m_found[row].toObject().value("vehicleId").toInteger());
}

void VehiclePage::openVehicle(qint64 vehicleId) { m_inquiry->load(vehicleId); }

void VehiclePage::openRegisterDialog()
{
    auto *dialog = new VehicleEntryDialog(m_api, VehicleEntryDialog::Register, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VehicleEntryDialog::saved, this, &VehiclePage::openVehicle);
    dialog->open();
}

void VehiclePage::openChangeDialog(const QString &kind)
{
    if (!m_inquiry->vehicleId()) {
        m_message->setText(tr("Select a vehicle first."));
        m_message->show();
        return;
    }
    const auto mode = kind == QLatin1String("deregister") ? VehicleEntryDialog::Deregister
                                                          : VehicleEntryDialog::TransferOwner;
    auto *dialog = new VehicleEntryDialog(m_api, mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVehicle(m_inquiry->vehicle(), m_inquiry->version());
    connect(dialog, &VehicleEntryDialog::saved, this, &VehiclePage::openVehicle);
    dialog->open();
}

MopedCounterDialog *VehiclePage::openMopedDialog(int mode)
{
    if (mode != MopedCounterDialog::Register && !m_inquiry->vehicleId()) {
        m_message->setText(tr("Select a vehicle first."));
        m_message->show();
        return nullptr;
    }
    auto *dialog = new MopedCounterDialog(m_api, MopedCounterDialog::Mode(mode), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (mode != MopedCounterDialog::Register)
        dialog->setVehicle(m_inquiry->vehicle(), m_inquiry->version());
    connect(dialog, &MopedCounterDialog::issued, this, &VehiclePage::openVehicle);
    dialog->open();
    return dialog;
}

ReductionDialog *VehiclePage::openReductionDialog(int mode)
{
    if (!m_inquiry->vehicleId()) {
        m_message->setText(tr("Select a vehicle first."));
        m_message->show();
        return nullptr;
    }
    auto *dialog = new ReductionDialog(m_api, ReductionDialog::Mode(mode), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setVehicle(m_inquiry->vehicle(), m_inquiry->reductions());
    const qint64 vehicle = m_inquiry->vehicleId();
    connect(dialog, &ReductionDialog::saved, this, [this, vehicle] { openVehicle(vehicle); });
    dialog->open();
    return dialog;
}

void VehiclePage::openAssessmentDialog()
{
    auto *dialog = new AssessmentRunDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void VehiclePage::openCertificateDialog()
{
    auto *dialog = new TaxCertificateDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_inquiry->vehicleId())
        dialog->setVehicle(m_inquiry->vehicleId(), m_inquiry->vehicle().value("plateNo").toString());
    dialog->open();
}

} // namespace kikan::client
