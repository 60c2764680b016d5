// The server calls kikan::moji from many threads: the tables load once on first use, whichever
// thread gets there first, and every thread sees the same answers (docs/moji.md).
#include "shared/moji/charset.h"
#include "shared/moji/searchkey.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace kikan::moji;

class ConcurrentFirstUseTest : public QObject {
    Q_OBJECT

private slots:
    void threadsRacingToFirstUseGetTheSameKeys();
};

void ConcurrentFirstUseTest::threadsRacingToFirstUseGetTheSameKeys()
{
    const QStringList names{QStringLiteral("髙橋"), QStringLiteral("渡邉"), QStringLiteral("齋藤"),
                            QStringLiteral("ｻﾄｳ")};
    constexpr int threadCount = 8;
    std::vector<QStringList> results(threadCount);
    std::vector<std::thread> threads;
    for (int i = 0; i < threadCount; ++i) {
        threads.emplace_back([&names, &result = results[size_t(i)]]() {
            for (const QString &name : names)
                result << nameSearchKey(name) << looseNameSearchKey(name);
            const auto c = byMjCode(u"MJ028902");
            result << (c ? c->ucs : QString());
        });
    }
    for (std::thread &t : threads)
        t.join();

    const QStringList expected{QStringLiteral("高橋"), QStringLiteral("高橋"),
                               QStringLiteral("渡辺"), QStringLiteral("渡辺"),
                               QStringLiteral("斎藤"), QStringLiteral("斉藤"),
                               QStringLiteral("サトウ"), QStringLiteral("サトウ"),
                               QStringLiteral("髙")};
    for (const QStringList &r : results)
        QCOMPARE(r, expected);
}

QTEST_GUILESS_MAIN(ConcurrentFirstUseTest)
#include "concurrentfirstuse_test.moc"
