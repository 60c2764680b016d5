// 口座管理 over HTTPS on SQLite and PostgreSQL (server/bank_account): the zengin-code master as
// built in (pinned version, 全銀 kana), an account registered with its holder's name in 全銀 kana,
// every refusal (bank, branch, holder kana, overlap, stale version, rights), a change of account
// keeping its history, the accounts 収納管理's request file reads with 新規コード, the log.
#include "server/bank_account/accountregister.h"
#include "server/bank_account/bankdirectory.h"
#include "server/store/database.h"
#include "tests/server/resident/residenttestkit.h"
#include "tests/support/bothstores.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace kikan;
using namespace kikan::bank_account;

class BankAccountTest : public QObject
{
    Q_OBJECT
public:
    explicit BankAccountTest(test::TestServer::Store store) : m_store(store) {}

private:
    test::TestServer::Store m_store;
    std::unique_ptr<test::TestServer> m_http;
    QString m_clerk, m_viewer;

    test::HttpReply post(const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_http->client().post(QStringLiteral("/api/v1/bank-account") + path, body, token);
    }
    test::HttpReply get(const QString &path, const QString &token)
    {
        return m_http->client().get(QStringLiteral("/api/v1/bank-account") + path, token);
    }
    static QJsonObject account(qint64 partyNo, const QString &startsOn, const QString &holder = QStringLiteral("ヤマダ　タロウ"))
    {
        return {{"partyNo", partyNo}, {"bankCode", "0166"}, {"branchCode", "111"}, {"accountType", 1},
                {"accountNo", "12345"}, {"holderKana", holder}, {"startsOn", startsOn}};
    }
    int logRows(const QString &event)
    {
        QSqlQuery q = store::exec(m_http->app().context().database.connection(),
                                  QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event = ?"), {event});
        q.next();
        return q.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        m_http = std::make_unique<test::TestServer>(m_store);
        m_clerk = test::staffWithRights(*m_http, "kouza01", {"bank_account:view", "bank_account:update"});
        m_viewer = test::staffWithRights(*m_http, "kouza02", {"bank_account:view"});
    }
    void cleanupTestCase() { m_http.reset(); }

    void theMasterIsThePinnedZenginCode()
    {
        const BankDirectory &banks = BankDirectory::builtIn();
        QCOMPARE(banks.version(), QStringLiteral("1.0.0-p20260824"));
        QVERIFY(banks.bankCount() > 1000);
        QVERIFY(banks.branchCount() > 20000);
        QCOMPARE(banks.bank(QStringLiteral("0166"))->name, QStringLiteral("鳥取"));
        QCOMPARE(zenginName(banks.bank(QStringLiteral("0166"))->kana), QStringLiteral("ﾄﾂﾄﾘ"));
        QCOMPARE(zenginName(banks.branch(QStringLiteral("0001"), QStringLiteral("001"))->kana),
                 QStringLiteral("ﾄｳｷﾖｳ"));
        const auto found = get(QStringLiteral("/banks?q=0166"), m_viewer);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json()["masterVersion"].toString(), QStringLiteral("1.0.0-p20260824"));
        QCOMPARE(found.json()["banks"][0]["code"].toString(), QStringLiteral("0166"));
        const auto bank = get(QStringLiteral("/banks/0166"), m_viewer);
        QCOMPARE(bank.json()["zenginKana"].toString(), QStringLiteral("ﾄﾂﾄﾘ"));
        QCOMPARE(bank.json()["branches"][0]["code"].toString(), QStringLiteral("111"));
        QCOMPARE(get(QStringLiteral("/banks/9999"), m_viewer).code(), QStringLiteral("bank_account.bank_unknown"));
    }

    void anAccountIsRegisteredInZenginKana()
    {
        QCOMPARE(post("/accounts", account(2001, "2026-04-01"), m_viewer).status, 403);
        const int logged = logRows(QStringLiteral("bank_account.register"));
        const auto r = post("/accounts", account(2001, "2026-04-01", QStringLiteral("やまだ　たろう")), m_clerk);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json()["holderKana"].toString(), QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ"));
        QCOMPARE(r.json()["accountNo"].toString(), QStringLiteral("0012345"));
        QCOMPARE(r.json()["bankName"].toString(), QStringLiteral("鳥取"));
        QCOMPARE(logRows(QStringLiteral("bank_account.register")), logged + 1);
    }

