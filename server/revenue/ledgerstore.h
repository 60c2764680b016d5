// The SQL of the 調定 ledger (ledger.h): revenue_assessments, their 更正 rows and the 消込 rows
// that make up 収納済額 (schema 12001_assessments.sql). SQL only; the rules are in ledger.cpp.
#pragma once

#include "server/assessment/assessmentledger.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace kikan::core {
struct Actor;
}

namespace kikan::revenue {

// A 調定 as stored: as it is now (amount after every 更正, received, version) and its 当初調定額.
struct StoredAssessment {
    assessment::Assessment now;
    core::Money originalAmount;
};

// Inserts a 調定; nullopt when its source key or 通知書番号 is taken (nothing written).
std::optional<qint64> insertAssessment(QSqlDatabase db, const assessment::AssessmentInput &input,
                                       const QString &noticeKey, const QString &createdAt,
                                       const core::Actor &actor);
// The 調定 matching `where` (a condition over the alias s), in `order` ("s.id").
QList<StoredAssessment> selectAssessments(QSqlDatabase db, const QString &where,
                                          const QVariantList &values,
                                          const QString &order = QStringLiteral("s.id"));
// Records 更正 number `seq` (the version it makes); false when that number is already taken
// (another 更正 came first: nothing written).
bool insertAdjustment(QSqlDatabase db, qint64 assessmentId, int seq, core::Money before,
                      core::Money after, const QString &reason, const QString &adjustedAt,
                      const core::Actor &actor);

} // namespace kikan::revenue
