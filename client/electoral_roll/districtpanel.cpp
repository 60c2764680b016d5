// The 投票区 table (districtpanel.h).
#include "districtpanel.h"

#include "rollformat.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/electoral_roll/paths.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
QString base() { return QString::fromLatin1(api::electoral::Districts); }
} // namespace

DistrictPanel::DistrictPanel(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    m_table = makeRollTable({tr("No."), tr("Name"), tr("Polling place"), tr("Town areas")}, this);
    layout->addWidget(m_table, 1);
    auto *form = new QFormLayout;
    m_no = new QSpinBox(this);
    m_no->setRange(1, 999);
    m_name = new QLineEdit(this);
    m_place = new QLineEdit(this);
    m_areas = new QLineEdit(this);
    m_areas->setPlaceholderText(tr("Town area codes, separated by commas"));
    form->addRow(tr("N&o.:"), m_no);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Polling place:"), m_place);
    form->addRow(tr("&Town areas:"), m_areas);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Ne&w district"), this);
    m_save = new QPushButton(tr("&Save"), this);
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DistrictPanel::showSelected);
    connect(m_save, &QPushButton::clicked, this, &DistrictPanel::save);
    connect(m_areas, &QLineEdit::returnPressed, this, &DistrictPanel::save);
    connect(add, &QPushButton::clicked, this, [this] {
        int next = 1;
        for (const QJsonValue &d : m_districts)
            next = qMax(next, d[QStringLiteral("no")].toInt() + 1);
        edit(next, tr("District %1").arg(next), {}, {});
        m_version = 0;
        m_name->setFocus();
    });
}

void DistrictPanel::reload()
{
    ApiReply *reply = m_api->get(base());
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        m_districts = reply->result().list(QStringLiteral("districts"));
        QList<QStringList> rows;
        for (const QJsonValue &v : m_districts) {
            const QJsonObject d = v.toObject();
            QStringList areas;
            for (const QJsonValue &a : d.value("areas").toArray())
                areas << a.toString();
            rows << QStringList{QString::number(d.value("no").toInt()), d.value("name").toString(),
                                d.value("pollingPlace").toString(), areas.join(QStringLiteral(", "))};
        }
        fillRollTable(m_table, rows);
        Q_EMIT loaded();
    });
}

void DistrictPanel::showSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_districts.size())
        return;
    const QJsonObject d = m_districts[row].toObject();
    edit(d.value("no").toInt(), d.value("name").toString(), d.value("pollingPlace").toString(),
         m_table->item(row, 3)->text());
    m_version = d.value("version").toInt();
}

void DistrictPanel::edit(int no, const QString &name, const QString &place, const QString &areas)
{
    m_no->setValue(no);
    m_name->setText(name);
    m_place->setText(place);
    m_areas->setText(areas);
}

void DistrictPanel::save()
{
    QJsonArray areas;
    for (const QString &a : m_areas->text().split(QRegularExpression(QStringLiteral("[,、\\s]+")),
                                                  Qt::SkipEmptyParts))
        areas.append(a);
    const QJsonObject body{{"no", m_no->value()}, {"name", m_name->text().trimmed()},
                           {"pollingPlace", m_place->text().trimmed()}, {"areas", areas},
                           {"version", m_version}};
    ApiReply *reply = m_version ? m_api->put(base() + QLatin1Char('/') + QString::number(m_no->value()), body)
                                : m_api->post(base(), body);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        if (!reply->ok()) {
            Q_EMIT failed();
            return;
        }
        m_version = reply->json().value("version").toInt();
        reload();
        Q_EMIT saved();
    });
}

QString DistrictPanel::errorText() const { return m_message->text(); }

} // namespace kikan::client
