// The pure parts of mass printing (runorder.h, spool.h): the two print orders, how documents
// fill spool files, the CSV index, the manifest in `sha256sum -c` form, and the tar archive read
// back by GNU tar.
#include "server/mass_printing/runorder.h"
#include "server/mass_printing/spool.h"
#include "tests/shared/tabletest.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace kikan;
using namespace kikan::mass_printing;

class SpoolTest : public QObject
{
    Q_OBJECT
private slots:
    void printOrders()
    {
        const QList<document::Recipient> people{{30, QStringLiteral("002"), QStringLiteral("6892301")},
                                                {10, QStringLiteral("002"), QStringLiteral("6892302")},
                                                {20, QStringLiteral("001"), QStringLiteral("6892302")},
                                                {40, QStringLiteral("003"), QStringLiteral("6892301")}};
        auto numbers = [](const QList<document::Recipient> &list) {
            QList<qint64> n;
            for (const auto &r : list)
                n.append(r.partyNo);
            return n;
        };
        QCOMPARE(numbers(inPrintOrder(people, QStringLiteral("town_area"))), (QList<qint64>{20, 10, 30, 40}));
        QCOMPARE(numbers(inPrintOrder(people, QStringLiteral("postal"))), (QList<qint64>{30, 40, 20, 10}));
        QVERIFY(knownOrder(QStringLiteral("postal")) && !knownOrder(QStringLiteral("random")));
    }

    void documentsFillFiles_data()
    {
        test::addColumns<int, int, int, int, bool>({"filePages", "fileDocuments", "pages", "perFile", "joins"});
        QTest::newRow("empty file takes anything") << 0 << 0 << 500 << 100 << true;
        QTest::newRow("fits exactly") << 98 << 49 << 2 << 100 << true;
        QTest::newRow("one page over") << 99 << 50 << 2 << 100 << false;
        QTest::newRow("a document never splits") << 1 << 1 << 100 << 100 << false;
    }
    void documentsFillFiles()
    {
        QFETCH(int, filePages);
        QFETCH(int, fileDocuments);
        QFETCH(int, pages);
        QFETCH(int, perFile);
        QFETCH(bool, joins);
        QCOMPARE(joinsFile(filePages, fileDocuments, pages, perFile), joins);
    }

    void indexManifestAndTarRoundTrip()
    {
        const QList<FileRow> files{{1, spoolFileName(1), 3, 2, QString()}, {2, spoolFileName(2), 1, 1, QString()}};
        const QByteArray csv = indexCsv({{1, 100001, QStringLiteral("6892301"), 2, 1, 1},
                                         {2, 100002, QStringLiteral("6892302"), 1, 1, 3},
                                         {3, 100003, QString(), 1, 2, 1}}, files);
        QCOMPARE(csv, QByteArray("seq,recipient,pages,postal_code,file,first_page\r\n"
                                 "1,100001,2,6892301,spool-0001.pdf,1\r\n"
                                 "2,100002,1,6892302,spool-0001.pdf,3\r\n"
                                 "3,100003,1,,spool-0002.pdf,1\r\n"));
        QTemporaryDir dir;
        writeDurably(dir.filePath(QStringLiteral("index.csv")), csv);
        const QByteArray big(70000, 'x'); // more than one block, not a multiple of 512
        writeDurably(dir.filePath(QStringLiteral("spool-0001.pdf")), big);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("spool-0001.pdf.part"))));
        writeDurably(dir.filePath(QStringLiteral("manifest.sha256")),
                     manifestText({{QStringLiteral("spool-0001.pdf"), sha256Hex(big)},
                                   {QStringLiteral("index.csv"), sha256Hex(csv)}}));
        const QStringList names{QStringLiteral("spool-0001.pdf"), QStringLiteral("index.csv"),
                                QStringLiteral("manifest.sha256")};
        QTemporaryDir out;
        QFile tar(out.filePath(QStringLiteral("p.tar")));
        QVERIFY(tar.open(QIODevice::WriteOnly));
        tar.write(tarArchive(dir.path(), names));
        tar.close();
        QProcess p;
        p.setWorkingDirectory(out.path());
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("tar -xf p.tar && sha256sum -c manifest.sha256")});
        QVERIFY(p.waitForFinished());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardOutput() + p.readAllStandardError());
        p.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo y >> index.csv; sha256sum -c manifest.sha256")});
        QVERIFY(p.waitForFinished());
        QVERIFY(p.exitCode() != 0); // a changed file does not verify
    }
};

QTEST_GUILESS_MAIN(SpoolTest)
#include "spool_test.moc"
