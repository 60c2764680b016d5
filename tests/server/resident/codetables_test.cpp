// The 住民記録 code tables (resources/resident/codes.json) against what the standard's text says
// (住民記録システム標準仕様書 第3章; sources in docs/resident.md "Code tables"): every 異動 kind
// maps onto one of the standard's 異動事由 区分 (1.2.2), every 続柄 the standard names (1.1.11)
// can be recorded and printed, and the ones outside its list are marked so. Code VALUES are
// not checked here: none is confirmed yet ([要確認]).
#include "server/resident/codetables.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace kikan;

namespace {
QString s(const char *utf8) { return QString::fromUtf8(utf8); }
} // namespace

class CodeTablesTest : public QObject
{
    Q_OBJECT
private slots:
    void everyChangeKindHasAStandardReasonClass()
    {
        // 1.2.2 異動事由: 記載の事由, 消除の事由, 修正の事由 and their 区分 (names as in the text).
        const QHash<QString, QSet<QString>> classes{
            {s("記載"), {s("国内転入"), s("国外転入等"), s("出生"), s("職権記載（帰化等）"),
                        s("職権記載（国籍喪失）"), s("職権記載"), s("改製"), s("再製"),
                        s("異動の取消し（増）")}},
            {s("消除"), {s("国内転出"), s("国外転出"), s("死亡"), s("職権消除（帰化等）"),
                        s("職権消除（国籍喪失）"), s("職権消除"), s("改製"), s("再製"),
                        s("異動の取消し（減）")}},
            {s("修正"), {s("転居"), s("軽微な修正"), s("職権修正"), s("誤記修正"),
                        s("個人番号の変更請求"), s("個人番号の職権修正"), s("個人番号の職権記載"),
                        s("住民票コードの変更請求"), s("住民票コードの職権記載"), s("世帯分離"),
                        s("世帯合併"), s("世帯変更"), s("世帯主変更"), s("旧氏の記載"),
                        s("旧氏の変更"), s("旧氏の削除"), s("通称の記載"), s("通称の削除"),
                        s("異動の取消し（修正）")}}};
        const resident::CodeEdition &e = resident::CodeTables::instance().on(QDate(2025, 6, 1));
        const QJsonArray kinds = e.json.value(QStringLiteral("changeKinds")).toArray();
        QCOMPARE(kinds.size(), e.changeKinds.size());
        QVERIFY(kinds.size() >= 16);
        for (const QJsonValue &k : kinds) {
            const QJsonObject r = k[QStringLiteral("standardReason")].toObject();
            const QString cls = r.value(QStringLiteral("class")).toString();
            const QString name = r.value(QStringLiteral("name")).toString();
            QVERIFY2(classes.value(cls).contains(name),
                     qPrintable(k[QStringLiteral("code")].toString() + u' ' + cls + u' ' + name));
        }
    }

    void theStandardsRelationshipsAreAllThere()
    {
        // 1.1.11 ①②④⑤: 世帯主; 夫, 妻, 夫（未届）, 妻（未届）, 子, 父, 母, 兄, 姉, 弟, 妹; 縁故者; 同居人.
        const resident::CodeEdition &e = resident::CodeTables::instance().on(QDate(2025, 6, 1));
        QSet<QString> names;
        for (auto it = e.relationships.begin(); it != e.relationships.end(); ++it)
            names.insert(it.value());
        for (const char *n : {"世帯主", "夫", "妻", "夫（未届）", "妻（未届）", "子", "父", "母", "兄",
                              "姉", "弟", "妹", "縁故者", "同居人"})
            QVERIFY2(names.contains(s(n)), n);
        // ③ up to four generations joined with の: 子の子の子の子 is one 続柄.
        const QString child = e.relationships.key(s("子"));
        QVERIFY(e.isRelationship(child.repeated(4)));
        QCOMPARE(e.relationshipText(child.repeated(4)), s("子の子の子の子"));
        QCOMPARE(e.relationshipGenerations, 4); // a fifth generation is 縁故者 (refused on input)
        // Only the list (1.1.11): 祖父, 祖母, 孫 are written 父の父, 父の母, 子の子.
        for (const char *outside : {"祖父", "祖母", "孫"})
            QVERIFY2(e.relationships.key(s(outside)).isEmpty(), outside);
        QCOMPARE(e.relationshipText(QStringLiteral("5151")), s("父の父"));
        QCOMPARE(e.relationshipText(QStringLiteral("2020")), s("子の子"));
    }
};

QTEST_GUILESS_MAIN(CodeTablesTest)
#include "codetables_test.moc"
