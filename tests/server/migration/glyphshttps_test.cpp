// The 文字同定 API over real HTTPS with signed-in staff, on SQLite and PostgreSQL: import (good
// file, BOM, multipart, broken rows refused whole), re-import keeping decisions, candidates,
// decide/undecide with their operation-log entries, the version conflict, refused rights, the
// decided table and lookupDecided, and the 56-glyph sample of tests/data/migration end to end.
#include "server/core/dates.h"
#include "server/store/database.h"
#include "server/auth/adminlog.h"
#include "server/auth/groupadmin.h"
#include "server/migration/legacyglyphs.h"
#include "shared/api/endpoints.h"
#include "shared/api/migration/paths.h"
#include "shared/api/errorcode.h"
#include "tests/server/auth/authtestkit.h"
#include "tests/support/bothstores.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace kikan;

namespace {

const QString kPassword = QStringLiteral("Kikan-Demo-2026");
const QByteArray kCsv = "vendor_code,juki_code,koseki_code,ucs,reading,note\r\n"
                        "F040,J+9AD9,513280,,たか,髙橋\r\n"
                        "F041,,094190,,さき,山﨑\r\n"
                        "F042,,,U+845B U+E0102,かつ,葛\r\n"
                        "F043,,,,,コード不明\r\n";

struct Staff {
    QString editor; // migration:view + migration:update
    QString viewer; // migration:view
    QString clerk;  // 窓口職員: no migration right
};

Staff setUpStaff(test::TestServer &server)
{
    core::ServerContext &ctx = server.app().context();
    auth::GroupAdmin groups(ctx, auth::AdminLog::commandLineActor());
    groups.ensureBuiltInGroups();
    groups.create({QStringLiteral("データ移行担当"), {},
                   {QStringLiteral("migration:view"), QStringLiteral("migration:update")}});
    groups.create({QStringLiteral("データ移行照会"), {}, {QStringLiteral("migration:view")}});
    test::addStaff(server, QStringLiteral("ikou"), kPassword, {QStringLiteral("データ移行担当")});
    test::addStaff(server, QStringLiteral("shokai"), kPassword, {QStringLiteral("データ移行照会")});
    test::addStaff(server, QStringLiteral("madoguchi"), kPassword, {QStringLiteral("窓口職員")});
    return {test::signIn(server, QStringLiteral("ikou"), kPassword),
            test::signIn(server, QStringLiteral("shokai"), kPassword),
            test::signIn(server, QStringLiteral("madoguchi"), kPassword)};
}

QString path(const char *p, const QString &suffix = {})
{
    return QString::fromLatin1(p) + suffix;
}

test::HttpReply importCsv(test::TestServer &server, const QByteArray &csv, const QString &token)
{
    return server.client().request("POST", path(api::path::MigrationGlyphImport), csv, token,
                                   "text/csv; charset=utf-8");
}

// The register as vendor code → glyph.
QHash<QString, QJsonObject> glyphs(test::TestServer &server, const QString &token,
                                   const QString &status = QStringLiteral("all"))
{
    const test::HttpReply r = server.client().get(
        path(api::path::MigrationGlyphs, QStringLiteral("?status=") + status), token);
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : r.json().value(QStringLiteral("glyphs")).toArray())
        out.insert(v[QStringLiteral("vendorCode")].toString(), v.toObject());
    return out;
}

QString glyphPath(const QJsonObject &glyph, const QString &action = {})
{
    return path(api::path::MigrationGlyphs, QStringLiteral("/%1").arg(glyph[QStringLiteral("id")]
                                                                       .toInteger()))
           + action;
}

test::HttpReply decide(test::TestServer &server, const QJsonObject &glyph, const QString &mjCode,
                       qint64 version, const QString &token)
{
    return server.client().post(glyphPath(glyph, QStringLiteral("/decide")),
                                {{"mjCode", mjCode}, {"version", version}}, token);
}

