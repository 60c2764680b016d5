// 定時登録・選挙時登録 with the dry run first (rollrunpanel.h).
#include "rollrunpanel.h"

#include "rollformat.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/electoral_roll/paths.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

RollRunPanel::RollRunPanel(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Periodic registration (March, June, September, December)"),
                    QStringLiteral("periodic"));
    m_kind->addItem(tr("Registration for an election"), QStringLiteral("election"));
    m_registrationDate = new QDateEdit(QDate::currentDate(), this);
    m_registrationDate->setCalendarPopup(true);
    m_registrationDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_baseDate = new QDateEdit(QDate::currentDate(), this);
    m_baseDate->setCalendarPopup(true);
    m_baseDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_election = new QLineEdit(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Registration &date:"), m_registrationDate);
    form->addRow(tr("&Base date (election):"), m_baseDate);
    form->addRow(tr("&Election:"), m_election);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_dryRun = new QPushButton(tr("D&ry run"), this);
    m_apply = new QPushButton(tr("Re&gister the listed electors"), this);
    m_apply->setEnabled(false);
    m_summary = new QLabel(this);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    QStringList headers = RollFormat::electorHeaders();
    headers.insert(1, tr("Change"));
    m_table = makeRollTable(headers, this);
    layout->addWidget(m_table, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RollRunPanel::updateFields);
    connect(m_dryRun, &QPushButton::clicked, this, &RollRunPanel::dryRun);
    connect(m_apply, &QPushButton::clicked, this, &RollRunPanel::apply);
    for (QDateEdit *d : {m_registrationDate, m_baseDate})
        connect(d, &QDateEdit::dateChanged, this, [this] { m_apply->setEnabled(false); });
    connect(m_election, &QLineEdit::textChanged, this, [this] { m_apply->setEnabled(false); });
    updateFields();
}

void RollRunPanel::updateFields()
{
    const bool election = m_kind->currentData().toString() == QLatin1String("election");
    m_baseDate->setEnabled(election);
    m_election->setEnabled(election);
    m_apply->setEnabled(false);
}

void RollRunPanel::setRun(const QString &kind, QDate registrationDate, QDate baseDate,
                          const QString &electionName)
{
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_registrationDate->setDate(registrationDate);
    if (baseDate.isValid())
        m_baseDate->setDate(baseDate);
    m_election->setText(electionName);
}

QJsonObject RollRunPanel::request(bool dryRun) const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject body{{"kind", kind},
                     {"registrationDate", m_registrationDate->date().toString(Qt::ISODate)},
                     {"dryRun", dryRun}};
    if (kind == QLatin1String("election")) {
        body.insert("baseDate", m_baseDate->date().toString(Qt::ISODate));
        body.insert("electionName", m_election->text().trimmed());
    }
    return body;
}

void RollRunPanel::dryRun() { send(true); }

void RollRunPanel::apply()
{
    QJsonObject asChecked = request(true);
    if (asChecked == m_checked)
        send(false);
}

void RollRunPanel::send(bool dryRun)
{
    const QJsonObject body = request(dryRun);
    ApiReply *reply = m_api->post(QString::fromLatin1(api::electoral::RegistrationRuns), body);
    connect(reply, &ApiReply::finished, this, [this, reply, dryRun, body] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        const QJsonObject run = reply->json();
        QList<QStringList> rows;
        for (const char *list : {"additions", "removals"}) {
            for (QStringList row : electorRows(run.value(QLatin1String(list)).toArray())) {
                row.insert(1, QLatin1String(list) == QLatin1String("additions") ? tr("Add")
                                                                               : tr("Remove"));
                rows << row;
            }
        }
        fillRollTable(m_table, rows);
        const int added = int(run.value("additions").toArray().size());
        const int removed = int(run.value("removals").toArray().size());
        m_summary->setText(!reply->ok() ? QString()
                           : dryRun ? tr("Dry run for base date %1: %2 to add, %3 to remove. Nothing written yet.")
                                          .arg(run.value("baseDate").toString()).arg(added).arg(removed)
                                    : tr("Registered on %1: %2 added, %3 removed.")
                                          .arg(run.value("registrationDate").toString()).arg(added).arg(removed));
        m_checked = dryRun && reply->ok() ? body : QJsonObject();
        m_apply->setEnabled(dryRun && reply->ok() && added + removed > 0);
        Q_EMIT finished();
    });
}

QString RollRunPanel::summary() const { return m_summary->text(); }

} // namespace kikan::client