    void refusalsNameTheFault()
    {
        const int logged = logRows(QStringLiteral("bank_account.register"));
        const auto kanji = post("/accounts", account(2002, "2026-04-01", QStringLiteral("ヤマダ　太郎")), m_clerk);
        QCOMPARE(kanji.status, 422);
        QCOMPARE(kanji.code(), QStringLiteral("bank_account.holder_kana"));
        QVERIFY2(kanji.json()["detail"].toString().contains(QStringLiteral("5文字目「太」")),
                 kanji.body.constData());
        QCOMPARE(logRows(QStringLiteral("bank_account.register")), logged + 1); // refused, logged
        QJsonObject bank = account(2002, "2026-04-01");
        bank["bankCode"] = "9998";
        QCOMPARE(post("/accounts", bank, m_clerk).code(), QStringLiteral("bank_account.bank_unknown"));
        bank["bankCode"] = "0166";
        bank["branchCode"] = "999";
        QCOMPARE(post("/accounts", bank, m_clerk).code(), QStringLiteral("bank_account.bank_unknown"));
        QJsonObject type = account(2002, "2026-04-01");
        type["accountType"] = 5;
        QCOMPARE(post("/accounts", type, m_clerk).code(), QStringLiteral("request.validation"));
        QCOMPARE(post("/accounts", account(2002, "2026-04-01", QString(31, u'ｱ')), m_clerk).code(),
                 QStringLiteral("bank_account.holder_kana"));
        // 2001 has an open registration from 2026-04-01.
        QCOMPARE(post("/accounts", account(2001, "2026-09-01"), m_clerk).code(), QStringLiteral("bank_account.overlap"));
    }

    void aChangeOfAccountKeepsTheHistory()
    {
        const auto first = post("/accounts", account(2003, "2026-04-01"), m_clerk).json();
        QJsonObject next = account(2003, "2026-10-01", QStringLiteral("ﾔﾏﾀﾞ ﾊﾅｺ"));
        next["accountNo"] = "7654321";
        next["replaces"] = QJsonObject{{"id", first["id"]}, {"version", 9}};
        QCOMPARE(post("/accounts", next, m_clerk).code(), QStringLiteral("bank_account.conflict"));
        next["replaces"] = QJsonObject{{"id", first["id"]}, {"version", first["version"]}};
        QCOMPARE(post("/accounts", next, m_clerk).status, 201);
        const QJsonArray history = get("/parties/2003/accounts", m_viewer).json()["accounts"].toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0]["endsOn"].toString(), QStringLiteral("2026-09-30"));
        QCOMPARE(history[0]["endReason"].toString(), QStringLiteral("口座変更"));
        QVERIFY(history[1]["endsOn"].isNull());
        QCOMPARE(logRows(QStringLiteral("bank_account.view")), 1);
        // Ending the new one; ending it again later is refused.
        const auto ended = post(QStringLiteral("/accounts/%1/end").arg(history[1]["id"].toInteger()),
                                {{"version", 1}, {"endsOn", "2027-03-31"}, {"reason", "納付書払いに変更"}}, m_clerk);
        QCOMPARE(ended.status, 200);
        QCOMPARE(ended.json()["endsOn"].toString(), QStringLiteral("2027-03-31"));
        QCOMPARE(post(QStringLiteral("/accounts/%1/end").arg(history[1]["id"].toInteger()),
                      {{"version", 2}, {"endsOn", "2027-06-30"}}, m_clerk).code(),
                 QStringLiteral("bank_account.state"));
    }

    void theRequestFileReadsTheAccountsInForce()
    {
        auto &debits = m_http->app().context().services.get<DebitAccounts>();
        const QHash<qint64, DebitAccount> may = debits.debitAccountsOn(QDate(2026, 5, 27));
        QVERIFY(may.contains(2001));
        QCOMPARE(may.value(2003).accountNo, QStringLiteral("0012345"));
        QCOMPARE(may.value(2001).bankName, QStringLiteral("ﾄﾂﾄﾘ"));
        QCOMPARE(may.value(2001).branchName, QStringLiteral("ﾎﾝﾃﾝ"));
        QVERIFY(may.value(2001).firstDebit);
        QCOMPARE(debits.debitAccountsOn(QDate(2026, 12, 25)).value(2003).accountNo, QStringLiteral("7654321"));
        QVERIFY(!debits.debitAccountsOn(QDate(2027, 4, 30)).contains(2003));
        debits.markRequested(m_http->app().context().database.connection(), {may.value(2001).accountId},
                             QDate(2026, 5, 27));
        QVERIFY(debits.debitAccountsOn(QDate(2026, 5, 27)).value(2001).firstDebit); // the same 納期 again
        QVERIFY(!debits.debitAccountsOn(QDate(2026, 7, 27)).value(2001).firstDebit);
    }
};

int main(int argc, char *argv[])
{
    return test::execOnBothStores<BankAccountTest>(argc, argv);
}

#include "bankaccount_test.moc"
