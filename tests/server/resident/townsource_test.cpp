// One town everywhere (docs/resident.md "証明書の発行"): the certificate's town
// (resources/town/town.json), the registry's 町字 table (resources/resident/town-areas.json) and
// the demo-town generator's data (resources/demotown/) name the same 琴浦町 with the same
// 全国地方公共団体コード (check digit verified) and the same 町字 codes and names, and the 町長 in
// town.json is not left empty.
#include "server/resident/certificate/certificaterequest.h"
#include "server/resident/codetables.h"
#include "server/resident/demotown/towndata.h"
#include "shared/identity/localgovernmentcode.h"

#include <QTest>

using namespace kikan;

class TownSourceTest : public QObject
{
    Q_OBJECT
private slots:
    void townJsonIsTheCustomerTownWithAValidCode()
    {
        const resident::TownData town = resident::TownData::load();
        QCOMPARE(town.prefecture, QStringLiteral("鳥取県"));
        QCOMPARE(town.municipality, QStringLiteral("東伯郡琴浦町"));
        QCOMPARE(town.issuerTitle, QStringLiteral("琴浦町長"));
        QVERIFY(!town.issuerName.isEmpty());
        const auto code = identity::LocalGovernmentCode::parse(town.municipalityCode);
        QVERIFY2(code.ok(), qPrintable(town.municipalityCode));
        QCOMPARE(code->code(), QStringLiteral("313718"));
        QCOMPARE(identity::LocalGovernmentCode::checkDigit(u"31371"), 8);
        for (const char *key : {"household", "householdPartial", "individual", "removed", "entry",
                                "moveOut"})
            QVERIFY2(!town.certificationTexts.value(QLatin1String(key)).isEmpty(), key);
    }

    void registryTownAreaTableNamesTheSameTown()
    {
        const resident::TownData town = resident::TownData::load();
        const QJsonObject areas = resident::CodeTables::instance().townAreasJson();
        QCOMPARE(areas.value(QStringLiteral("prefecture")).toString(), town.prefecture);
        QCOMPARE(areas.value(QStringLiteral("municipality")).toString(), town.municipality);
        QVERIFY(!resident::CodeTables::instance().townAreas().isEmpty());
    }

    void demoTownDataDoesNotDisagree()
    {
        const resident::TownData town = resident::TownData::load();
        const resident::demotown::TownData demo = resident::demotown::TownData::load();
        QCOMPARE(demo.prefecture, town.prefecture);
        QCOMPARE(demo.county + demo.municipality, town.municipality);
        QCOMPARE(demo.municipality + QStringLiteral("長"), town.issuerTitle);
        QCOMPARE(demo.municipalityCode, town.municipalityCode);
        const resident::CodeTables &tables = resident::CodeTables::instance();
        QCOMPARE(qsizetype(demo.areas.size()), tables.townAreas().size());
        for (const resident::demotown::TownArea &a : demo.areas) {
            const resident::TownArea *registered = tables.townArea(a.code);
            QVERIFY2(registered, qPrintable(a.code));
            QCOMPARE(registered->name, a.name);
            // The generator writes 本籍 in the town as it prints the address: with 大字.
            QCOMPARE(demo.addressPrefix(a),
                     town.prefecture + town.municipality + town.townAreaPrefix + a.name);
        }
    }
};

QTEST_GUILESS_MAIN(TownSourceTest)
#include "townsource_test.moc"
