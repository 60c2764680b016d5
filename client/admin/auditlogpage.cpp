// AuditLogPage: filters → query, results table, paging by 200, CSV export.
#include "auditlogpage.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"
#include "shared/api/endpoints.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>

namespace {
// The detail object of an entry as one line (key: value, …) for the table and its tooltip.
QString detailText(const QJsonValue &detail)
{
    if (!detail.isObject())
        return detail.toVariant().toString();
    QStringList parts;
    const QJsonObject o = detail.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        QString text = v.toVariant().toString();
        if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        parts << it.key() + QStringLiteral(": ") + text;
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

namespace kikan::client {

namespace {
constexpr int kPageSize = 200;

QString kindName(const QString &kind)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("auth"), QT_TRANSLATE_NOOP("kikan::client::AuditLogPage", "Sign-in")},
        {QStringLiteral("operation"),
         QT_TRANSLATE_NOOP("kikan::client::AuditLogPage", "Operation")},
        {QStringLiteral("access"), QT_TRANSLATE_NOOP("kikan::client::AuditLogPage", "Access")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("kikan::client::AuditLogPage", "Event")},
        {QStringLiteral("communication"),
         QT_TRANSLATE_NOOP("kikan::client::AuditLogPage", "Communication")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("kikan::client::AuditLogPage", "Print")},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("kikan::client::AuditLogPage", "Error")},
    };
    const char *n = names.value(kind);
    return n ? AuditLogPage::tr(n) : kind;
}
} // namespace

AuditLogPage::AuditLogPage(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    createFilterFields();
    auto *title = makePageTitle(tr("Audit log search"), this);
    QGridLayout *filters = buildFilterGrid();
    buildTable();
    QHBoxLayout *paging = buildPaging();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(paging);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_kind);
    setTabOrder(m_kind, m_user);
    setTabOrder(m_user, m_subject);
    setTabOrder(m_subject, m_event);
    setTabOrder(m_event, m_search);
    setTabOrder(m_search, m_export);
    setTabOrder(m_export, m_table);
}

// The period (the last week by default), kind, staff ID, subject and event; search and export.
void AuditLogPage::createFilterFields()
{
    const QDateTime today(QDate::currentDate(), QTime(0, 0));
    m_from = new QDateTimeEdit(today.addDays(-7), this);
    m_to = new QDateTimeEdit(today.addDays(1), this);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
    }
    m_user = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All"), QString());
    for (const char *k : {"auth", "operation", "access", "event", "communication", "print",
                          "error"})
        m_kind->addItem(kindName(QString::fromLatin1(k)), QString::fromLatin1(k));
    m_subject = new QLineEdit(this);
    m_event = new QLineEdit(this);
    m_search = new QPushButton(tr("Search"), this);
    m_export = new QPushButton(tr("Export CSV..."), this);
    connect(m_search, &QPushButton::clicked, this, &AuditLogPage::search);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
}

QGridLayout *AuditLogPage::buildFilterGrid()
{
    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Period:"), this), 0, 0);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    filters->addLayout(period, 0, 1, 1, 3);
    filters->addWidget(new QLabel(tr("Kind:"), this), 0, 4);
    filters->addWidget(m_kind, 0, 5);
    filters->addWidget(new QLabel(tr("Staff ID:"), this), 1, 0);
    filters->addWidget(m_user, 1, 1);
    filters->addWidget(new QLabel(tr("Subject:"), this), 1, 2);
    filters->addWidget(m_subject, 1, 3);
    filters->addWidget(new QLabel(tr("Event:"), this), 1, 4);
    filters->addWidget(m_event, 1, 5);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_search);
    buttons->addWidget(m_export);
    buttons->addStretch();
    filters->addLayout(buttons, 2, 0, 1, 6);
    return filters;
}

