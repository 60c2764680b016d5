// The area list from data (client/module/areas.h over resources/rights/catalogue.json): kinds and
// order are the file's, unknown codes and kinds are handled, names follow the UI language.
#include "client/app/clientsettings.h"
#include "client/module/areas.h"
#include "client/net/user.h"

#include <QTest>

using namespace kikan::client;

namespace {
// Areas out of order, with kinds that the positions would have got wrong.
const char kCatalogue[] = R"({
  "areas": [
    {"code": "audit", "name": "ログ管理", "name_en": "Audit logs", "kind": "system", "order": 90},
    {"code": "revenue", "name": "収納管理", "name_en": "Revenue", "kind": "common", "order": 5},
    {"code": "resident", "name": "住民記録", "name_en": "Resident registry",
     "kind": "standard", "order": 50},
    {"code": "future", "name": "未来", "name_en": "Future", "kind": "someday", "order": 1},
    {"code": "plain", "name": "和名だけ", "kind": "standard", "order": 60}
  ],
  "actions": [
    {"code": "update", "name": "更新", "name_en": "Update", "order": 20},
    {"code": "view", "name": "照会", "name_en": "View", "order": 10}
  ]
})";

QStringList codes(const QList<AreaInfo> &areas)
{
    QStringList out;
    for (const AreaInfo &a : areas)
        out << a.code;
    return out;
}
} // namespace

class AreaCatalogueTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(installLanguage(QStringLiteral("ja"))); }
    void cleanup() { QVERIFY(installLanguage(QStringLiteral("ja"))); }

    void orderAndKindComeFromTheData()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("future.*someday")));
        const AreaCatalogue c = AreaCatalogue::fromJson(kCatalogue);
        QCOMPARE(codes(c.areas()), QStringList({QStringLiteral("revenue"),
                                                QStringLiteral("resident"),
                                                QStringLiteral("plain"),
                                                QStringLiteral("audit")}));
        QCOMPARE(c.area(QStringLiteral("revenue"))->kind, AreaInfo::Kind::Common);
        QCOMPARE(c.area(QStringLiteral("resident"))->kind, AreaInfo::Kind::Business);
        QCOMPARE(c.area(QStringLiteral("audit"))->kind, AreaInfo::Kind::Platform);
        QCOMPARE(c.actions().first().code, QStringLiteral("view"));
    }

    void unknownCodesAndKinds()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("future.*someday")));
        const AreaCatalogue c = AreaCatalogue::fromJson(kCatalogue);
        QVERIFY(!c.area(QStringLiteral("future"))); // unknown kind: left out, not guessed
        QVERIFY(!c.area(QStringLiteral("nowhere")));
        QVERIFY(!c.action(QStringLiteral("delete")));
        QCOMPARE(areaName(QStringLiteral("nowhere")), QStringLiteral("nowhere"));
        QCOMPARE(actionName(QStringLiteral("delete")), QStringLiteral("delete"));
        StaffUser u;
        u.rights = {QStringLiteral("nowhere:view"), QStringLiteral("revenue:view")};
        QCOMPARE(codes(permittedAreas(u)), QStringList{QStringLiteral("revenue")});
    }

    void namesFollowTheUiLanguage()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("future.*someday")));
        const AreaCatalogue c = AreaCatalogue::fromJson(kCatalogue);
        QCOMPARE(c.area(QStringLiteral("resident"))->name(), QStringLiteral("住民記録"));
        QCOMPARE(areaName(QStringLiteral("national_pension")), QStringLiteral("国民年金"));
        QCOMPARE(actionName(QStringLiteral("issue")), QStringLiteral("証明書発行"));
        QVERIFY(installLanguage(QStringLiteral("en")));
        QCOMPARE(c.area(QStringLiteral("resident"))->name(), QStringLiteral("Resident registry"));
        QCOMPARE(c.area(QStringLiteral("plain"))->name(), QStringLiteral("和名だけ"));
        QCOMPARE(areaName(QStringLiteral("national_pension")), QStringLiteral("National pension"));
        QCOMPARE(actionName(QStringLiteral("view")), QStringLiteral("View"));
    }

    // The built-in catalogue: every area and action named in both languages, the three kinds
    // in blocks (standard, then common, then system) as the navigation sections expect.
    void builtInCatalogueIsComplete()
    {
        const QList<AreaInfo> &areas = allAreas();
        QCOMPARE(areas.size(), 29);
        QCOMPARE(areas.first().code, QStringLiteral("resident"));
        QCOMPARE(allActions().last().code, QStringLiteral("my_number"));
        int business = 0;
        for (int i = 0; i < areas.size(); ++i) {
            const AreaInfo &a = areas.at(i);
            QVERIFY2(!a.nameJa.isEmpty() && !a.nameEn.isEmpty(), qPrintable(a.code));
            if (i > 0)
                QVERIFY2(areas.at(i - 1).kind <= a.kind && areas.at(i - 1).order < a.order,
                         qPrintable(a.code));
            business += a.kind == AreaInfo::Kind::Business;
        }
        QCOMPARE(business, 20); // 標準化対象20業務
        for (const ActionInfo &a : allActions())
            QVERIFY2(!a.nameJa.isEmpty() && !a.nameEn.isEmpty(), qPrintable(a.code));
    }
};

QTEST_MAIN(AreaCatalogueTest)
#include "areacatalogue_test.moc"
