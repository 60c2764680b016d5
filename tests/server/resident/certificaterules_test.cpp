// The rules of who may ask for a resident certificate and what it prints
// (server/resident/certificaterules.h), case by case from 住民基本台帳法: 第12条 (本人・同一世帯),
// 第12条の2 (国・地方公共団体), 第12条の3 (第三者 states a reason), 第12条第5項 (items printed only
// on request; 個人番号 only with the right and a reason), and what is masked in the record kept.
#include "server/resident/certificaterules.h"

#include "shared/api/errorcode.h"
#include "shared/api/resident/errors.h"
#include "tests/shared/tabletest.h"

#include <QTest>

using namespace kikan;
using namespace kikan::resident;

Q_DECLARE_METATYPE(kikan::resident::CertificateKind)
Q_DECLARE_METATYPE(kikan::resident::RequesterRelation)

namespace {

// "" when no refusal, else "code field".
QString outcome(const std::optional<core::Failure> &refusal)
{
    if (!refusal)
        return {};
    return refusal->field().isEmpty() ? refusal->code()
                                      : refusal->code() + QLatin1Char(' ') + refusal->field();
}

const QString kValidation = QString::fromLatin1(api::err::Validation);

core::Actor actorWith(const QStringList &rights)
{
    core::Actor a;
    a.loginId = QStringLiteral("clerk");
    for (const QString &r : rights)
        a.rights.insert(r);
    return a;
}

ResidentRecord row(qint64 partyNo, QDate validFrom, ResidentStatus status = ResidentStatus::Resident)
{
    ResidentRecord r;
    r.partyNo = partyNo;
    r.validFrom = validFrom;
    r.status = status;
    r.myNumber = QStringLiteral("123456789018");
    return r;
}

} // namespace

class CertificateRulesTest : public QObject
{
    Q_OBJECT
private slots:
    void requesterRelationsAreTheApiNames_data()
    {
        kikan::test::addColumns<QString, int>({"name", "relation"}); // relation -1: not accepted
        // 法第12条: 本人, 同一世帯; 法第12条の3: 第三者.
        QTest::newRow("self") << "self" << int(RequesterRelation::Self);
        QTest::newRow("household") << "household" << int(RequesterRelation::Household);
        QTest::newRow("third_party") << "third_party" << int(RequesterRelation::ThirdParty);
        // 法第12条の2 (国・地方公共団体) is not taken by the API yet.
        QTest::newRow("public_body") << "public_body" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("japanese") << QString::fromUtf8("本人") << -1;
    }
    void requesterRelationsAreTheApiNames()
    {
        QFETCH(QString, name);
        QFETCH(int, relation);
        const auto parsed = requesterRelationFromName(name);
        QCOMPARE(parsed ? int(*parsed) : -1, relation);
        if (parsed)
            QCOMPARE(requesterRelationName(*parsed), name);
    }

    void reasonIsRequiredOfPublicBodiesAndThirdParties_data()
    {
        kikan::test::addColumns<RequesterRelation, QString, QString>(
            {"relation", "reason", "refusal"});
        const QString missing = kValidation + QStringLiteral(" requester.reason");
        // 法第12条: 本人・同一世帯 need not say why.
        QTest::newRow("self, no reason") << RequesterRelation::Self << QString() << QString();
        QTest::newRow("household, no reason") << RequesterRelation::Household << QString()
                                              << QString();
        // 法第12条の2第2項: 国・地方公共団体 state the 請求事由.
        QTest::newRow("public body, no reason") << RequesterRelation::PublicBody << QString()
                                                << missing;
        // 法第12条の3: a 第三者 states why the certificate is needed.
        QTest::newRow("third party, no reason") << RequesterRelation::ThirdParty << QString()
                                                << missing;
        QTest::newRow("third party, reason") << RequesterRelation::ThirdParty
                                             << QString::fromUtf8("債権回収") << QString();
    }
    void reasonIsRequiredOfPublicBodiesAndThirdParties()
    {
        QFETCH(RequesterRelation, relation);
        QFETCH(QString, reason);
        QFETCH(QString, refusal);
        Requester r;
        r.relation = relation;
        r.reason = reason;
        QCOMPARE(outcome(requesterRefusal(r)), refusal);
    }

