// kikan-mojigen: derives the compact MJ tables compiled into kikan-shared from mojidata's moji.db.
// Rules: /work/shared/reference/CHARACTERS.md "Data source" and docs/moji.md (fold from mjsm 親字正字
// then JIS包摂規準UCS統合規則, closed transitively; loose tier from kdpv jinmei1/jinmei2/joyo + a
// curated list). Run at build time only; the output carries the CC BY-SA 2.1 JP attribution.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "kikan-mojigen: %s\n", qPrintable(message));
    std::exit(1);
}

// Runs a query and calls row() with the columns of each row as QStrings (NULL → empty).
void query(sqlite3 *db, const char *sql, const std::function<void(const QStringList &)> &row)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        fail(QStringLiteral("query failed: %1\n%2").arg(sqlite3_errmsg(db), sql));
    const int columns = sqlite3_column_count(stmt);
    QStringList values(columns);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            values[i] = text ? QString::fromUtf8(text) : QString();
        }
        row(values);
    }
    if (rc != SQLITE_DONE)
        fail(QStringLiteral("query failed: %1").arg(sqlite3_errmsg(db)));
    sqlite3_finalize(stmt);
}

char32_t firstCodePoint(const QString &s)
{
    return s.isEmpty() ? 0 : s.toUcs4().value(0);
}

struct Fold {
    QHash<QString, QString> step;   // key → target of one hop, before closure
    QMap<QString, QString> closed;  // key → final target (key ≠ target), sorted for stable output
    int longestChain = 0;
    QSet<QString> cycles;           // each cycle once, as its members in code point order
};

// Per MJ character: the 戸籍統一文字情報_親字正字 target with the lowest ホップ数, then a 常用漢字, then the
// lowest code point; else the JIS包摂規準UCS統合規則 target. Keys are the UCS, MJ IVS and SVS.
Fold buildFold(sqlite3 *db, const QSet<QString> &joyo)
{
    struct Candidate { int hops; QString target; };
    QHash<QString, std::vector<Candidate>> koseki;
    QHash<QString, std::vector<Candidate>> jis;
    query(db,
          "SELECT MJ文字図形名, 縮退UCS, 表, ホップ数 FROM mjsm WHERE 表 IN "
          "('戸籍統一文字情報_親字正字', 'JIS包摂規準UCS統合規則')",
          [&](const QStringList &r) {
              auto &table = r[2].startsWith(QStringLiteral("戸籍")) ? koseki : jis;
              table[r[0]].push_back({r[3].isEmpty() ? 0 : r[3].toInt(), r[1]});
          });
    auto best = [&](std::vector<Candidate> c) {
        std::sort(c.begin(), c.end(), [&](const Candidate &a, const Candidate &b) {
            const bool aj = joyo.contains(a.target), bj = joyo.contains(b.target);
            if (a.hops != b.hops)
                return a.hops < b.hops;
            if (aj != bj)
                return aj;
            return firstCodePoint(a.target) < firstCodePoint(b.target);
        });
        return c.front().target;
    };
    Fold fold;
    query(db,
          "SELECT MJ文字図形名, 実装したUCS, 実装したMoji_JohoコレクションIVS, 実装したSVS FROM mji",
          [&](const QStringList &r) {
              QString target;
              if (koseki.contains(r[0]))
                  target = best(koseki.value(r[0]));
              else if (jis.contains(r[0]))
                  target = best(jis.value(r[0]));
              else
                  return;
              // A compatibility ideograph target (凞 U+FA15) is taken as its NFC form: search
              // keys are NFC, so the folded text must be NFC too.
              target = target.normalized(QString::NormalizationForm_C);
              if (target.toUcs4().size() != 1)
                  fail(QStringLiteral("%1: fold target %2 is not one character")
                           .arg(r[0], target));
              for (int i = 1; i <= 3; ++i) {
                  if (r[i].isEmpty() || r[i] == target)
                      continue;
                  if (fold.step.contains(r[i]) && fold.step.value(r[i]) != target)
                      fail(QStringLiteral("key %1 has two targets").arg(r[i]));
                  fold.step.insert(r[i], target);
              }
          });
    // Transitive closure; a cycle (址↔阯) resolves to its lowest code point.
    for (auto it = fold.step.cbegin(); it != fold.step.cend(); ++it) {
        QStringList chain{it.key()};
        QString x = it.key();
        while (fold.step.contains(x)) {
            x = fold.step.value(x);
            const qsizetype seen = chain.indexOf(x);
            if (seen >= 0) {
                const QStringList cycle = chain.mid(seen);
                QStringList members = cycle;
                std::sort(members.begin(), members.end(), [](auto &a, auto &b) {
                    return firstCodePoint(a) < firstCodePoint(b);
                });
                x = members.front();
                fold.cycles.insert(members.join(QString()));
                break;
            }
            chain.append(x);
        }
        fold.longestChain = std::max(fold.longestChain, int(chain.size()) - 1);
        if (x != it.key())
            fold.closed.insert(it.key(), x);
    }
    return fold;
}

QString foldOf(const Fold &fold, const QString &s)
{
    return fold.closed.value(s, s);
}

// Union–find over strictly folded characters; each class is represented by its lowest code point.
struct LooseClasses {
    QHash<QString, QString> parent;
    QString find(QString x) const
    {
        while (parent.contains(x) && parent.value(x) != x)
            x = parent.value(x);
        return x;
    }
    void join(const QString &a, const QString &b)
    {
        const QString ra = find(a), rb = find(b);
        if (ra == rb)
            return;
        if (firstCodePoint(ra) < firstCodePoint(rb))
            parent.insert(rb, ra);
        else
            parent.insert(ra, rb);
    }
};

