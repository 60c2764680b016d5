// The print log entry of an issued certificate (see certificatelog.h).
#include "certificatelog.h"

#include <QJsonArray>

namespace kikan::resident {

audit::AuditEntry certificatePrintLogEntry(const IssuedCertificate &issued,
                                           audit::AuditEntry base)
{
    base.kind = audit::LogKind::Print;
    base.event = QString::fromLatin1(CertificateIssueEvent);
    base.subject = QStringLiteral("party:%1").arg(issued.subjectPartyNo);
    const CertificateOptions &o = issued.options;
    QJsonObject options{
        {QStringLiteral("registeredDomicile"), o.registeredDomicile},
        {QStringLiteral("relationship"), o.relationship},
        {QStringLiteral("residentRecordCode"), o.residentRecordCode},
        {QStringLiteral("myNumber"), o.myNumber},
        {QStringLiteral("previousAddress"), o.previousAddress},
        {QStringLiteral("history"), o.history},
        {QStringLiteral("wholeHousehold"), o.wholeHousehold},
    };
    if (o.myNumber)
        options.insert(QStringLiteral("myNumberReason"), audit::maskText(o.myNumberReason));
    QJsonArray parties;
    for (qint64 partyNo : issued.partyNos)
        parties.append(QString::number(partyNo));
    base.detail = QJsonObject{
        {QStringLiteral("kind"), certificateKindName(issued.kind)},
        {QStringLiteral("serial"), issued.serialNumber},
        {QStringLiteral("issueDate"), issued.issueDate.toString(Qt::ISODate)},
        {QStringLiteral("pageCount"), issued.pageCount},
        {QStringLiteral("options"), options},
        {QStringLiteral("parties"), parties},
    };
    return base;
}

} // namespace kikan::resident
