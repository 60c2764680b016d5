// The SQL of 証明書の発行 (certificatestore.h).
#include "certificatestore.h"

#include "server/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace kikan::resident {

namespace {

QString compact(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonDocument document(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray());
}

} // namespace

void insertCertificateIssue(QSqlDatabase db, const CertificateIssueRow &row)
{
    QJsonArray parties;
    for (qint64 p : row.partyNos)
        parties.append(p);
    store::exec(db,
                QStringLiteral("INSERT INTO certificate_issues (serial, kind, party_no, "
                               "household_no, party_nos, options, requester, as_of_date, "
                               "issue_date, issued_at, issued_by, issued_by_login, page_count, "
                               "pdf_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {row.serial, row.kind, row.partyNo,
                 row.householdNo ? QVariant(row.householdNo)
                                 : QVariant(QMetaType(QMetaType::LongLong)),
                 compact(QJsonDocument(parties)), compact(QJsonDocument(row.options)),
                 compact(QJsonDocument(row.requester)), row.asOfDate, row.issueDate,
                 row.issuedAt, row.issuedBy, row.issuedByLogin, row.pageCount, row.sha256});
}

std::optional<CertificateIssueRow> certificateIssue(QSqlDatabase db, const QString &serial)
{
    QSqlQuery q = store::exec(
        db,
        QStringLiteral("SELECT kind, party_no, household_no, party_nos, options, requester, "
                       "as_of_date, issue_date, issued_at, issued_by, issued_by_login, "
                       "page_count, pdf_sha256 FROM certificate_issues WHERE serial = ?"),
        {serial});
    if (!q.next())
        return std::nullopt;
    CertificateIssueRow row;
    row.serial = serial;
    row.kind = q.value(0).toString();
    row.partyNo = q.value(1).toLongLong();
    row.householdNo = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    for (const QJsonValue &p : document(q.value(3)).array())
        row.partyNos.append(p.toInteger());
    row.options = document(q.value(4)).object();
    row.requester = document(q.value(5)).object();
    row.asOfDate = q.value(6).toString();
    row.issueDate = q.value(7).toString();
    row.issuedAt = q.value(8).toString();
    row.issuedBy = q.value(9).toLongLong();
    row.issuedByLogin = q.value(10).toString();
    row.pageCount = q.value(11).toInt();
    row.sha256 = q.value(12).toString();
    return row;
}

} // namespace kikan::resident