void AuditLogPage::buildTable()
{
    m_table = new QTableWidget(0, 9, this);
    m_table->setHorizontalHeaderLabels({tr("Date and time"), tr("Kind"), tr("Event"),
                                        tr("Result"), tr("Staff ID"), tr("Method"),
                                        tr("Terminal"), tr("Subject"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
}

// The summary and the pages of kPageSize entries.
QHBoxLayout *AuditLogPage::buildPaging()
{
    m_summary = new QLabel(this);
    m_prev = new QPushButton(tr("Previous"), this);
    m_next = new QPushButton(tr("Next"), this);
    m_prev->setEnabled(false);
    m_next->setEnabled(false);
    connect(m_prev, &QPushButton::clicked, this, [this] { load(qMax(0, m_offset - kPageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { load(m_offset + kPageSize); });
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_summary, 1);
    paging->addWidget(m_prev);
    paging->addWidget(m_next);
    return paging;
}

QUrlQuery AuditLogPage::filterQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), m_from->dateTime().toUTC().toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("to"), m_to->dateTime().toUTC().toString(Qt::ISODate));
    const auto add = [&q](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            q.addQueryItem(QString::fromLatin1(key), value.trimmed());
    };
    add("user", m_user->text());
    add("kind", m_kind->currentData().toString());
    add("subject", m_subject->text());
    add("event", m_event->text());
    return q;
}

void AuditLogPage::search()
{
    load(0);
}

void AuditLogPage::load(int offset)
{
    if (m_from->dateTime() > m_to->dateTime())
        return showError(tr("The start of the period is after its end."));
    QUrlQuery q = filterQuery();
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    m_search->setEnabled(false);
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::AuditSearch), q);
    connect(r, &ApiReply::finished, this, [this, r, offset] {
        m_search->setEnabled(true);
        if (!r->ok())
            return showError(r->error().message());
        m_offset = offset;
        showResults(r->json());
    });
}

void AuditLogPage::showResults(const QJsonObject &answer)
{
    m_total = answer.value(QStringLiteral("total")).toInt();
    const QJsonArray entries = answer.value(QStringLiteral("entries")).toArray();
    m_table->setRowCount(int(entries.size()));
    int row = 0;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const QDateTime at = QDateTime::fromString(
            e.value(QStringLiteral("occurredAt")).toString(), Qt::ISODateWithMs);
        const QStringList cells{
            at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            kindName(e.value(QStringLiteral("kind")).toString()),
            e.value(QStringLiteral("event")).toString(),
            e.value(QStringLiteral("success")).toBool() ? tr("Success") : tr("Failure"),
            e.value(QStringLiteral("loginId")).toString(),
            e.value(QStringLiteral("authMethod")).toString(),
            e.value(QStringLiteral("clientAddress")).toString(),
            e.value(QStringLiteral("subject")).toString(),
            detailText(e.value(QStringLiteral("detail"))),
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    const int shownFrom = entries.isEmpty() ? 0 : m_offset + 1;
    m_summary->setText(tr("%1 entries found; showing %2 to %3.")
                           .arg(m_total)
                           .arg(shownFrom)
                           .arg(m_offset + int(entries.size())));
    m_prev->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + entries.size() < m_total);
}

void AuditLogPage::exportCsv()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), QStringLiteral("audit-log.csv"), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    m_export->setEnabled(false);
    ApiReply *r = m_api->get(QString::fromLatin1(api::path::AuditExport), filterQuery());
    connect(r, &ApiReply::finished, this, [this, r, file] {
        m_export->setEnabled(true);
        if (!r->ok())
            return showError(r->error().message());
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(r->result().body) < 0 || !out.commit())
            return showError(tr("The file could not be written: %1").arg(file));
        QMessageBox::information(this, tr("Export CSV"), tr("Saved to %1.").arg(file));
    });
}

void AuditLogPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Audit log search"), message);
}

void AuditLogPage::keyPressEvent(QKeyEvent *event)
{
    // Enter in any filter field searches.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        search();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace kikan::client
