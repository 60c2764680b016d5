// The files of a mass run (spool.h). ustar header layout: POSIX.1-2001 pax/ustar (IEEE Std
// 1003.1, "ustar Interchange Format"): 512-byte header, octal fields, checksum over the header
// with the checksum field as spaces, data padded to 512, two zero blocks at the end.
#include "spool.h"

#include "server/core/failure.h"
#include "shared/api/mass_printing/errors.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kikan::mass_printing {

QString spoolFileName(int fileNo)
{
    return QStringLiteral("spool-%1.pdf").arg(fileNo, 4, 10, QLatin1Char('0'));
}

namespace {
[[noreturn]] void writeFailed(const QString &path)
{
    throw core::Failure(api::err::MassPrintSpoolWrite,
                        QStringLiteral("スプールファイル %1 を書き込めません。").arg(QFileInfo(path).fileName()));
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        writeFailed(folder);
    }
    ::close(fd);
}
} // namespace

void writeDurably(const QString &path, const QByteArray &bytes)
{
    const QString part = path + QStringLiteral(".part");
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()
        || !file.flush() || ::fsync(file.handle()) != 0)
        writeFailed(path);
    file.close();
    QFile::remove(path); // a file left by a run that died after its rename: rewritten the same
    if (!QFile::rename(part, path))
        writeFailed(path);
    syncFolder(QFileInfo(path).absolutePath());
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray indexCsv(const QList<DocumentRow> &documents, const QList<FileRow> &files)
{
    QHash<int, QString> names;
    for (const FileRow &f : files)
        names.insert(f.fileNo, f.name);
    QByteArray csv = "seq,recipient,pages,postal_code,file,first_page\r\n";
    for (const DocumentRow &d : documents)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6\r\n")
                   .arg(d.seq).arg(d.partyNo).arg(d.pages).arg(d.postalCode, names.value(d.fileNo))
                   .arg(d.firstPage)
                   .toUtf8();
    return csv;
}

QByteArray manifestText(const QList<QPair<QString, QString>> &nameAndHash)
{
    QByteArray text;
    for (const auto &[name, hash] : nameAndHash)
        text += (hash + QStringLiteral("  ") + name + QLatin1Char('\n')).toUtf8();
    return text;
}

namespace {
void octal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
}

QByteArray tarHeader(const QString &name, qint64 size)
{
    QByteArray h(512, '\0');
    const QByteArray n = name.toUtf8().left(100);
    std::memcpy(h.data(), n.constData(), size_t(n.size()));
    octal(h.data() + 100, 8, 0644);       // mode
    octal(h.data() + 108, 8, 0);          // uid
    octal(h.data() + 116, 8, 0);          // gid
    octal(h.data() + 124, 12, size);
    octal(h.data() + 136, 12, 0);         // mtime: fixed, so the archive is the same every time
    h[156] = '0';                         // regular file
    std::memcpy(h.data() + 257, "ustar\0" "00", 8);
    std::memset(h.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : h)
        sum += static_cast<unsigned char>(c);
    const QByteArray s = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(h.data() + 148, s.constData(), 6);
    h[154] = '\0';
    return h;
}
} // namespace

QByteArray tarArchive(const QString &folder, const QStringList &names)
{
    QByteArray tar;
    for (const QString &name : names) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw core::Failure(api::err::MassPrintFileNotFound, name);
        const QByteArray bytes = file.readAll();
        tar += tarHeader(name, bytes.size());
        tar += bytes;
        tar += QByteArray((512 - bytes.size() % 512) % 512, '\0');
    }
    tar += QByteArray(1024, '\0');
    return tar;
}

} // namespace kikan::mass_printing
