// The 住民記録 code tables (異動の種類と事由, 続柄, 住民状態, 住民種別, 性別, 法第30条の45の区分,
// 支援措置の事由) and the 届出 rules, read from resources/resident/codes.json, one edition per
// fiscal year in which the law changed them; and the town's 町字 table (town-areas.json).
#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kikan::resident {

struct ChangeKindInfo {
    QString code;    // move_in, move_out, … (the route and resident_changes.change_kind)
    QString name;    // 転入
    QString reason;  // 異動事由 code
    bool notified = false; // 届出 (true) or 職権 (false)
    QString article;
};

struct CodeEdition {
    int fiscalYear = 0;
    int notificationPeriodDays = 14; // 法第22条〜第25条
    int moveOutAdvanceDays = 30;
    int relationshipGenerations = 4; // 続柄 joined with の, at most (標準仕様書 1.1.11)
    QList<ChangeKindInfo> changeKinds;
    QHash<QString, QString> relationships;      // code → 表記
    QHash<QString, QString> sexes;
    QHash<QString, QString> article30_45Classes;
    QHash<QString, QString> protectionReasons;
    QJsonObject json;                           // the edition as written (for GET /resident/codes)

    const ChangeKindInfo *changeKind(const QString &code) const;
    // A 続柄 code sequence ("12", "1220" = 妻の子): every 2-digit part known.
    bool isRelationship(const QString &codes) const;
    // The printed 続柄 of a sequence: 「妻の子」.
    QString relationshipText(const QString &codes) const;
};

struct TownArea {
    QString code;
    QString name;
    QString kana;
};

class CodeTables
{
public:
    static const CodeTables &instance();
    // The edition in force on `date` (the latest whose fiscal year is not after date's).
    const CodeEdition &on(QDate date) const;
    const QList<TownArea> &townAreas() const { return m_areas; }
    const TownArea *townArea(const QString &code) const;
    QString municipality() const { return m_municipality; }
    QJsonObject townAreasJson() const { return m_areasJson; }

private:
    CodeTables();
    QList<CodeEdition> m_editions; // ascending fiscal year
    QList<TownArea> m_areas;
    QString m_municipality;
    QJsonObject m_areasJson;
};

} // namespace kikan::resident
