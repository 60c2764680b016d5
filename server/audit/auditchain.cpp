#include "auditchain.h"

#include <QCryptographicHash>

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

} // namespace kikan::audit
