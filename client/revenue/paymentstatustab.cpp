// A person's 納付状況 (paymentstatustab.h) over GET /api/v1/revenue/parties/{partyNo}/status.
#include "paymentstatustab.h"

#include "treasurykit.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
qint64 overpaidOf(const QJsonObject &assessment)
{
    qint64 sum = 0;
    for (const QJsonValue &r : assessment.value(QStringLiteral("receipts")).toArray())
        sum += r[QStringLiteral("overpaid")].toInteger();
    return sum;
}

// 延滞金: what late payments recorded, plus what the rest would add if paid today (server's 処理日).
qint64 lateOf(const QJsonObject &assessment)
{
    return assessment.value(QStringLiteral("lateCharge")).toInteger()
           + assessment.value(QStringLiteral("lateChargeDue")).toInteger();
}
} // namespace

PaymentStatusTab::PaymentStatusTab(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_party = new QLineEdit(this);
    m_party->setPlaceholderText(tr("Party number"));
    auto *label = new QLabel(tr("&Party number:"), this);
    label->setBuddy(m_party);
    auto *search = new QPushButton(tr("&Show"), this);
    top->addWidget(label);
    top->addWidget(m_party);
    top->addWidget(search);
    top->addStretch();
    layout->addLayout(top);
    m_table = treasury::makeTable({tr("Tax"), tr("Year"), tr("Installment"), tr("Notice no."), tr("Due date"),
                                   tr("Assessed"), tr("Paid"), tr("Outstanding"), tr("Late charge"),
                                   tr("Overpaid")}, this);
    layout->addWidget(m_table, 1);
    m_totals = new QLabel(this);
    layout->addWidget(m_totals);
    layout->addWidget(new QLabel(tr("Receipts of the selected assessment:"), this));
    m_receipts = new QListWidget(this);
    m_receipts->setMaximumHeight(120);
    layout->addWidget(m_receipts);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(m_party, &QLineEdit::returnPressed, search, &QPushButton::click);
    connect(search, &QPushButton::clicked, this, [this] { showParty(m_party->text().toLongLong()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PaymentStatusTab::showReceipts);
}

void PaymentStatusTab::showParty(qint64 partyNo)
{
    m_party->setText(QString::number(partyNo));
    ApiReply *reply = m_api->get(treasury::path(QStringLiteral("/parties/%1/status").arg(partyNo)));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        treasury::showOutcome(m_message, reply);
        show(reply->result().list(QStringLiteral("assessments")));
        emit loaded();
    });
}

void PaymentStatusTab::show(const QJsonArray &assessments)
{
    m_assessments = assessments;
    QList<QStringList> rows;
    qint64 assessed = 0, paid = 0, owed = 0, late = 0, over = 0;
    for (const QJsonValue &v : assessments) {
        const QJsonObject a = v.toObject();
        const qint64 overpaid = overpaidOf(a);
        rows.append({a.value("revenueItemName").toString(), QString::number(a.value("fiscalYear").toInt()),
                     QString::number(a.value("installment").toInt()), a.value("noticeNo").toString(),
                     a.value("dueDate").toString(), treasury::yen(a.value("amount").toInteger()),
                     treasury::yen(a.value("received").toInteger()), treasury::yen(a.value("outstanding").toInteger()),
                     treasury::yen(lateOf(a)), treasury::yen(overpaid)});
        assessed += a.value("amount").toInteger();
        paid += a.value("received").toInteger();
        owed += a.value("outstanding").toInteger();
        late += lateOf(a);
        over += overpaid;
    }
    treasury::fillTable(m_table, rows);
    m_totals->setText(tr("%1 assessments: assessed %2, paid %3, outstanding %4, late charge %5, overpaid %6")
                          .arg(assessments.size()).arg(treasury::yen(assessed), treasury::yen(paid),
                                                       treasury::yen(owed), treasury::yen(late), treasury::yen(over)));
    m_receipts->clear();
}

void PaymentStatusTab::showReceipts()
{
    m_receipts->clear();
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_assessments.size())
        return;
    for (const QJsonValue &r : m_assessments[row][QStringLiteral("receipts")].toArray())
        m_receipts->addItem(tr("%1  %2  %3  %4 (applied %5, overpaid %6)")
                                .arg(r[QStringLiteral("paidOn")].toString(),
                                     treasury::channelText(r[QStringLiteral("channel")].toString()),
                                     treasury::yen(r[QStringLiteral("amount")].toInteger()),
                                     treasury::outcomeText(r[QStringLiteral("outcome")].toString()),
                                     treasury::yen(r[QStringLiteral("applied")].toInteger()),
                                     treasury::yen(r[QStringLiteral("overpaid")].toInteger())));
}

QString PaymentStatusTab::totals() const { return m_totals->text(); }
QString PaymentStatusTab::errorText() const { return m_message->text(); }

} // namespace kikan::client
