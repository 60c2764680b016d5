// 照会 of the 選挙人名簿 (electorpanel.h).
#include "electorpanel.h"

#include "rollformat.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/electoral_roll/paths.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace kikan::client {

ElectorPanel::ElectorPanel(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Party number or kana"));
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_query);
    auto *find = new QPushButton(tr("&Search"), this);
    top->addWidget(label);
    top->addWidget(m_query, 1);
    top->addWidget(find);
    layout->addLayout(top);
    m_table = makeRollTable(RollFormat::electorHeaders(), this);
    layout->addWidget(m_table, 2);
    layout->addWidget(new QLabel(tr("History of the selected registration:"), this));
    m_history = new QListWidget(this);
    layout->addWidget(m_history, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(m_query, &QLineEdit::returnPressed, find, &QPushButton::click);
    connect(find, &QPushButton::clicked, this, [this] { search(m_query->text().trimmed()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ElectorPanel::showSelected);
}

void ElectorPanel::search(const QString &text)
{
    m_query->setText(text);
    bool digits = false;
    const qint64 partyNo = text.toLongLong(&digits);
    QUrlQuery query;
    query.addQueryItem(digits ? QStringLiteral("partyNo") : QStringLiteral("kana"),
                       digits ? QString::number(partyNo) : text);
    ApiReply *reply = m_api->get(QString::fromLatin1(api::electoral::Electors), query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        m_electors = reply->result().list(QStringLiteral("electors"));
        fillRollTable(m_table, electorRows(m_electors));
        m_history->clear();
        if (m_electors.isEmpty() && reply->ok()) {
            m_message->setVisible(true);
            m_message->setText(tr("Nobody on the roll matches."));
        } else if (!m_electors.isEmpty()) {
            m_table->selectRow(0);
        }
        Q_EMIT loaded();
    });
}

void ElectorPanel::showSelected()
{
    m_history->clear();
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_electors.size())
        return;
    for (const QJsonValue &v : m_electors[row].toObject().value("events").toArray()) {
        const QJsonObject e = v.toObject();
        QString line = tr("%1  %2 (%3)").arg(e.value("on").toString(),
                                           RollFormat::text(e.value("kind").toString()),
                                           RollFormat::text(e.value("reason").toString()));
        if (!e.value("article").toString().isEmpty())
            line += QStringLiteral("  ") + e.value("article").toString();
        if (!e.value("changeId").isNull())
            line += tr("  change %1").arg(e.value("changeId").toInteger());
        m_history->addItem(line);
    }
}

} // namespace kikan::client
