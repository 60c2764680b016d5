// The 抄本 and 閲覧 (extractpanel.h).
#include "extractpanel.h"

#include "rollformat.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/electoral_roll/paths.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace kikan::client {

ExtractPanel::ExtractPanel(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *extract = new QGroupBox(tr("Extract of the roll"), this);
    auto *top = new QHBoxLayout(extract);
    m_district = new QComboBox(this);
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *districtLabel = new QLabel(tr("&District:"), this);
    districtLabel->setBuddy(m_district);
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *pdf = new QPushButton(tr("Save P&DF..."), this);
    auto *csv = new QPushButton(tr("Save &CSV..."), this);
    for (QWidget *w : std::initializer_list<QWidget *>{districtLabel, m_district, asOfLabel, m_asOf, pdf, csv})
        top->addWidget(w);
    layout->addWidget(extract);
    auto *inspection = new QGroupBox(tr("Inspection request"), this);
    auto *form = new QFormLayout(inspection);
    m_requester = new QLineEdit(this);
    m_kind = new QComboBox(this);
    for (const char *kind : {"person", "candidate", "political", "research", "news"})
        m_kind->addItem(RollFormat::text(QLatin1String(kind)), QLatin1String(kind));
    m_purpose = new QLineEdit(this);
    m_partyNos = new QLineEdit(this);
    m_partyNos->setPlaceholderText(tr("Party numbers to show (empty: the whole district)"));
    form->addRow(tr("&Requester:"), m_requester);
    form->addRow(tr("Re&quested as:"), m_kind);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("&Entries:"), m_partyNos);
    auto *show = new QPushButton(tr("Record and s&how"), this);
    form->addRow(QString(), show);
    layout->addWidget(inspection);
    m_shown = makeRollTable(RollFormat::electorHeaders(), this);
    layout->addWidget(m_shown, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(pdf, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("pdf")); });
    connect(csv, &QPushButton::clicked, this, [this] { saveAs(QStringLiteral("csv")); });
    connect(show, &QPushButton::clicked, this, &ExtractPanel::inspect);
    connect(m_partyNos, &QLineEdit::returnPressed, this, &ExtractPanel::inspect);
}

void ExtractPanel::reload()
{
    ApiReply *reply = m_api->get(QString::fromLatin1(api::electoral::Districts));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        const int keep = m_wantedDistrict ? m_wantedDistrict : m_district->currentData().toInt();
        m_district->clear();
        for (const QJsonValue &v : reply->result().list(QStringLiteral("districts")))
            m_district->addItem(v[QStringLiteral("name")].toString(), v[QStringLiteral("no")].toInt());
        if (m_district->findData(keep) >= 0)
            m_district->setCurrentIndex(m_district->findData(keep));
        Q_EMIT loaded();
    });
}

void ExtractPanel::setDistrict(int no, QDate asOf)
{
    m_wantedDistrict = no;
    if (m_district->findData(no) >= 0)
        m_district->setCurrentIndex(m_district->findData(no));
    m_asOf->setDate(asOf);
}

void ExtractPanel::fetch(const QString &format)
{
    const int no = m_district->currentData().toInt();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("format"), format);
    query.addQueryItem(QStringLiteral("asOf"), m_asOf->date().toString(Qt::ISODate));
    ApiReply *reply = m_api->get(QString::fromLatin1(api::electoral::Extracts) + QLatin1Char('/')
                                     + QString::number(no), query);
    connect(reply, &ApiReply::finished, this, [this, reply, no, format] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        if (reply->ok())
            Q_EMIT extractReady(reply->result().body,
                                tr("extract-%1-%2.%3").arg(no).arg(m_asOf->date().toString(Qt::ISODate), format));
    });
}

void ExtractPanel::saveAs(const QString &format)
{
    auto *once = new QObject(this);
    connect(this, &ExtractPanel::extractReady, once, [this, once](const QByteArray &bytes, const QString &name) {
        once->deleteLater();
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the extract"), name);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            m_message->setVisible(!path.isEmpty());
            m_message->setText(tr("The file could not be written."));
        }
    });
    fetch(format);
}

void ExtractPanel::setInspection(const QString &requester, const QString &kind,
                                 const QString &purpose, const QString &partyNos)
{
    m_requester->setText(requester);
    m_kind->setCurrentIndex(m_kind->findData(kind));
    m_purpose->setText(purpose);
    m_partyNos->setText(partyNos);
}

void ExtractPanel::inspect()
{
    QJsonArray partyNos;
    for (const QString &p : m_partyNos->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        partyNos.append(p.trimmed().toLongLong());
    const QJsonObject body{{"requester", m_requester->text().trimmed()},
                           {"requesterKind", m_kind->currentData().toString()},
                           {"purpose", m_purpose->text().trimmed()},
                           {"districtNo", m_district->currentData().toInt()},
                           {"partyNos", partyNos}};
    ApiReply *reply = m_api->post(QString::fromLatin1(api::electoral::Inspections), body);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        fillRollTable(m_shown, electorRows(reply->result().list(QStringLiteral("shown"))));
        Q_EMIT inspected();
    });
}

QString ExtractPanel::errorText() const { return m_message->text(); }

} // namespace kikan::client
