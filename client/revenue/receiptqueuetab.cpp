// The unmatched queue (receiptqueuetab.h) over GET /api/v1/revenue/queue and
// receipts/{id}/history|match|reverse.
#include "receiptqueuetab.h"

#include "treasurykit.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

ReceiptQueueTab::ReceiptQueueTab(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *reloadButton = new QPushButton(tr("Re&load queue"), this);
    m_receiptNo = new QLineEdit(this);
    m_receiptNo->setPlaceholderText(tr("Receipt no."));
    auto *open = new QPushButton(tr("&Open receipt"), this);
    top->addWidget(reloadButton);
    top->addStretch();
    top->addWidget(m_receiptNo);
    top->addWidget(open);
    layout->addLayout(top);
    m_table = treasury::makeTable({tr("Receipt"), tr("Channel"), tr("Paid on"), tr("Notice no."), tr("Amount"),
                                   tr("Result"), tr("Problem")}, this);
    layout->addWidget(m_table, 1);
    m_facts = new QLabel(this);
    layout->addWidget(m_facts);
    auto *form = new QFormLayout;
    m_noticeNo = new QLineEdit(this);
    m_reason = new QLineEdit(this);
    form->addRow(tr("&Notice no. to match:"), m_noticeNo);
    form->addRow(tr("R&eason:"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *matchButton = new QPushButton(tr("&Match by hand"), this);
    auto *reverseButton = new QPushButton(tr("Re&verse match"), this);
    buttons->addStretch();
    buttons->addWidget(matchButton);
    buttons->addWidget(reverseButton);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("History:"), this));
    m_history = new QListWidget(this);
    m_history->setMaximumHeight(110);
    layout->addWidget(m_history);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(reloadButton, &QPushButton::clicked, this, &ReceiptQueueTab::reload);
    connect(m_receiptNo, &QLineEdit::returnPressed, open, &QPushButton::click);
    connect(open, &QPushButton::clicked, this, [this] { openReceipt(m_receiptNo->text().toLongLong()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_items.size())
            openReceipt(m_items[row][QStringLiteral("id")].toInteger());
    });
    connect(m_noticeNo, &QLineEdit::returnPressed, m_reason, qOverload<>(&QWidget::setFocus));
    connect(matchButton, &QPushButton::clicked, this, [this] { match(m_noticeNo->text(), m_reason->text()); });
    connect(reverseButton, &QPushButton::clicked, this, [this] { reverse(m_reason->text()); });
}

void ReceiptQueueTab::reload()
{
    ApiReply *reply = m_api->get(treasury::path(QStringLiteral("/queue")));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        treasury::showOutcome(m_message, reply);
        m_items = reply->result().list(QStringLiteral("items"));
        QList<QStringList> rows;
        for (const QJsonValue &v : m_items) {
            const QJsonObject r = v.toObject();
            rows.append({QString::number(r.value("id").toInteger()), treasury::channelText(r.value("channel").toString()),
                         r.value("paidOn").toString(), r.value("noticeNo").toString(),
                         treasury::yen(r.value("amount").toInteger()),
                         treasury::outcomeText(r.value("outcome").toString()), r.value("problem").toString()});
        }
        const QSignalBlocker quiet(m_table); // refilling must not open another receipt
        treasury::fillTable(m_table, rows);
        emit loaded();
    });
}

void ReceiptQueueTab::openReceipt(qint64 id)
{
    ApiReply *reply = m_api->get(treasury::path(QStringLiteral("/receipts/%1/history").arg(id)));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!treasury::showOutcome(m_message, reply))
            return;
        m_receipt = reply->json().value(QStringLiteral("receipt")).toObject();
        m_receiptNo->setText(QString::number(m_receipt.value("id").toInteger()));
        m_facts->setText(tr("Receipt %1: %2, %3, notice no. %4, %5")
                             .arg(m_receipt.value("id").toInteger())
                             .arg(treasury::yen(m_receipt.value("amount").toInteger()),
                                  treasury::outcomeText(m_receipt.value("outcome").toString()),
                                  m_receipt.value("noticeNo").toString(), m_receipt.value("problem").toString()));
        m_history->clear();
        for (const QJsonValue &e : reply->json().value(QStringLiteral("history")).toArray())
            m_history->addItem(tr("%1  %2 → %3  by %4: %5")
                                   .arg(e[QStringLiteral("at")].toString().left(16).replace(u'T', u' '),
                                        treasury::outcomeText(e[QStringLiteral("before")].toString()),
                                        treasury::outcomeText(e[QStringLiteral("after")].toString()),
                                        e[QStringLiteral("by")].toString(), e[QStringLiteral("reason")].toString()));
        emit receiptShown();
    });
}

void ReceiptQueueTab::match(const QString &noticeNo, const QString &reason)
{
    post(QStringLiteral("match"), {{"noticeNo", noticeNo.trimmed()}, {"reason", reason}});
}

void ReceiptQueueTab::reverse(const QString &reason)
{
    post(QStringLiteral("reverse"), {{"reason", reason}});
}

void ReceiptQueueTab::post(const QString &action, const QJsonObject &body)
{
    const qint64 id = m_receipt.value("id").toInteger();
    if (id <= 0) {
        m_message->setVisible(true);
        m_message->setText(tr("Choose a receipt first."));
        emit failed();
        return;
    }
    ApiReply *reply = m_api->post(treasury::path(QStringLiteral("/receipts/%1/%2").arg(id).arg(action)), body);
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (!treasury::showOutcome(m_message, reply)) {
            emit failed();
            return;
        }
        reload();
        openReceipt(id);
        emit changed();
    });
}

QString ReceiptQueueTab::errorText() const { return m_message->text(); }

} // namespace kikan::client
