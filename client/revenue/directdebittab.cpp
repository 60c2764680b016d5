// 口座振替 files (directdebittab.h) over POST /api/v1/revenue/direct-debit/requests and
// imports/direct-debit.
#include "directdebittab.h"

#include "treasurykit.h"

#include "client/app/buttons.h"
#include "client/net/apiclient.h"

#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kikan::client {

DirectDebitTab::DirectDebitTab(ApiClient *api, QWidget *parent) : QWidget(parent), m_api(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *request = new QGroupBox(tr("Request file"), this);
    auto *requestRow = new QHBoxLayout(request);
    m_date = treasury::makeDateEdit(QDate::currentDate(), request);
    auto *dateLabel = new QLabel(tr("Debit &date:"), request);
    dateLabel->setBuddy(m_date);
    auto *create = new QPushButton(tr("&Create and save..."), request);
    requestRow->addWidget(dateLabel);
    requestRow->addWidget(m_date);
    requestRow->addWidget(create);
    requestRow->addStretch();
    layout->addWidget(request);
    auto *result = new QGroupBox(tr("Result file"), this);
    auto *resultRow = new QHBoxLayout(result);
    m_resultFile = new QLineEdit(result);
    auto *fileLabel = new QLabel(tr("&File:"), result);
    fileLabel->setBuddy(m_resultFile);
    auto *browse = new QPushButton(tr("&Browse..."), result);
    auto *dryRun = new QPushButton(tr("D&ry run"), result);
    auto *apply = new QPushButton(tr("&Apply"), result);
    for (QWidget *w : std::initializer_list<QWidget *>{fileLabel, m_resultFile, browse, dryRun, apply})
        resultRow->addWidget(w);
    layout->addWidget(result);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Not debited (for re-billing):"), this));
    m_failures = treasury::makeTable({tr("Record"), tr("Customer no."), tr("Amount"), tr("Result code"),
                                      tr("Reason")}, this);
    layout->addWidget(m_failures, 1);
    m_message = makeErrorLabel(this);
    layout->addWidget(m_message);
    connect(create, &QPushButton::clicked, this, &DirectDebitTab::chooseRequestFile);
    connect(browse, &QPushButton::clicked, this, &DirectDebitTab::chooseResultFile);
    connect(dryRun, &QPushButton::clicked, this, [this] { importResult(m_resultFile->text(), true); });
    connect(apply, &QPushButton::clicked, this, [this] { importResult(m_resultFile->text(), false); });
}

void DirectDebitTab::setDebitDate(const QDate &date) { m_date->setDate(date); }

void DirectDebitTab::fail(const QString &message)
{
    m_message->setVisible(true);
    m_message->setText(message);
    emit failed();
}

void DirectDebitTab::chooseRequestFile()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save request file"), QStringLiteral("furikae-%1.txt").arg(m_date->date().toString("yyyyMMdd")));
    if (!file.isEmpty())
        createRequest(file);
}

void DirectDebitTab::createRequest(const QString &file)
{
    ApiReply *reply = m_api->post(treasury::path(QStringLiteral("/direct-debit/requests")),
                                  {{"debitDate", m_date->date().toString(Qt::ISODate)}, {"dryRun", false}});
    connect(reply, &ApiReply::finished, this, [this, reply, file] {
        if (!treasury::showOutcome(m_message, reply))
            return emit failed();
        const QJsonObject r = reply->json();
        const QString error = treasury::saveFile(
            file, QByteArray::fromBase64(r.value(QStringLiteral("content")).toString().toLatin1()));
        if (!error.isEmpty())
            return fail(error);
        m_summary->setText(tr("Request file saved to %1: %2 debits, total %3")
                               .arg(file).arg(r.value("count").toInt()).arg(treasury::yen(r.value("total").toInteger())));
        emit requestSaved();
    });
}

void DirectDebitTab::chooseResultFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Result file"));
    if (!file.isEmpty())
        m_resultFile->setText(file);
}

void DirectDebitTab::importResult(const QString &file, bool dryRun)
{
    m_resultFile->setText(file);
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("The file could not be read: %1").arg(file));
    ApiReply *reply = m_api->post(treasury::path(QStringLiteral("/imports/direct-debit")),
                                  {{"fileName", QFileInfo(file).fileName()}, {"dryRun", dryRun},
                                   {"content", QString::fromLatin1(in.readAll().toBase64())}});
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!treasury::showOutcome(m_message, reply))
            return emit failed();
        const QJsonObject r = reply->json();
        const QJsonObject counts = r.value(QStringLiteral("counts")).toObject();
        QString prefix = r.value(QStringLiteral("dryRun")).toBool() ? tr("Dry run (nothing applied): ") : QString();
        if (r.value(QStringLiteral("alreadyImported")).toBool())
            prefix = tr("This file was already imported; nothing applied again: ");
        const QJsonArray failures = r.value(QStringLiteral("failures")).toArray();
        m_summary->setText(prefix + tr("%1 debited, %2 not debited, %3 unmatched")
                                        .arg(counts.value("matched").toInt()).arg(failures.size())
                                        .arg(counts.value("unmatched").toInt()));
        QList<QStringList> rows;
        for (const QJsonValue &f : failures)
            rows.append({QString::number(f[QStringLiteral("record")].toInt()), f[QStringLiteral("customerNo")].toString(),
                         treasury::yen(f[QStringLiteral("amount")].toInteger()),
                         QString::number(f[QStringLiteral("resultCode")].toInt()), f[QStringLiteral("resultName")].toString()});
        treasury::fillTable(m_failures, rows);
        emit imported();
    });
}

QString DirectDebitTab::summary() const { return m_summary->text(); }
QString DirectDebitTab::errorText() const { return m_message->text(); }

} // namespace kikan::client