// Groups from the curated file: one group a line, characters separated by white space, # comments.
QList<QStringList> readCurated(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(QStringLiteral("cannot read %1").arg(path));
    QList<QStringList> groups;
    int lineNo = 0;
    while (!file.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(file.readLine());
        line = line.left(line.indexOf(u'#')).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList group = line.split(u' ', Qt::SkipEmptyParts);
        for (const QString &c : group)
            if (c.toUcs4().size() != 1)
                fail(QStringLiteral("%1:%2: '%3' is not one character")
                         .arg(path).arg(lineNo).arg(c));
        if (group.size() < 2)
            fail(QStringLiteral("%1:%2: a group needs two characters").arg(path).arg(lineNo));
        groups.append(group);
    }
    return groups;
}

QMap<QString, QString> buildLoose(sqlite3 *db, const Fold &fold, const QString &curatedPath)
{
    LooseClasses classes;
    query(db,
          "SELECT subject, object FROM kdpv WHERE rel IN "
          "('jinmei1/variant', 'jinmei2/variant', 'joyo/variant')",
          [&](const QStringList &r) {
              if (r[0].toUcs4().size() == 1 && r[1].toUcs4().size() == 1)
                  classes.join(foldOf(fold, r[0]), foldOf(fold, r[1]));
          });
    for (const QStringList &group : readCurated(curatedPath))
        for (const QString &c : group)
            classes.join(foldOf(fold, group.front()), foldOf(fold, c));
    QMap<QString, QString> loose;
    for (auto it = classes.parent.cbegin(); it != classes.parent.cend(); ++it) {
        const QString root = classes.find(it.key());
        if (root != it.key())
            loose.insert(it.key(), root);
    }
    return loose;
}

class Writer {
public:
    Writer(const QString &path, const QString &header) : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write %1").arg(path));
        m_out.setDevice(&m_file);
        m_out << header;
    }
    void row(const QStringList &columns) { m_out << columns.join(u'\t') << u'\n'; }

private:
    QFile m_file;
    QTextStream m_out;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        fail(QStringLiteral("usage: kikan-mojigen <moji.db> <loose-variants.txt> <out dir> "
                            "<source>"));
    const QString dbPath = args[1], curated = args[2], outDir = args[3], source = args[4];
    QElapsedTimer timer;
    timer.start();

    sqlite3 *db = nullptr;
    const QByteArray dbFile = dbPath.toUtf8();
    if (sqlite3_open_v2(dbFile.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        fail(QStringLiteral("cannot open %1").arg(dbPath));

    // The notice travels with every generated file and is shown in the client's about box.
    const QString notice = QStringLiteral(
        "Kikan's MJ character tables are derived from %1:\n"
        "文字情報基盤 MJ文字情報一覧表 and MJ縮退マップ, © IPA 独立行政法人情報処理推進機構\n"
        "(Information-technology Promotion Agency, Japan), licensed under Creative Commons\n"
        "Attribution-ShareAlike 2.1 Japan (CC BY-SA 2.1 JP,\n"
        "https://creativecommons.org/licenses/by-sa/2.1/jp/). The derived tables are distributed\n"
        "under the same licence. mojidata © 2020 Ryusei Yamaguchi, MIT License\n"
        "(https://github.com/mandel59/mojidata).\n")
        .arg(source);
    QString header = QStringLiteral("# Generated by kikan-mojigen; do not edit (docs/moji.md).\n");
    for (const QString &line : notice.split(u'\n', Qt::SkipEmptyParts))
        header += QStringLiteral("# ") + line + u'\n';
    {
        QFile file(outDir + QStringLiteral("/attribution.txt"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            fail(QStringLiteral("cannot write %1").arg(file.fileName()));
        file.write(notice.toUtf8());
    }

    QSet<QString> joyo;
    query(db, "SELECT DISTINCT 漢字 FROM joyo", [&](const QStringList &r) { joyo.insert(r[0]); });

    int characters = 0;
    {
        Writer mj(outDir + QStringLiteral("/mj.tsv"),
                  header + QStringLiteral("# mjCode\tucs\tbaseUcs\tivs\tsvs\tjukiCode\tkosekiCode"
                                          "\tstrokes\n"));
        query(db,
              "SELECT MJ文字図形名, 実装したUCS, 対応するUCS, 実装したMoji_JohoコレクションIVS, "
              "実装したSVS, 住基ネット統一文字コード, 戸籍統一文字番号, 総画数 FROM mji "
              "ORDER BY MJ文字図形名",
              [&](const QStringList &r) {
                  mj.row(r);
                  ++characters;
              });
    }

    const Fold fold = buildFold(db, joyo);
    {
        Writer out(outDir + QStringLiteral("/fold.tsv"),
                   header + QStringLiteral("# key\tfolded\n"));
        for (auto it = fold.closed.cbegin(); it != fold.closed.cend(); ++it)
            out.row({it.key(), it.value()});
    }

    const QMap<QString, QString> loose = buildLoose(db, fold, curated);
    {
        Writer out(outDir + QStringLiteral("/loose.tsv"),
                   header + QStringLiteral("# folded\tlooseKey (search only, never identity)\n"));
        for (auto it = loose.cbegin(); it != loose.cend(); ++it)
            out.row({it.key(), it.value()});
    }
    sqlite3_close(db);

    std::printf("kikan-mojigen: %d MJ characters, %d fold rows (longest chain %d, %d cycles), "
                "%d loose rows in %lld ms\n",
                characters, int(fold.closed.size()), fold.longestChain, int(fold.cycles.size()),
                int(loose.size()), static_cast<long long>(timer.elapsed()));
    return 0;
}