    void aCertificateNamesItsPersonOrHousehold_data()
    {
        kikan::test::addColumns<CertificateKind, qint64, qint64, QString>(
            {"kind", "partyNo", "householdNo", "refusal"});
        const QString noParty = kValidation + QStringLiteral(" partyNo");
        const QString noHousehold = kValidation + QStringLiteral(" householdNo");
        QTest::newRow("個人票 by person") << CertificateKind::IndividualCopy << 1001LL << 0LL
                                         << QString();
        QTest::newRow("個人票 by household") << CertificateKind::IndividualCopy << 0LL << 5LL
                                            << noParty;
        QTest::newRow("記載事項証明書 none") << CertificateKind::EntryCertificate << 0LL << 0LL
                                             << noParty;
        QTest::newRow("除票 by household") << CertificateKind::RemovedCopy << 0LL << 5LL
                                          << noParty;
        QTest::newRow("世帯連記式 by household") << CertificateKind::HouseholdCopy << 0LL << 5LL
                                                << QString();
        QTest::newRow("世帯連記式 by member") << CertificateKind::HouseholdCopy << 1001LL << 0LL
                                             << QString();
        QTest::newRow("世帯連記式 none") << CertificateKind::HouseholdCopy << 0LL << 0LL
                                         << noHousehold;
        QTest::newRow("転出証明書 none") << CertificateKind::MoveOutCertificate << 0LL << 0LL
                                          << noHousehold;
    }
    void aCertificateNamesItsPersonOrHousehold()
    {
        QFETCH(CertificateKind, kind);
        QFETCH(qint64, partyNo);
        QFETCH(qint64, householdNo);
        QFETCH(QString, refusal);
        CertificateTarget t;
        t.partyNo = partyNo;
        t.householdNo = householdNo;
        QCOMPARE(outcome(targetRefusal(kind, t)), refusal);
    }

    void kindsAreTheApiNames()
    {
        QCOMPARE(*certificateKindFromApiName(QStringLiteral("household")),
                 CertificateKind::HouseholdCopy);
        QCOMPARE(*certificateKindFromApiName(QStringLiteral("move_out")),
                 CertificateKind::MoveOutCertificate);
        QVERIFY(!certificateKindFromApiName(QStringLiteral("poster")));
        QVERIFY(!certificateKindFromApiName(QStringLiteral("household_copy")));
    }

    void nothingIsCertifiedAsOfALaterDay()
    {
        const QDate today(2025, 6, 2);
        QCOMPARE(outcome(asOfRefusal(today.addYears(-3), today)), QString());
        QCOMPARE(outcome(asOfRefusal(today, today)), QString());
        QCOMPARE(outcome(asOfRefusal(today.addDays(1), today)),
                 kValidation + QStringLiteral(" date"));
    }

    void myNumberNeedsTheRightAndAReason_data()
    {
        kikan::test::addColumns<QString, bool, QString, QString>(
            {"option", "hasRight", "reason", "refusal"});
        const QString forbidden = QString::fromLatin1(api::err::ResidentMyNumberForbidden);
        const QString noReason = QString::fromLatin1(api::err::CertificateMyNumberReason);
        const QString why = QString::fromUtf8("年金の手続");
        // 法第12条第5項: 本籍, 続柄, 住民票コード and the 履歴 are printed on request, no right asked.
        QTest::newRow("本籍") << "registeredDomicile" << false << QString() << QString();
        QTest::newRow("続柄") << "relationship" << false << QString() << QString();
        QTest::newRow("住民票コード") << "residentRecordCode" << false << QString() << QString();
        QTest::newRow("履歴") << "history" << false << QString() << QString();
        // 個人番号: only with resident:my_number, and only with the requester's reason.
        QTest::newRow("個人番号 without right") << "myNumber" << false << why << forbidden;
        QTest::newRow("個人番号 without reason") << "myNumber" << true << QString() << noReason;
        QTest::newRow("個人番号 with both") << "myNumber" << true << why << QString();
    }
    void myNumberNeedsTheRightAndAReason()
    {
        QFETCH(QString, option);
        QFETCH(bool, hasRight);
        QFETCH(QString, reason);
        QFETCH(QString, refusal);
        CertificateOptions o;
        o.registeredDomicile = option == u"registeredDomicile";
        o.relationship = option == u"relationship";
        o.residentRecordCode = option == u"residentRecordCode";
        o.history = option == u"history";
        o.myNumber = option == u"myNumber";
        o.myNumberReason = reason;
        const core::Actor actor = actorWith(hasRight ? QStringList{"resident:issue",
                                                                   "resident:my_number"}
                                                     : QStringList{"resident:issue"});
        QCOMPARE(outcome(optionsRefusal(o, actor)), refusal);
    }

