// 照会 of one vehicle (vehicleinquiry.h).
#include "vehicleinquiry.h"

#include "vehicletext.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/light_vehicle_tax/paths.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

void fillRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (cells[c].endsWith(VehicleText::tr("%1 yen").arg(QString()).trimmed()))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

QString party(const QJsonObject &v, const char *no, const char *name)
{
    if (v.value(QLatin1String(no)).isNull())
        return QString();
    return QStringLiteral("%1 %2").arg(v.value(QLatin1String(no)).toInteger())
        .arg(v.value(QLatin1String(name)).toString());
}
} // namespace

VehicleInquiry::VehicleInquiry(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_facts = new QLabel(this);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_facts->setMinimumHeight(fontMetrics().height() * 8); // five rows of the facts table
    layout->addWidget(m_facts);
    m_tabs = new QTabWidget(this);
    m_history = makeTable({tr("No."), tr("Change"), tr("From"), tr("Until"), tr("Plate number"),
                           tr("Owner"), tr("Storage place"), tr("Note")}, this);
    m_levies = makeTable({tr("Fiscal year"), tr("Taxpayer"), tr("Rate class"), tr("Column"),
                          tr("Tax"), tr("Reduction"), tr("Assessed"), tr("Notice number")}, this);
    m_tabs->addTab(m_levies, tr("&Tax by fiscal year"));
    m_tabs->addTab(m_history, tr("&History"));
    layout->addWidget(m_tabs, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
}

void VehicleInquiry::load(qint64 vehicleId)
{
    m_vehicleId = vehicleId;
    ApiReply *reply = m_api->get(QString::fromLatin1(api::path::LightVehicles)
                                 + QStringLiteral("/%1").arg(vehicleId));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        show(reply->ok() ? reply->json() : QJsonObject());
        emit loaded();
    });
}

QString VehicleInquiry::factsText() const { return m_facts->text(); }

void VehicleInquiry::show(const QJsonObject &answer)
{
    m_vehicle = answer.value("vehicle").toObject();
    m_version = answer.value("version").toInt();
    m_reductions = answer.value("reductions").toArray();
    const QJsonObject &v = m_vehicle;
    const QList<QPair<QString, QString>> rows{
        {tr("Plate number"), v.value("plateNo").toString()},
        {tr("State"), VehicleText::status(v.value("status").toString())},
        {tr("Vehicle class"), VehicleText::rateClass(v.value("rateClass").toString())},
        {tr("First inspection"), v.value("firstInspection").toString()},
        {tr("Power"), VehicleText::power(v.value("power").toString())},
        {tr("Chassis number"), v.value("chassisNo").toString()},
        {tr("Owner"), party(v, "ownerPartyNo", "ownerName")},
        {tr("User"), party(v, "userPartyNo", "userName")},
        {tr("Storage place"), v.value("storagePlace").toString()},
        {tr("In force since"), v.value("validFrom").toString()},
    };
    QString html = QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
    for (int i = 0; i < rows.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (int j = i; j < qMin(i + 2, int(rows.size())); ++j)
            html += QStringLiteral("<td><b>%1</b></td><td width=\"330\">%2</td>")
                        .arg(rows[j].first.toHtmlEscaped(), rows[j].second.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    m_facts->setText(v.isEmpty() ? QString() : html + QStringLiteral("</table>"));
    showHistory(answer.value("history").toArray());
    showLevies(answer.value("levies").toArray());
}

void VehicleInquiry::showHistory(const QJsonArray &history)
{
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const QJsonObject h = history[row].toObject();
        const QString note = h.value("reason").toString().isEmpty()
                                 ? h.value("previousTown").toString()
                                 : h.value("reason").toString();
        fillRow(m_history, row,
                {QString::number(h.value("historyNo").toInt()),
                 VehicleText::changeKind(h.value("changeKind").toString()),
                 h.value("validFrom").toString(), h.value("validTo").toString(),
                 h.value("plateNo").toString(), party(h, "ownerPartyNo", "ownerName"),
                 h.value("storagePlace").toString(), note});
    }
    m_history->resizeColumnsToContents();
}

void VehicleInquiry::showLevies(const QJsonArray &levies)
{
    m_levies->setRowCount(int(levies.size()));
    for (int row = 0; row < levies.size(); ++row) {
        const QJsonObject l = levies[row].toObject();
        fillRow(m_levies, row,
                {tr("FY %1").arg(l.value("fiscalYear").toInt()),
                 party(l, "taxpayerPartyNo", "taxpayerName"),
                 VehicleText::rateClass(l.value("rateClass").toString()),
                 VehicleText::column(l.value("column").toString()),
                 VehicleText::yen(l.value("tax").toInteger()),
                 VehicleText::yen(l.value("reduction").toInteger()),
                 VehicleText::yen(l.value("amount").toInteger()), l.value("noticeNo").toString()});
    }
    m_levies->resizeColumnsToContents();
}

} // namespace kikan::client
