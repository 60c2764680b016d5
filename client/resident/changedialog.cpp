// The 異動 entry dialog (changedialog.h).
#include "changedialog.h"

#include "changeform.h"
#include "changehouseholdform.h"
#include "changepersonform.h"
#include "changevitalform.h"
#include "residentformat.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"
#include "shared/api/resident/errors.h"
#include "shared/api/resident/paths.h"
#include "shared/api/errorcode.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kikan::client {

namespace {
ChangeFormBase *createForm(ApiClient *api, const QString &kind, QWidget *parent)
{
    if (kind == QLatin1String("birth"))
        return new BirthForm(parent);
    if (kind == QLatin1String("death") || kind == QLatin1String("official-removal"))
        return new PersonEndForm(kind, parent);
    if (kind.startsWith(QLatin1String("household")) || kind == QLatin1String("householder-change"))
        return new HouseholdChangeForm(api, kind, parent);
    if (kind == QLatin1String("correction") || kind == QLatin1String("official-correction")
        || kind == QLatin1String("foreign-resident-update"))
        return new PersonEditForm(kind, parent);
    if (kind == QLatin1String("move-out-cancel"))
        return new CancelMoveOutForm(parent);
    return new ChangeForm(kind, parent);
}

// The first field of the form that takes the keyboard.
QWidget *firstField(QWidget *form)
{
    for (QWidget *w = form->nextInFocusChain(); w && w != form; w = w->nextInFocusChain()) {
        if (form->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled()
            && !w->isHidden())
            return w;
    }
    return nullptr;
}
} // namespace

QStringList ChangeDialog::kinds()
{
    return {QStringLiteral("move-in"), QStringLiteral("move-in-abroad"),
            QStringLiteral("move-in-special"), QStringLiteral("official-entry"),
            QStringLiteral("move-within"), QStringLiteral("move-out"),
            QStringLiteral("move-out-cancel"), QStringLiteral("birth"), QStringLiteral("death"),
            QStringLiteral("householder-change"), QStringLiteral("household-split"),
            QStringLiteral("household-merge"), QStringLiteral("official-correction"),
            QStringLiteral("official-removal"), QStringLiteral("foreign-resident-update"),
            QStringLiteral("correction")};
}

QString ChangeDialog::kindName(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("move-in"), QT_TR_NOOP("Move-in")},
        {QStringLiteral("move-in-abroad"), QT_TR_NOOP("Move-in from abroad")},
        {QStringLiteral("move-in-special"), QT_TR_NOOP("Move-in (special, with My Number card)")},
        {QStringLiteral("official-entry"), QT_TR_NOOP("Entry ex officio")},
        {QStringLiteral("move-within"), QT_TR_NOOP("Move within the town")},
        {QStringLiteral("move-out"), QT_TR_NOOP("Move-out")},
        {QStringLiteral("move-out-cancel"), QT_TR_NOOP("Cancel a move-out")},
        {QStringLiteral("birth"), QT_TR_NOOP("Birth")},
        {QStringLiteral("death"), QT_TR_NOOP("Death")},
        {QStringLiteral("householder-change"), QT_TR_NOOP("Change of householder")},
        {QStringLiteral("household-split"), QT_TR_NOOP("Household split")},
        {QStringLiteral("household-merge"), QT_TR_NOOP("Household merger")},
        {QStringLiteral("official-correction"), QT_TR_NOOP("Correction ex officio")},
        {QStringLiteral("official-removal"), QT_TR_NOOP("Removal ex officio")},
        {QStringLiteral("foreign-resident-update"), QT_TR_NOOP("Foreign resident items")},
        {QStringLiteral("correction"), QT_TR_NOOP("Correction of an entry")},
    };
    const char *name = names.value(kind);
    return name ? tr(name) : kind;
}