// Entries written by the migration module itself (the audit module's per-request entries have
// the request path as subject and are not counted).
int auditRows(test::TestServer &server, const char *event, int success, const QString &like)
{
    QSqlQuery q = store::exec(server.app().context().database.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = ? AND "
                                             "success = ? AND login_id = 'ikou' AND kind = "
                                             "'operation' AND detail LIKE ? AND subject "
                                             "LIKE 'legacy_glyph%'"),
                              {QString::fromLatin1(event), success, like});
    q.next();
    return q.value(0).toInt();
}

} // namespace

class GlyphsHttpsTest : public QObject
{
    Q_OBJECT
private slots:
    void importCandidatesAndBom_data() { test::addStoreRows(); }
    void importCandidatesAndBom()
    {
        test::TestServer server(test::fetchStore());
        const Staff staff = setUpStaff(server);
        test::HttpReply r = importCsv(server, "\xEF\xBB\xBF" + kCsv, staff.editor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("added").toInt(), 4);
        QCOMPARE(r.json().value("undecided").toInt(), 4);
        const auto all = glyphs(server, staff.viewer);
        QCOMPARE(all.size(), 4);

        r = server.client().get(glyphPath(all.value("F040")), staff.viewer);
        QCOMPARE(r.status, 200);
        const QJsonArray c = r.json().value("candidates").toArray();
        QCOMPARE(c[0]["mjCode"].toString(), QStringLiteral("MJ028902"));
        QCOMPARE(c[0]["text"].toString(), QStringLiteral("髙"));
        QCOMPARE(c[0]["jukiCode"].toString(), QStringLiteral("J+9AD9"));
        QCOMPARE(c[0]["kosekiCode"].toString(), QStringLiteral("513280"));
        QCOMPARE(c[0]["strokes"].toInt(), 11);
        QCOMPARE(c[0]["reasons"].toArray().size(), 2);
        QCOMPARE(c[1]["reasons"].toArray()[0].toString(), QStringLiteral("variant"));

        r = server.client().get(glyphPath(all.value("F042")), staff.viewer);
        QCOMPARE(r.json()["candidates"][0]["text"].toString(), QStringLiteral("葛\U000E0102"));
        r = server.client().get(glyphPath(all.value("F043")), staff.viewer);
        QVERIFY(r.json().value("candidates").toArray().isEmpty());

        // The search box: by 住基 code, with the variants after the match.
        r = server.client().get(path(api::path::MigrationCharacters, "?q=J%2B9AD9"), staff.viewer);
        QCOMPARE(r.json()["characters"][0]["mjCode"].toString(), QStringLiteral("MJ028902"));
        QVERIFY(r.json().value("characters").toArray().size() > 1);

        // The same file as JSON and as multipart: nothing new, nothing lost.
        r = server.client().post(path(api::path::MigrationGlyphImport),
                                 {{"csv", QString::fromUtf8(kCsv)}}, staff.editor);
        QCOMPARE(r.json().value("updated").toInt(), 4);
        const QByteArray multipart = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
                                     "filename=\"gaiji.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                                     + kCsv + "\r\n--XyZ--\r\n";
        r = server.client().request("POST", path(api::path::MigrationGlyphImport), multipart,
                                    staff.editor, "multipart/form-data; boundary=XyZ");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("updated").toInt(), 4);
        QCOMPARE(glyphs(server, staff.viewer).size(), 4);
    }

    void brokenRowsImportNothing_data() { test::addStoreRows(); }
    void brokenRowsImportNothing()
    {
        test::TestServer server(test::fetchStore());
        const Staff staff = setUpStaff(server);
        const test::HttpReply r = importCsv(
            server, kCsv + "F044,J+ZZZZ,,,,\r\nF045,,12,,,\r\n", staff.editor);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::Validation));
        QVERIFY2(r.json().value("detail").toString().startsWith(QStringLiteral("6行目")),
                 r.body.constData());
        const QJsonArray rows = r.json().value("rows").toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1]["row"].toInt(), 7);
        QVERIFY(glyphs(server, staff.viewer).isEmpty());
        QCOMPARE(auditRows(server, "migration.glyph_import", 0, QStringLiteral("%validation%")),
                 1);
    }

    void decideUndecideConflictAndReimport_data() { test::addStoreRows(); }
    void decideUndecideConflictAndReimport()
    {
        test::TestServer server(test::fetchStore());
        const Staff staff = setUpStaff(server);
        QCOMPARE(importCsv(server, kCsv, staff.editor).status, 200);
        QJsonObject f040 = glyphs(server, staff.viewer).value("F040");
        QCOMPARE(f040["version"].toInt(), 1);

        test::HttpReply r = decide(server, f040, QStringLiteral("MJ028902"), 1, staff.editor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("decided"));
        QCOMPARE(r.json().value("decidedBy").toString(), QStringLiteral("ikou"));
        QCOMPARE(r.json().value("version").toInt(), 2);
        QCOMPARE(auditRows(server, "migration.glyph_decide", 1,
                           QStringLiteral("%\"mjCode\":\"MJ028902\"%\"vendorCode\":\"F040\"%")),
                 1);

        // A second counter still holding version 1 is refused and that is logged too.
        r = decide(server, f040, QStringLiteral("MJ028901"), 1, staff.editor);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::Conflict));
        QCOMPARE(auditRows(server, "migration.glyph_decide", 0, QStringLiteral("%conflict%")), 1);
        r = decide(server, f040, QStringLiteral("MJ999999"), 2, staff.editor);
        QCOMPARE(r.status, 422);

        store::Database &db = server.app().context().database;
        QCOMPARE(migration::lookupDecided(db, QStringLiteral("F040"))->text, QStringLiteral("髙"));
        QVERIFY(!migration::lookupDecided(db, QStringLiteral("F041")));
        QVERIFY(!migration::lookupDecided(db, QStringLiteral("F999")));

        // Re-import with a changed note: the decision and version stay, the note follows the file.
        QByteArray changed = kCsv;
        changed.replace("髙橋", "髙橋 (再取込)");
        r = importCsv(server, changed, staff.editor);
        QCOMPARE(r.json().value("updated").toInt(), 4);
        QCOMPARE(r.json().value("undecided").toInt(), 3);
        f040 = glyphs(server, staff.viewer).value("F040");
        QCOMPARE(f040["status"].toString(), QStringLiteral("decided"));
        QCOMPARE(f040["mjCode"].toString(), QStringLiteral("MJ028902"));
        QCOMPARE(f040["version"].toInt(), 2);
        QCOMPARE(f040["note"].toString(), QStringLiteral("髙橋 (再取込)"));

        r = server.client().get(path(api::path::MigrationDecidedTable), staff.viewer);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/csv"));
        QCOMPARE(r.body, QByteArray("\xEF\xBB\xBF"
                                    "vendor_code,mj_code,text,decided_by,decided_at\r\n"
                                    "F040,MJ028902,髙,ikou,")
                             + core::timestamp(server.clock().now()).toUtf8() + "\r\n");

        r = server.client().post(glyphPath(f040, QStringLiteral("/undecide")), {{"version", 1}},
                                 staff.editor);
        QCOMPARE(r.status, 409);
        r = server.client().post(glyphPath(f040, QStringLiteral("/undecide")), {{"version", 2}},
                                 staff.editor);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("status").toString(), QStringLiteral("undecided"));
        QCOMPARE(r.json().value("version").toInt(), 3);
        QCOMPARE(auditRows(server, "migration.glyph_undecide", 1,
                           QStringLiteral("%\"previousMjCode\":\"MJ028902\"%")),
                 1);
        QVERIFY(!migration::lookupDecided(db, QStringLiteral("F040")));
        QCOMPARE(glyphs(server, staff.viewer, QStringLiteral("decided")).size(), 0);
        QCOMPARE(glyphs(server, staff.viewer, QStringLiteral("undecided")).size(), 4);
    }

    void rightsAreEnforced_data() { test::addStoreRows(); }
    void rightsAreEnforced()
    {
        test::TestServer server(test::fetchStore());
        const Staff staff = setUpStaff(server);
        QCOMPARE(importCsv(server, kCsv, staff.viewer).status, 403);
        QCOMPARE(importCsv(server, kCsv, staff.editor).status, 200);
        const QJsonObject f040 = glyphs(server, staff.viewer).value("F040");
        test::HttpReply r = decide(server, f040, QStringLiteral("MJ028902"), 1, staff.viewer);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QString::fromLatin1(api::err::Forbidden));
        QCOMPARE(server.client().post(glyphPath(f040, "/undecide"), {{"version", 1}},
                                      staff.viewer).status, 403);
        QCOMPARE(server.client().get(path(api::path::MigrationGlyphs), staff.clerk).status, 403);
        QCOMPARE(server.client().get(path(api::path::MigrationDecidedTable), staff.clerk).status,
                 403);
        QCOMPARE(server.client().get(path(api::path::MigrationGlyphs)).status, 401);
        QCOMPARE(glyphs(server, staff.viewer).value("F040")["status"].toString(),
                 QStringLiteral("undecided"));
    }

    void sampleEndToEnd_data() { test::addStoreRows(); }
    void sampleEndToEnd()
    {
        test::TestServer server(test::fetchStore());
        const Staff staff = setUpStaff(server);
        QFile file(test::testData(QStringLiteral("migration/legacy-glyphs.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        test::HttpReply r = importCsv(server, file.readAll(), staff.editor);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value("added").toInt() >= 50);
        const auto all = glyphs(server, staff.viewer);
        int withImage = 0;
        int decided = 0;
        QStringList noCandidates;
        for (const QJsonObject &g : all) {
            const QString code = g["vendorCode"].toString();
            withImage += g["hasImage"].toBool() ? 1 : 0;
            const QJsonObject one = server.client().get(glyphPath(g), staff.viewer).json();
            const QJsonArray candidates = one["candidates"].toArray();
            const bool coded = !g["jukiCode"].toString().isEmpty()
                               || !g["kosekiCode"].toString().isEmpty()
                               || !g["legacyUcs"].toString().isEmpty();
            if (!coded) {
                QVERIFY2(candidates.isEmpty(), qPrintable(code));
                noCandidates.append(code);
                continue;
            }
            // An exact match comes first and agrees with the code the old system kept.
            QVERIFY2(!candidates.isEmpty(), qPrintable(code));
            const QJsonObject first = candidates[0].toObject();
            QVERIFY2(first["reasons"].toArray()[0].toString() != QLatin1String("variant"),
                     qPrintable(code));
            if (!g["jukiCode"].toString().isEmpty())
                QCOMPARE(first["jukiCode"].toString(), g["jukiCode"].toString());
            else if (!g["kosekiCode"].toString().isEmpty())
                QCOMPARE(first["kosekiCode"].toString(), g["kosekiCode"].toString());
            QCOMPARE(decide(server, g, first["mjCode"].toString(), 1, staff.editor).status, 200);
            ++decided;
        }
        QVERIFY(withImage >= 5);
        QVERIFY(noCandidates.size() >= 3);
        r = server.client().get(path(api::path::MigrationDecidedTable), staff.viewer);
        QCOMPARE(r.headers.value("x-kikan-total-rows").toInt(), decided);
        QCOMPARE(glyphs(server, staff.viewer, QStringLiteral("undecided")).size(),
                 noCandidates.size());
        store::Database &db = server.app().context().database;
        for (const QString &code : noCandidates)
            QVERIFY(!migration::lookupDecided(db, code));
        QCOMPARE(migration::lookupDecided(db, QStringLiteral("F040"))->mjCode,
                 QStringLiteral("MJ028902"));
    }
};

QTEST_GUILESS_MAIN(GlyphsHttpsTest)
#include "glyphshttps_test.moc"
