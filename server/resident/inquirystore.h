// The 照会's read of resident_changes (SQL only): the 異動 that wrote a row of a person's history,
// as recorded (schema 10001_resident_registry.sql).
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace kikan::resident {

// One row of resident_changes as the 照会 shows it; dates and timestamps as stored.
struct ChangeEntry {
    qint64 id = 0;
    QString kind;                          // change_kind (codes.json changeKinds)
    QString reasonCode;                    // 異動事由
    QString effectiveDate;                 // 異動日
    std::optional<QString> notifiedDate;   // 届出日 (none for 職権)
    std::optional<qint64> notificationNo;  // 届出番号
    std::optional<qint64> cancelsChangeId; // a 取消 names the change it cancels
    QString recordedAt;
};

std::optional<ChangeEntry> changeEntry(QSqlDatabase db, qint64 changeId);

} // namespace kikan::resident
