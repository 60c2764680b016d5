// The canonical text of an audit entry and its hash (rules in auditchain.h, docs/audit.md).
#include "auditchain.h"

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
    StoredEntry e;
    e.id = q.value(0).toLongLong();
    e.occurredAt = q.value(1).toString();
    e.kind = q.value(2).toString();
    e.event = q.value(3).toString();
    e.success = q.value(4).toInt() != 0;
    e.userId = q.value(5).toLongLong();
    e.loginId = q.value(6).toString();
    e.authMethod = q.value(7).toString();
    e.sessionRef = q.value(8).toString();
    e.requestId = q.value(9).toString();
    e.clientAddress = q.value(10).toString();
    e.subject = q.value(11).toString();
    e.detail = q.value(12).toString();
    e.prevHash = q.value(13).toString();
    e.hash = q.value(14).toString();
    return e;
}

} // namespace kikan::audit