ChangeDialog::ChangeDialog(ApiClient *api, const QString &kind, const QJsonObject &inquiry,
                           QWidget *parent)
    : QDialog(parent), m_api(api), m_kind(kind)
{
    setWindowTitle(tr("%1 - entry").arg(kindName(kind)));
    m_form = createForm(api, kind, this);
    m_form->setInquiry(inquiry);
    QWidget *summaryPage = buildSummaryPage();
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_form);
    m_pages->addWidget(summaryPage);
    m_error = makeErrorLabel(this);
    m_error->setObjectName(QStringLiteral("changeError"));
    m_reload = new QPushButton(tr("&Reload the record"), this);
    m_reload->hide();
    connect(m_reload, &QPushButton::clicked, this, [this] { done(ReloadRequested); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    translateButtons(buttons);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Confirm..."));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_reload, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    const bool wide = ChangeForm::bringsPersons(kind);
    // Room for a few messages under the fields; never beyond the 1024×768 screen.
    resize(wide ? 820 : 620, wide ? 600 : std::min(700, sizeHint().height() + 60));
    if (QWidget *first = firstField(m_form))
        first->setFocus();
    loadCodes();
}

// The summary of what will be registered, and the question.
QWidget *ChangeDialog::buildSummaryPage()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("padding: 8px; background: #f4f7fb;"
                                            " border: 1px solid #c5d3e3;"));
    auto *summaryPage = new QWidget(this);
    auto *sv = new QVBoxLayout(summaryPage);
    sv->setContentsMargins(0, 0, 0, 0);
    auto *ask = new QLabel(tr("Register this change? Enter registers, Esc goes back to the form."),
                           summaryPage);
    QFont bold = ask->font();
    bold.setBold(true);
    ask->setFont(bold);
    sv->addWidget(ask);
    sv->addWidget(m_summary, 1);
    return summaryPage;
}

// The code lists the form offers (町字 and the others of GET resident/codes).
void ChangeDialog::loadCodes()
{
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::ResidentCodes));
    connect(r, &ApiReply::finished, this, [this, r] {
        if (r->ok()) {
            m_form->setCodes(r->json());
        } else {
            m_error->setText(r->error().message());
            m_error->show();
        }
        Q_EMIT codesLoaded();
    });
}

ChangeForm *ChangeDialog::form() const
{
    return qobject_cast<ChangeForm *>(m_form);
}

QString ChangeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ChangeDialog::showsSummary() const
{
    return m_pages->currentIndex() == 1;
}

QString ChangeDialog::summaryText() const
{
    return m_summary->text();
}

void ChangeDialog::showForm()
{
    m_pages->setCurrentIndex(0);
    m_ok->setText(tr("&Confirm..."));
}

void ChangeDialog::reject()
{
    if (showsSummary()) {
        showForm();
        if (QWidget *first = firstField(m_form))
            first->setFocus();
        return;
    }
    QDialog::reject();
}

void ChangeDialog::showErrors(const QList<QPair<QString, QString>> &fields, const QString &other)
{
    showForm();
    QStringList messages = m_form->showFieldErrors(fields);
    if (!other.isEmpty())
        messages << other;
    if (!messages.isEmpty()) {
        m_error->setText(messages.join(QLatin1Char('\n')));
        m_error->show();
    }
    // The keyboard goes to the first field at fault.
    for (const auto &[field, message] : fields) {
        Q_UNUSED(message)
        const QLabel *label = m_form->findChild<QLabel *>(field + QStringLiteral(".error"));
        if (label && !label->isHidden()) {
            if (QWidget *w = firstField(label->parentWidget()))
                w->setFocus();
            break;
        }
    }
}

void ChangeDialog::confirm()
{
    if (showsSummary()) {
        submit();
        return;
    }
    m_form->clearErrors();
    m_error->hide();
    const auto problems = m_form->check();
    if (!problems.isEmpty()) {
        showErrors(problems, {});
        return;
    }
    m_summary->setText(kindName(m_kind) + QLatin1Char('\n')
                       + m_form->summary().join(QLatin1Char('\n')));
    m_pages->setCurrentIndex(1);
    m_ok->setText(tr("&Register"));
    m_ok->setFocus();
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
        if (e.status == 409 || e.code == QLatin1String(api::err::ResidentConflict)) {
            // Another counter changed the household after our 照会: what was entered may no
            // longer fit; staff read the record again and enter the change anew.
            showErrors({}, e.message());
            m_reload->show();
            m_reload->setFocus();
        } else {
            const auto fields = problemFields(r->result());
            showErrors(fields, fields.isEmpty() ? e.message() : QString());
        }
        Q_EMIT answered();
    });
}

} // namespace kikan::client
