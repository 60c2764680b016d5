// Reads the tab-separated tables under tests/data/moji/ (format: tests/data/moji/README.md).
#pragma once

// kikan-test-support is moving its include root from tests/ to the repository root.
#if __has_include("tests/support/testenv.h")
#include "tests/support/testenv.h"
#else
#include "support/testenv.h"
#endif

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

namespace kikan::moji::test {

// Replaces each \u{XXXX} escape by its code point.
inline QString decode(QString s)
{
    static const QRegularExpression escape(QStringLiteral(R"(\\u\{([0-9A-Fa-f]{1,6})\})"));
    QRegularExpressionMatch m;
    while ((m = escape.match(s)).hasMatch()) {
        const char32_t c = m.captured(1).toUInt(nullptr, 16);
        s.replace(m.capturedStart(), m.capturedLength(), QString::fromUcs4(&c, 1));
    }
    return s;
}

// The rows of tests/data/moji/<name>, columns decoded; fails the test if the file is missing.
inline QList<QStringList> readTable(const QString &name)
{
    QFile file(kikan::test::testData(QStringLiteral("moji/") + name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList columns = line.split(u'\t');
        for (QString &c : columns)
            c = decode(c);
        rows.append(columns);
    }
    return rows;
}

// U+XXXX U+YYYY: readable in a failure message.
inline QString codePoints(const QString &s)
{
    QStringList out;
    for (char32_t c : s.toUcs4())
        out.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
    return out.join(u' ');
}

} // namespace kikan::moji::test
