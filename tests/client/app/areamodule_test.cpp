// Area modules (client/module/areamodule.h): a skeleton area registered through the interface
// opens from the navigation with the context it needs, the opening right is the module's, the
// areas without a module keep the generic page, and client/app/modulelist.h is the one list of
// area folders (each with its CMakeLists.txt and module.cpp; neither client/ nor tests/client/
// adds an area folder to the build by name).
#include "client/app/areapage.h"
#include "client/app/clientsettings.h"
#include "client/app/mainwindow.h"
#include "client/devices/cardreader.h"
#include "client/net/apiclient.h"
#include "tests/client/app/skeleton/skeletonpage.h"
#include "tests/client/app/teststaff.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>

namespace kikan::client::skeleton {
QList<AreaEntry> areaModule();
}

using namespace kikan::client;
using kikan::client::test::staff;

namespace {
class FakeReader : public CardReader
{
public:
    bool start() override { return true; }
    void stop() override {}
};

// Selects the area's row in the navigation, as a click does.
void clickArea(MainWindow &main, const QString &name)
{
    auto *nav = main.findChild<QListWidget *>(QStringLiteral("navigation"));
    const QList<QListWidgetItem *> items = nav->findItems(QStringLiteral("  ") + name,
                                                          Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    nav->setCurrentItem(items.first());
}

QString readSource(const QString &relative)
{
    QFile f(kikan::test::sourceDir() + QLatin1Char('/') + relative);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class AreaModuleTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installLanguage(QStringLiteral("ja"))); }

    void listedModulesOpenWithTheirRights()
    {
        QStringList rights;
        for (const AreaEntry &e : listedModules()) {
            rights << e.right();
            QVERIFY(e.createPage);
        }
        QCOMPARE(rights, QStringList({QStringLiteral("resident:view"),
                                      QStringLiteral("migration:view"),
                                      QStringLiteral("admin:administer"),
                                      QStringLiteral("audit:view"),
                                      QStringLiteral("seal_registration:view"),
                                      QStringLiteral("electoral_roll:view"),
                                      QStringLiteral("light_vehicle_tax:view"),
                                      QStringLiteral("revenue:view")}));
    }

    void skeletonAreaOpensFromTheNavigation()
    {
        ApiClient api;
        FakeReader reader;
        api.setSession("t", staff({QStringLiteral("property_tax:view"),
                                   QStringLiteral("resident:view")}));
        MainWindow main(&api, &reader, listedModules() + skeleton::areaModule());
        main.showUser();
        QCOMPARE(main.navigationAreas(),
                 QStringList({QStringLiteral("resident"), QStringLiteral("property_tax")}));
        clickArea(main, QStringLiteral("固定資産税"));
        auto *page = qobject_cast<SkeletonPage *>(main.currentPage());
        QVERIFY(page);
        QCOMPARE(page->api(), &api);
        QCOMPARE(page->reader(), &reader);
        QCOMPARE(page->parentWidget()->window(), &main);
        clickArea(main, QStringLiteral("住民記録")); // the listed modules still open
        QVERIFY(!qobject_cast<AreaPage *>(main.currentPage()));
        QVERIFY(!qobject_cast<SkeletonPage *>(main.currentPage()));
    }

    void withoutTheOpeningRightTheGenericPageShows()
    {
        ApiClient api;
        api.setSession("t", staff({QStringLiteral("property_tax:update")}));
        MainWindow main(&api, nullptr, listedModules() + skeleton::areaModule());
        main.showUser();
        clickArea(main, QStringLiteral("固定資産税"));
        QVERIFY(qobject_cast<AreaPage *>(main.currentPage()));
    }

    void areasWithoutAModuleKeepTheGenericPage()
    {
        ApiClient api;
        api.setSession("t", staff({QStringLiteral("property_tax:view")}));
        MainWindow main(&api, nullptr);
        main.showUser();
        clickArea(main, QStringLiteral("固定資産税"));
        QVERIFY(qobject_cast<AreaPage *>(main.currentPage()));
    }

    // Adding a client area is one line of modulelist.h: CMake adds the folder from that line.
    void moduleListIsTheOnlyListOfAreaFolders()
    {
        const QString list = readSource(QStringLiteral("client/app/modulelist.h"));
        QStringList listed;
        const QRegularExpression line(QStringLiteral("^KIKAN_CLIENT_MODULE\\(([a-z_]+)\\)"),
                                      QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(list); it.hasNext();)
            listed << it.next().captured(1);
        QCOMPARE(listed, QStringList({QStringLiteral("resident"), QStringLiteral("migration"),
                                      QStringLiteral("admin"), QStringLiteral("seal_registration"),
                                      QStringLiteral("electoral_roll"),
                                      QStringLiteral("light_vehicle_tax"),
                                      QStringLiteral("revenue")}));
        const QString clientCMake = readSource(QStringLiteral("client/CMakeLists.txt"))
                                    + readSource(QStringLiteral("tests/client/CMakeLists.txt"));
        for (const QString &area : std::as_const(listed)) {
            QVERIFY2(!readSource(QStringLiteral("client/%1/CMakeLists.txt").arg(area)).isEmpty(),
                     qPrintable(area));
            QVERIFY2(readSource(QStringLiteral("client/%1/module.cpp").arg(area))
                         .contains(QStringLiteral("namespace kikan::client::") + area),
                     qPrintable(area));
            QVERIFY2(!clientCMake.contains(QStringLiteral("add_subdirectory(%1)").arg(area)),
                     qPrintable(area));
        }
        const QDir client(kikan::test::sourceDir() + QStringLiteral("/client"));
        for (const QString &folder : client.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (QFile::exists(client.filePath(folder + QStringLiteral("/module.cpp"))))
                QVERIFY2(listed.contains(folder), qPrintable(folder + " is not listed"));
        }
    }
};

QTEST_MAIN(AreaModuleTest)
#include "areamodule_test.moc"
