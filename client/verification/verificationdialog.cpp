// VerificationDialog (verificationdialog.h).
#include "verificationdialog.h"

#include "keycache.h"
#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/verification/paths.h"
#include "shared/core/wareki.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace kikan::client {

namespace {
QString dateText(QDate date)
{
    const auto w = core::WarekiDate::fromDate(date);
    return w ? w->toLongString() : date.toString(Qt::ISODate);
}
} // namespace

VerificationDialog::VerificationDialog(ApiClient *api, QWidget *parent)
    : QDialog(parent), m_api(api)
{
    setWindowTitle(tr("Verify a certificate"));
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("verificationInput"));
    m_input->setPlaceholderText(tr("Scan the code, or type the serial number"));
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setDefault(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_check);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    auto *form = new QFormLayout;
    for (QLabel **value : {&m_serial, &m_kind, &m_issueDate, &m_signature, &m_server}) {
        *value = new QLabel(this);
        (*value)->setTextInteractionFlags(Qt::TextSelectableByMouse);
        (*value)->setWordWrap(true);
    }
    form->addRow(tr("Serial number"), m_serial);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Issue date"), m_issueDate);
    form->addRow(tr("Signature (checked here)"), m_signature);
    form->addRow(tr("Town's record"), m_server);
    auto *hint = new QLabel(tr("A certificate is genuine when its signature is the town's and "
                               "the town's record says it was issued and stands. Only the kind "
                               "and the issue date are shown, never the person."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    translateButtons(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_verdict);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] { check(m_input->text()); });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { check(m_input->text()); });
    resize(620, 420);
    refreshKeys();
}

QString VerificationDialog::kindLabel(const QString &kind)
{
    // The kinds the town issues today (server/resident certificates); another shows its code.
    if (kind == QLatin1String("household_copy"))
        return tr("Copy of the resident record (household)");
    if (kind == QLatin1String("individual_copy"))
        return tr("Copy of the resident record (individual)");
    if (kind == QLatin1String("entry_certificate"))
        return tr("Certificate of resident record entries");
    if (kind == QLatin1String("removed_copy"))
        return tr("Copy of the removed resident record");
    if (kind == QLatin1String("move_out_certificate"))
        return tr("Move-out certificate");
    return kind;
}

QString VerificationDialog::verdictText() const
{
    return m_verdict->text();
}

void VerificationDialog::refreshKeys()
{
    m_keysPending = true;
    ApiReply *reply = m_api->get(QString::fromLatin1(api::path::VerificationKeys));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->ok())
            saveCachedKeys(keysFromJson(reply->json()));
        m_keysPending = false;
        // A code scanned while the keys were on their way is checked now, against them.
        if (!m_waitingInput.isEmpty())
            check(std::exchange(m_waitingInput, QString()));
    });
}

void VerificationDialog::setVerdict(const QString &text, bool good)
{
    m_verdict->setText(text);
    m_verdict->setStyleSheet(good ? QStringLiteral("color: #1b5e20;")
                                  : QStringLiteral("color: #b71c1c;"));
}

void VerificationDialog::check(const QString &text)
{
    for (QLabel *l : {m_serial, m_kind, m_issueDate, m_signature, m_server})
        l->clear();
    m_offlineGood = false;
    const QString input = text.trimmed();
    if (m_keysPending) {
        m_waitingInput = input;
        setVerdict(tr("Checking..."), true);
        return;
    }
    m_withCode = input.startsWith(QLatin1String("KV1."));
    if (input.isEmpty())
        return;
    setVerdict(tr("Checking..."), true);
    if (m_withCode) {
        showOffline(input);
        askServer(input.section(QLatin1Char('.'), 1, 1), input);
    } else {
        m_signature->setText(tr("No code: only the town's record can be asked."));
        askServer(input, {});
    }
    m_input->selectAll();
}

void VerificationDialog::showOffline(const QString &text)
{
    const auto code = verification::VerificationCode::fromText(text);
    if (!code) {
        m_signature->setText(code.error().message);
        return;
    }
    m_serial->setText(code->facts.serial);
    m_issueDate->setText(dateText(code->facts.issueDate));
    switch (verifyOffline(*code, loadCachedKeys())) {
    case OfflineVerdict::Genuine:
        m_signature->setText(tr("The town's signature (key %1)").arg(code->facts.keyId));
        m_offlineGood = true;
        break;
    case OfflineVerdict::Forged:
        m_signature->setText(tr("Not the town's signature: the code was altered"));
        break;
    case OfflineVerdict::Revoked:
        m_signature->setText(tr("Signed with a key the town has revoked (%1)").arg(code->facts.keyId));
        break;
    case OfflineVerdict::UnknownKey:
        m_signature->setText(tr("Key %1 is not known on this terminal").arg(code->facts.keyId));
        break;
    }
}

void VerificationDialog::askServer(const QString &serial, const QString &code)
{
    QUrlQuery query;
    if (!code.isEmpty())
        query.addQueryItem(QStringLiteral("code"), code); // [A-Za-z0-9._-] only
    ApiReply *reply = m_api->get(QString::fromLatin1(api::path::VerificationDocuments)
                                     + QLatin1Char('/')
                                     + QString::fromLatin1(QUrl::toPercentEncoding(serial)),
                                 query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->ok())
            showServer(reply->json());
        else
            showServerError(reply->error());
        emit checked();
    });
}

void VerificationDialog::showServer(const QJsonObject &answer)
{
    const QString kind = answer.value(QStringLiteral("kind")).toString();
    m_serial->setText(answer.value(QStringLiteral("serial")).toString());
    m_kind->setText(kindLabel(kind));
    m_issueDate->setText(dateText(
        QDate::fromString(answer.value(QStringLiteral("issueDate")).toString(), Qt::ISODate)));
    const bool valid = answer.value(QStringLiteral("valid")).toBool();
    const QString reason = answer.value(QStringLiteral("reason")).toString();
    if (valid)
        m_server->setText(tr("Issued by the town and valid"));
    else if (reason == QLatin1String("revoked"))
        m_server->setText(tr("Issued, but its signing key has been revoked"));
    else
        m_server->setText(tr("The code differs from what the town issued"));
    // With a code the town also checked its signature; without one only the record was asked.
    if (valid && m_withCode)
        setVerdict(tr("Genuine certificate"), true);
    else if (valid)
        setVerdict(tr("Issued by the town (no code was checked)"), true);
    else
        setVerdict(tr("Not a valid certificate"), false);
}

void VerificationDialog::showServerError(const ApiError &error)
{
    m_server->setText(error.title);
    if (error.kind == ApiError::Kind::Api)
        setVerdict(tr("Not a valid certificate"), false);
    else if (m_offlineGood)
        setVerdict(tr("The town's signature (the town's record could not be asked)"), true);
    else
        setVerdict(tr("Could not be checked"), false);
}

} // namespace kikan::client
