// The 照会書 awaiting their 回答書 (sealpendingdialog.h).
#include "sealpendingdialog.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/seal_registration/paths.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
QString base() { return QString::fromLatin1(api::seal::Registrations); }
} // namespace

SealPendingDialog::SealPendingDialog(ApiClient *api, QWidget *parent) : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Inquiry letters awaiting an answer"));
    resize(820, 520);
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Registration"), tr("Party number"), tr("Applied on"),
                                        tr("Answer due by"), tr("State"), tr("Impression text")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_answer = new QPushButton(tr("&Answer received"), this);
    auto *letter = new QPushButton(tr("Save the &letter..."), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(m_answer);
    buttons->addWidget(letter);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_answer, &QPushButton::clicked, this, &SealPendingDialog::answerSelected);
    connect(letter, &QPushButton::clicked, this, &SealPendingDialog::saveLetter);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void SealPendingDialog::reload()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("pending"));
    ApiReply *reply = m_api->get(base(), query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        m_pending = reply->result().list(QStringLiteral("registrations"));
        m_table->setRowCount(int(m_pending.size()));
        for (int row = 0; row < m_pending.size(); ++row) {
            const QJsonObject r = m_pending[row].toObject();
            const bool expired = r.value("state").toString() == QLatin1String("expired");
            const QStringList cells{QString::number(r.value("registrationNo").toInteger()),
                                    QString::number(r.value("partyNo").toInteger()),
                                    r.value("appliedOn").toString(), r.value("inquiryDueOn").toString(),
                                    expired ? tr("Expired: apply again") : tr("Awaiting the answer"),
                                    r.value("impressionText").toString()};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
        if (!m_pending.isEmpty())
            m_table->selectRow(0);
        Q_EMIT loaded();
    });
}

QJsonObject SealPendingDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_pending.size() ? m_pending[row].toObject() : QJsonObject();
}

void SealPendingDialog::answerSelected()
{
    const QJsonObject r = selected();
    if (r.isEmpty())
        return;
    ApiReply *reply = m_api->post(base() + QStringLiteral("/%1/inquiry-answer").arg(r.value("id").toInteger()),
                                  {{"version", r.value("version")}});
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(true);
        if (!reply->ok()) {
            m_message->setText(reply->error().message());
            reload();
            Q_EMIT failed();
            return;
        }
        const qint64 card = reply->json().value("cardNo").toInteger();
        m_message->setText(tr("Registered. Hand over seal registration card %1.").arg(card));
        reload();
        Q_EMIT answered(card);
    });
}

void SealPendingDialog::saveLetter()
{
    const QJsonObject r = selected();
    if (r.isEmpty())
        return;
    ApiReply *reply = m_api->get(base() + QStringLiteral("/%1/inquiry-letter").arg(r.value("id").toInteger()));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok()) {
            m_message->setVisible(true);
            m_message->setText(reply->error().message());
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the inquiry letter"),
                                                          QStringLiteral("inquiry.pdf"));
        QFile file(path);
        if (!path.isEmpty() && file.open(QIODevice::WriteOnly))
            file.write(reply->result().body);
    });
}

QString SealPendingDialog::messageText() const { return m_message->text(); }

} // namespace kikan::client
