// The 印鑑登録 page (sealpage.h).
#include "sealpage.h"

#include "sealcertificatedialog.h"
#include "sealpendingdialog.h"
#include "sealregisterdialog.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/seal_registration/paths.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
QString base() { return QString::fromLatin1(api::seal::Registrations); }
constexpr double kPixelsPerMm = 6.0;
} // namespace

SealPage::SealPage(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageTitle(tr("Seal registration"), this));
    auto *top = new QHBoxLayout;
    m_party = new QLineEdit(this);
    m_party->setPlaceholderText(tr("Party number"));
    auto *search = new QPushButton(tr("&Show"), this);
    m_register = new QPushButton(tr("&New registration..."), this);
    m_certificate = new QPushButton(tr("Issue &certificate..."), this);
    m_end = new QPushButton(tr("&End on application"), this);
    m_reissue = new QPushButton(tr("Re-&issue card"), this);
    m_lost = new QPushButton(tr("Card &lost"), this);
    auto *pending = new QPushButton(tr("&Awaiting answers..."), this);
    top->addWidget(new QLabel(tr("Party number:"), this));
    top->addWidget(m_party);
    top->addWidget(search);
    top->addStretch();
    top->addWidget(m_register);
    top->addWidget(m_certificate);
    top->addWidget(m_end);
    layout->addLayout(top);
    auto *cardRow = new QHBoxLayout;
    cardRow->addStretch();
    cardRow->addWidget(m_reissue);
    cardRow->addWidget(m_lost);
    cardRow->addWidget(pending);
    layout->addLayout(cardRow);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Registration"), tr("State"), tr("Registered on"),
                                        tr("Card"), tr("Size (mm)"), tr("Impression text")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(170);
    layout->addWidget(m_table);
    auto *detail = new QHBoxLayout;
    m_impression = new QLabel(this);
    m_impression->setFixedSize(240, 240);
    m_impression->setAlignment(Qt::AlignCenter);
    m_impression->setFrameShape(QFrame::Box);
    auto *right = new QVBoxLayout;
    m_facts = new QLabel(this);
    m_facts->setWordWrap(true);
    m_events = new QListWidget(this);
    right->addWidget(m_facts);
    right->addWidget(new QLabel(tr("History:"), this));
    right->addWidget(m_events, 1);
    detail->addWidget(m_impression);
    detail->addLayout(right, 1);
    layout->addLayout(detail, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(m_party, &QLineEdit::returnPressed, search, &QPushButton::click);
    connect(search, &QPushButton::clicked, this, [this] { showParty(m_party->text().toLongLong()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SealPage::showSelected);
    connect(m_register, &QPushButton::clicked, this, &SealPage::openRegisterDialog);
    connect(m_certificate, &QPushButton::clicked, this, &SealPage::openCertificateDialog);
    connect(m_end, &QPushButton::clicked, this, &SealPage::endSelected);
    connect(m_reissue, &QPushButton::clicked, this, &SealPage::reissueSelectedCard);
    connect(m_lost, &QPushButton::clicked, this, &SealPage::endSelectedOnCardLoss);
    connect(pending, &QPushButton::clicked, this, &SealPage::openPendingDialog);
}

static QString stateText(const QString &state)
{
    if (state == QLatin1String("registered"))
        return SealPage::tr("Registered");
    if (state == QLatin1String("pending"))
        return SealPage::tr("Awaiting the answer");
    if (state == QLatin1String("expired"))
        return SealPage::tr("Expired");
    return SealPage::tr("Ended");
}

static QString kindText(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {"registered", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Registered")},
        {"inquiry_sent", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Inquiry letter sent")},
        {"inquiry_answered", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Answer received")},
        {"card_issued", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Card issued")},
        {"card_lost", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Card lost")},
        {"ended", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Ended")},
        {"photo_id", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Photo ID")},
        {"guarantor", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Guarantor")},
        {"inquiry", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Inquiry letter")},
        {"application", QT_TRANSLATE_NOOP("kikan::client::SealPage", "On application")},
        {"move_out", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Moved out")},
        {"death", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Death")},
        {"removed", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Struck off")},
        {"name_change", QT_TRANSLATE_NOOP("kikan::client::SealPage", "Name no longer shown")},
        {"inquiry_expired", QT_TRANSLATE_NOOP("kikan::client::SealPage", "No answer by the date")},
    };
    const char *name = names.value(kind);
    return name ? SealPage::tr(name) : kind;
}

void SealPage::showParty(qint64 partyNo)
{
    m_partyNo = partyNo;
    m_party->setText(QString::number(partyNo));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("partyNo"), QString::number(partyNo));
    ApiReply *reply = m_api->get(base(), query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        m_registrations = reply->result().list(QStringLiteral("registrations"));
        m_table->setRowCount(int(m_registrations.size()));
        for (int row = 0; row < m_registrations.size(); ++row) {
            const QJsonObject r = m_registrations[row].toObject();
            const QJsonObject i = r.value("impression").toObject();
            const QStringList cells{
                QString::number(r.value("registrationNo").toInteger()),
                stateText(r.value("state").toString()), r.value("registeredOn").toString(),
                r.value("cardNo").isNull() ? QString() : QString::number(r.value("cardNo").toInteger()),
                tr("%1 × %2").arg(i.value("widthMm").toDouble(), 0, 'f', 1)
                    .arg(i.value("heightMm").toDouble(), 0, 'f', 1),
                r.value("impressionText").toString()};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
        if (!m_registrations.isEmpty())
            m_table->selectRow(int(m_registrations.size()) - 1);
        emit loaded();
    });
}

QJsonObject SealPage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_registrations.size() ? m_registrations[row].toObject() : QJsonObject();
}

void SealPage::showSelected()
{
    const QJsonObject r = selected();
    m_events->clear();
    for (const QJsonValue &e : r.value("events").toArray())
        m_events->addItem(QStringLiteral("%1  %2  %3").arg(e[QStringLiteral("effectiveOn")].toString(),
                                                        kindText(e[QStringLiteral("kind")].toString()),
                                                        kindText(e[QStringLiteral("reason")].toString())));
    m_facts->setText(tr("Identified by: %1\nEnds on: %2 %3")
                         .arg(kindText(r.value("identityPath").toString()), r.value("endsOn").toString(),
                              kindText(r.value("endReason").toString())));
    if (r.isEmpty())
        return;
    ApiReply *reply = m_api->get(base() + QStringLiteral("/%1/impression").arg(r.value("id").toInteger()));
    connect(reply, &ApiReply::finished, this, [this, reply, r] {
        QImage image = QImage::fromData(reply->result().body, "PNG");
        const double w = r.value("impression").toObject().value("widthMm").toDouble();
        if (!image.isNull())
            image = image.scaledToWidth(qMax(1, qRound(w * kPixelsPerMm)), Qt::SmoothTransformation);
        m_impression->setPixmap(QPixmap::fromImage(image));
        emit impressionShown();
    });
}

void SealPage::openRegisterDialog()
{
    auto *dialog = new SealRegisterDialog(m_api, m_partyNo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SealRegisterDialog::registered, this, [this] { showParty(m_partyNo); });
    dialog->open();
}

void SealPage::openCertificateDialog()
{
    auto *dialog = new SealCertificateDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QJsonObject r = selected();
    if (!r.value("cardNo").isNull() && r.contains("cardNo"))
        dialog->setCardNo(r.value("cardNo").toInteger());
    dialog->open();
}

void SealPage::endSelected()
{
    const QJsonObject r = selected();
    if (r.isEmpty() || !askYesNo(this, tr("End registration"),
                                 tr("End registration %1 on the person's application?")
                                     .arg(r.value("registrationNo").toInteger())))
        return;
    postOnSelected(QStringLiteral("end"), {{"version", r.value("version")}, {"reason", "application"}});
}

void SealPage::endSelectedOnCardLoss()
{
    const QJsonObject r = selected();
    if (r.isEmpty() || !askYesNo(this, tr("Card lost"),
                                 tr("End registration %1 because card %2 was lost?")
                                     .arg(r.value("registrationNo").toInteger())
                                     .arg(r.value("cardNo").toInteger())))
        return;
    postOnSelected(QStringLiteral("end"), {{"version", r.value("version")}, {"reason", "card_lost"}});
}

void SealPage::reissueSelectedCard()
{
    const QJsonObject r = selected();
    if (r.isEmpty() || !askYesNo(this, tr("Re-issue card"),
                                 tr("Issue a new card for registration %1? Card %2 can no longer be used.")
                                     .arg(r.value("registrationNo").toInteger())
                                     .arg(r.value("cardNo").toInteger())))
        return;
    postOnSelected(QStringLiteral("card-reissue"), {{"version", r.value("version")}});
}

void SealPage::postOnSelected(const QString &action, const QJsonObject &body)
{
    const qint64 id = selected().value("id").toInteger();
    ApiReply *reply = m_api->post(base() + QStringLiteral("/%1/%2").arg(id).arg(action), body);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_message->setVisible(!reply->ok());
        m_message->setText(reply->ok() ? QString() : reply->error().message());
        showParty(m_partyNo);
    });
}

void SealPage::openPendingDialog()
{
    auto *dialog = new SealPendingDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace kikan::client
