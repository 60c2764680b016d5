// Antivirus for files from outside (antivirus.h): clamd's INSTREAM protocol (clamd(8): "zINSTREAM",
// then chunks of <4-byte big-endian length><data>, a zero length to end; the reply "stream: OK" or
// "stream: <signature> FOUND"), quarantine and the event.
#include "antivirus.h"

#include "events.h"
#include "server/audit/auditlog.h"
#include "server/core/context.h"
#include "server/core/failure.h"
#include "shared/api/operations/errors.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>

namespace kikan::operations {

namespace {

constexpr qsizetype kChunk = 64 * 1024;

bool sendAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

bool sendChunk(int fd, const char *data, qsizetype size)
{
    const quint32 length = htonl(quint32(size));
    return sendAll(fd, reinterpret_cast<const char *>(&length), 4) && sendAll(fd, data, size);
}

ScanVerdict unavailable(const QString &message)
{
    return {ScanVerdict::Kind::Unavailable, {}, message};
}

int connectTo(const QString &path, int timeoutSeconds)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    std::strncpy(address.sun_path, name.constData(), sizeof address.sun_path - 1);
    const timeval timeout{timeoutSeconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

Clamd::Clamd(QString socketPath, int timeoutSeconds)
    : m_socket(std::move(socketPath)), m_timeoutSeconds(timeoutSeconds)
{
}

ScanVerdict Clamd::scan(const QByteArray &data) const
{
    const int fd = connectTo(m_socket, m_timeoutSeconds);
    if (fd < 0) {
        return unavailable(QStringLiteral("clamd（%1）に接続できません: %2")
                               .arg(m_socket, QString::fromLocal8Bit(std::strerror(errno))));
    }
    bool sent = sendAll(fd, "zINSTREAM", 10); // with its terminating NUL
    for (qsizetype at = 0; sent && at < data.size(); at += kChunk)
        sent = sendChunk(fd, data.constData() + at, qMin(kChunk, data.size() - at));
    sent = sent && sendChunk(fd, nullptr, 0);
    QByteArray reply;
    char buffer[512];
    ssize_t n = 0;
    while (!reply.contains('\0') && (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0)
        reply.append(buffer, int(n));
    ::close(fd);
    reply = reply.left(reply.indexOf('\0')).trimmed();
    if (reply == "stream: OK")
        return {ScanVerdict::Kind::Clean, {}, {}};
    if (reply.startsWith("stream: ") && reply.endsWith(" FOUND"))
        return {ScanVerdict::Kind::Infected, QString::fromUtf8(reply.mid(8, reply.size() - 14)), {}};
    return unavailable(QStringLiteral("clamd の応答が読めません（%1）: %2")
                           .arg(sent ? QStringLiteral("送信済み") : QStringLiteral("送信失敗"),
                                QString::fromUtf8(reply)));
}

Antivirus::Antivirus(core::ServerContext &context, Clamd clamd)
    : m_context(context), m_clamd(std::move(clamd))
{
}

QString Antivirus::quarantine(const IncomingFile &incoming) const
{
    const QString folder = QDir(m_context.config.dataDir).absoluteFilePath(QStringLiteral("quarantine"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString name = m_context.clock.now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                         + QLatin1Char('-') + incoming.requestId + QStringLiteral(".quarantined");
    QFile file(QDir(folder).absoluteFilePath(name));
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(incoming.bytes);
    }
    return name;
}

void Antivirus::check(const IncomingFile &incoming, const core::Actor &actor) const
{
    const ScanVerdict verdict = m_clamd.scan(incoming.bytes);
    if (verdict.kind == ScanVerdict::Kind::Clean)
        return;
    if (verdict.kind == ScanVerdict::Kind::Unavailable) {
        std::fprintf(stderr, "kikan-server: ウイルス検査ができません: %s\n", qPrintable(verdict.message));
        throw core::Failure(api::err::AntivirusUnavailable);
    }
    const QString kept = quarantine(incoming);
    m_context.audit.record(actor, audit::LogKind::Event, QString::fromLatin1(event::VirusFound),
                           QStringLiteral("quarantine:") + kept,
                           {{QStringLiteral("signature"), verdict.signature},
                            {QStringLiteral("path"), incoming.path},
                            {QStringLiteral("bytes"), incoming.bytes.size()}},
                           false);
    throw core::Failure(api::err::AntivirusInfected,
                         QStringLiteral("検出: %1").arg(verdict.signature));
}

} // namespace kikan::operations
