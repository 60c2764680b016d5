// The 異動 entry dialog (changedialog.h).
#include "changedialog.h"

#include "changeform.h"
#include "residentformat.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"
#include "shared/api/errorcode.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kikan::client {

QString ChangeDialog::kindName(const QString &kind)
{
    if (kind == QLatin1String("move-in"))
        return tr("Move-in");
    if (kind == QLatin1String("move-within"))
        return tr("Move within the town");
    if (kind == QLatin1String("move-out"))
        return tr("Move-out");
    return kind;
}

ChangeDialog::ChangeDialog(ApiClient *api, const QString &kind, const QJsonObject &household,
                           QWidget *parent)
    : QDialog(parent), m_api(api), m_kind(kind)
{
    setWindowTitle(tr("%1 - notification").arg(kindName(kind)));
    m_form = new ChangeForm(kind, this);
    m_form->setHousehold(household);
    m_error = makeErrorLabel(this);
    m_error->setObjectName(QStringLiteral("changeError"));
    m_reload = new QPushButton(tr("&Reload the record"), this);
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, [this] { done(ReloadRequested); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    translateButtons(buttons);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_reload, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    resize(kind == QLatin1String("move-in") ? 820 : 560, kind == QLatin1String("move-in") ? 600
                                                                                      : 440);

    ApiReply *r = m_api->get(QString::fromLatin1(api::path::ResidentCodes));
    connect(r, &ApiReply::finished, this, [this, r] {
        if (r->ok()) {
            m_form->setTownAreas(r->json().value(QStringLiteral("townAreas")));
        } else {
            m_error->setText(r->error().message());
            m_error->show();
        }
        Q_EMIT codesLoaded();
    });
}

QString ChangeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChangeDialog::submit()
{
    m_form->clearErrors();
    m_error->hide();
    m_ok->setEnabled(false);
    ApiReply *r = m_api->post(QString::fromLatin1(api::path::ResidentChanges) + QLatin1Char('/')
                                  + m_kind, m_form->body());
    connect(r, &ApiReply::finished, this, [this, r] {
        m_ok->setEnabled(true);
        if (r->ok()) {
            m_answer = r->json();
            Q_EMIT answered();
            accept();
            return;
        }
        const ApiError &e = r->error();
        QStringList messages;
        if (e.status == 409 || e.code == QLatin1String(api::err::ResidentConflict)) {
            // Another counter changed the household after our 照会: what was entered may no
            // longer fit; staff read the record again and enter the change anew.
            messages << e.message();
            m_reload->show();
            m_reload->setFocus();
        } else {
            const auto fields = problemFields(r->result());
            messages = m_form->showFieldErrors(fields);
            if (fields.isEmpty())
                messages << e.message();
        }
        if (!messages.isEmpty()) {
            m_error->setText(messages.join(QLatin1Char('\n')));
            m_error->show();
        }
        Q_EMIT answered();
    });
}

} // namespace kikan::client
