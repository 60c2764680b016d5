// A 軽自動車税 調定 in 収納管理's ledger for the treasury screens' tests: made by the ledger's own
// create() (no API makes one: the business areas do, in server code) — in process on Linux, by
// kikan-test-host (its "fixture" op, tests/support/testhostfixtures.cpp) for the client-only build.
#pragma once

#include "tests/support/testserver.h"

#include <QDate>
#include <QJsonObject>

#ifndef KIKAN_REMOTE_TEST_SERVER
#include "revenuetestkit.h"
#endif

namespace kikan::test {

struct TestAssessment {
    QString key; // the vehicle's key in subject and source key
    qint64 partyNo = 0;
    qint64 yen = 0;
    QDate dueDate;
    QString noticeNo; // 通知書番号
    int installment = 1; // 期別
};

inline QJsonObject toJson(const TestAssessment &a)
{
    return {{"key", a.key}, {"partyNo", a.partyNo}, {"yen", a.yen},
            {"dueDate", a.dueDate.toString(Qt::ISODate)}, {"noticeNo", a.noticeNo},
            {"installment", a.installment}};
}

inline TestAssessment testAssessmentFromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("partyNo")).toInteger(),
            o.value(QStringLiteral("yen")).toInteger(),
            QDate::fromString(o.value(QStringLiteral("dueDate")).toString(), Qt::ISODate),
            o.value(QStringLiteral("noticeNo")).toString(),
            o.value(QStringLiteral("installment")).toInt(1)};
}

// The new 調定's id.
inline qint64 createAssessment(TestServer &server, const TestAssessment &a)
{
#ifdef KIKAN_REMOTE_TEST_SERVER
    QJsonObject args = toJson(a);
    args.insert(QStringLiteral("name"), QStringLiteral("assessment"));
    return server.call(QStringLiteral("fixture"), args).value(QStringLiteral("id")).toInteger();
#else
    assessment::AssessmentInput in = assessmentInput(a.key, a.partyNo, a.yen, a.dueDate, a.noticeNo);
    in.installment = a.installment;
    return server.app().context().services.get<revenue::RevenueLedger>().create(in, revenueClerk());
#endif
}

} // namespace kikan::test
