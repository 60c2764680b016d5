// The SQL of 証明書の発行 (certificateissue.h): the certificate_issues table (schema
// 10002_certificate_issues.sql). SQL only.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kikan::resident {

// One issued certificate as recorded (never a 個人番号; the texts already masked).
struct CertificateIssueRow {
    QString serial;         // 発行番号
    QString kind;           // certificateKindName
    qint64 partyNo = 0;     // the person asked for
    qint64 householdNo = 0; // 0: none
    QList<qint64> partyNos; // everyone printed
    QJsonObject options;    // recordedOptions
    QJsonObject requester;  // recordedRequester
    QString asOfDate;
    QString issueDate;      // 証明日
    QString issuedAt;
    qint64 issuedBy = 0;
    QString issuedByLogin;
    int pageCount = 0;
    QString sha256;         // of the PDF handed out
};

void insertCertificateIssue(QSqlDatabase db, const CertificateIssueRow &row);
std::optional<CertificateIssueRow> certificateIssue(QSqlDatabase db, const QString &serial);

} // namespace kikan::resident