    void recordsAsOfADayLeaveOutCorrectedAndLaterRows()
    {
        QList<ResidentRecord> history{row(1, QDate(2020, 4, 1)), row(1, QDate(2023, 1, 10)),
                                      row(1, QDate(2025, 7, 1))};
        history[1].supersededAt = QStringLiteral("2024-01-01T00:00:00Z"); // replaced by a 訂正
        const QList<ResidentRecord> rows = rowsAsOf(history, QDate(2025, 6, 2));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().validFrom, QDate(2020, 4, 1));
        QVERIFY(rowsAsOf(history, QDate(2019, 1, 1)).isEmpty());
    }

    void householdCopyPrintsResidentsMoveOutCertificateTheMovedOut()
    {
        const QDate d(2025, 5, 1);
        const QList<ResidentRecord> members{row(1, d), row(2, d),
                                            row(3, d, ResidentStatus::MovedOut)};
        MemberSelection all = selectMembers(members, false, {});
        QCOMPARE(all.printed.size(), 2);
        QVERIFY(all.wholeHousehold()); // 世帯全員の認証文
        QCOMPARE(outcome(selectionRefusal(all, {}, 9, false)), QString());
        MemberSelection part = selectMembers(members, false, {2});
        QCOMPARE(part.printed.size(), 1);
        QVERIFY(!part.wholeHousehold()); // 世帯の一部
        MemberSelection movedOut = selectMembers(members, true, {});
        QCOMPARE(movedOut.printed.size(), 1);
        QCOMPARE(movedOut.printed.first().partyNo, 3);
        // A party asked for who is no resident of the household.
        MemberSelection stranger = selectMembers(members, false, {2, 3});
        const auto refusal = selectionRefusal(stranger, {2, 3}, 9, false);
        QCOMPARE(outcome(refusal), kValidation + QStringLiteral(" partyNos"));
        QVERIFY(refusal->detail().contains(QString::fromUtf8("世帯 9 の住民ではない方")));
    }

    void myNumberIsClearedUnlessRequested()
    {
        QList<ResidentRecord> records{row(1, QDate(2020, 1, 1)), row(2, QDate(2020, 1, 1))};
        CertificateOptions asked;
        asked.myNumber = true;
        clearUnrequested(records, asked);
        QCOMPARE(records.first().myNumber, QStringLiteral("123456789018"));
        clearUnrequested(records, CertificateOptions{});
        QVERIFY(records.first().myNumber.isEmpty() && records.last().myNumber.isEmpty());
    }

    void theRecordKeptMasksNumbersInEveryText()
    {
        Requester r;
        r.relation = RequesterRelation::ThirdParty;
        r.name = QString::fromUtf8("債権者株式会社");
        r.reason = QStringLiteral("123456789018");
        r.purpose = QString::fromUtf8("番号 123456789018 の確認");
        const QJsonObject kept = recordedRequester(r);
        QCOMPARE(kept.value(u"relation").toString(), QStringLiteral("third_party"));
        QCOMPARE(kept.value(u"name").toString(), r.name);
        for (const char *key : {"reason", "purpose"})
            QVERIFY(!kept.value(QLatin1String(key)).toString().contains(u"123456789018"));
        CertificateOptions o;
        o.myNumber = true;
        o.myNumberReason = QStringLiteral("123456789018");
        const QJsonObject options = recordedOptions(o);
        QVERIFY(!options.value(u"myNumberReason").toString().contains(u"123456789018"));
        QCOMPARE(options.value(u"wholeHousehold").toBool(), true);
    }
};

QTEST_GUILESS_MAIN(CertificateRulesTest)
#include "certificaterules_test.moc"
