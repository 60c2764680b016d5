// The canonical text of an audit entry and its hash (rules in auditchain.h, docs/audit.md).
#include "auditchain.h"
#include "server/store/rowreader.h"

#include <QCryptographicHash>
#include <QVariant>

namespace kikan::audit {

QString chainHash(const StoredEntry &e)
{
    QByteArray text;
    auto field = [&text](const QString &value) {
        const QByteArray utf8 = value.toUtf8();
        text += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    };
    field(e.prevHash);
    field(QString::number(e.id));
    field(e.occurredAt);
    field(e.kind);
    field(e.event);
    field(e.success ? QStringLiteral("1") : QStringLiteral("0"));
    field(QString::number(e.userId));
    field(e.loginId);
    field(e.authMethod);
    field(e.sessionRef);
    field(e.requestId);
    field(e.clientAddress);
    field(e.subject);
    field(e.detail);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

StoredEntry storedEntry(const QSqlQuery &q)
{
    store::RowReader row(q);
    StoredEntry e;
    e.id = row.id();
    e.occurredAt = row.text();
    e.kind = row.text();
    e.event = row.text();
    e.success = row.flag();
    e.userId = row.id();
    e.loginId = row.text();
    e.authMethod = row.text();
    e.sessionRef = row.text();
    e.requestId = row.text();
    e.clientAddress = row.text();
    e.subject = row.text();
    e.detail = row.text();
    e.prevHash = row.text();
    e.hash = row.text();
    return e;
}

} // namespace kikan::audit
