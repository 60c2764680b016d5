// The 住民記録 area page (residentpage.h).
#include "residentpage.h"

#include "certificatedialog.h"
#include "changedialog.h"
#include "changeform.h"
#include "residentinquirywidget.h"
#include "residentsearchwidget.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

ResidentPage::ResidentPage(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    m_search = new ResidentSearchWidget(api, this);
    m_inquiry = new ResidentInquiryWidget(api, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_search);
    m_stack->addWidget(m_inquiry);
    m_message = makeMessageLabel(QStringLiteral("residentMessage"),
                                 QStringLiteral("color: #1b5e20;"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_search);

    connect(m_search, &ResidentSearchWidget::personChosen, this, &ResidentPage::openPerson);
    connect(m_inquiry, &ResidentInquiryWidget::personChosen, this, &ResidentPage::openPerson);
    connect(m_inquiry, &ResidentInquiryWidget::backRequested, this, &ResidentPage::showSearch);
    connect(m_inquiry, &ResidentInquiryWidget::changeRequested, this,
            [this](const QString &kind) { openChange(kind); });
    connect(m_inquiry, &ResidentInquiryWidget::certificateRequested, this,
            [this] { openCertificate(); });
    connect(m_search, &ResidentSearchWidget::moveInRequested, this,
            [this] { openChange(QStringLiteral("move-in")); });
    // The other ways onto the register, from anywhere in the area (docs/client.md "異動").
    const QPair<Qt::Key, const char *> arrivals[] = {{Qt::Key_A, "move-in-abroad"},
                                                     {Qt::Key_T, "move-in-special"},
                                                     {Qt::Key_N, "official-entry"}};
    for (const auto &[key, kind] : arrivals) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const QString k = QLatin1String(kind);
        connect(shortcut, &QShortcut::activated, this, [this, k] { openChange(k); });
    }
}

bool ResidentPage::showsInquiry() const
{
    return m_stack->currentWidget() == m_inquiry;
}

void ResidentPage::openPerson(qint64 partyNo)
{
    m_message->hide();
    m_inquiry->load(partyNo);
    m_stack->setCurrentWidget(m_inquiry);
    m_inquiry->dateEdit()->setFocus();
}

void ResidentPage::showSearch()
{
    m_message->hide();
    m_stack->setCurrentWidget(m_search);
    if (m_search->table()->rowCount() > 0)
        m_search->table()->setFocus();
    else
        m_search->queryEdit()->setFocus();
}

QString ResidentPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

ChangeDialog *ResidentPage::openChange(const QString &kind)
{
    const QJsonObject inquiry = ChangeForm::bringsPersons(kind) ? QJsonObject()
                                                                 : m_inquiry->inquiry();
    auto *dialog = new ChangeDialog(m_api, kind, inquiry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog, kind](int result) { changeFinished(dialog, kind, result); });
    dialog->open();
    return dialog;
}

CertificateDialog *ResidentPage::openCertificate()
{
    if (m_inquiry->inquiry().isEmpty())
        return nullptr;
    auto *dialog = new CertificateDialog(m_api, m_inquiry->inquiry(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ResidentPage::changeFinished(ChangeDialog *dialog, const QString &kind, int result)
{
    if (result == ChangeDialog::ReloadRequested) {
        m_inquiry->reload();
        return;
    }
    if (result != QDialog::Accepted)
        return;
    const QJsonObject answer = dialog->answer();
    QString text = tr("%1 registered.").arg(ChangeDialog::kindName(kind));
    const QJsonValue no = answer.value(QStringLiteral("notificationNo"));
    if (!no.isNull() && !no.isUndefined())
        text += tr(" Notification no. %1.").arg(no.toInteger());
    for (const QJsonValue &w : answer.value(QStringLiteral("warnings")).toArray()) {
        const QString warning = w.isObject() ? w[QStringLiteral("message")].toString()
                                             : w.toString();
        if (!warning.isEmpty())
            text += QLatin1Char('\n') + warning;
    }
    const QJsonArray parties = answer.value(QStringLiteral("partyNos")).toArray();
    if (ChangeForm::bringsPersons(kind) && !parties.isEmpty())
        openPerson(parties.first().toInteger());
    else
        m_inquiry->reload();
    m_message->setText(text);
    m_message->show();
    Q_EMIT changeRegistered(answer);
}

} // namespace kikan::client
