// The seal register's work, taking core::Actor and typed requests (routes.cpp reads them): 登録 by
// the three identity paths of the 印鑑登録証明事務処理要領 第2-2 (即日: 官公署発行の写真付き証明書;
// 保証人: a person registered in the town vouches; 照会書: a letter to the applicant's address, the
// registration completing when the 回答書 comes back within the deadline), the 印鑑登録証 and its
// re-issue, 廃止 on application or loss of the card, and by itself from the register's 異動
// (party::PartyChanged: 転出 on its date, 死亡, 消除, or a name change the impression no longer
// shows, 要領 第2-9). Every change writes a seal_events row and an operation-log entry in its
// transaction. Tests: tests/server/seal_registration/sealregister_test.cpp (HTTPS, both stores).
#pragma once

#include "sealrules.h"
#include "sealstore.h"

#include "server/core/actor.h"
#include "server/core/context.h"

#include <QJsonObject>

namespace kikan::store {
class Transaction;
}

namespace kikan::seal_registration {

struct RegistrationRequest {
    qint64 partyNo = 0;
    QString identityPath;      // photo_id | guarantor | inquiry
    QString identityDocument;  // photo_id: the document shown (運転免許証, 個人番号カード …)
    qint64 guarantorCardNo = 0; // guarantor: the 保証人's 印鑑登録証 number
    QString impressionText;    // what the impression shows, as staff read it
    SealInspection inspection;
    QByteArray scan;           // the scanner's file (PNG or TIFF)
    ScanSettings scanSettings;
};

// A registration with what is shown of it.
struct RegistrationView {
    SealRegistration registration;
    QString effectiveState;    // pending | registered | expired | ended (on the 処理日)
    std::optional<StoredImpression> impression;
    QList<SealEvent> events;
};

class SealRegister
{
public:
    explicit SealRegister(core::ServerContext &context) : m_context(context) {}

    RegistrationView apply(const core::Actor &actor, const RegistrationRequest &request);
    RegistrationView answerInquiry(const core::Actor &actor, qint64 id, int version);
    RegistrationView reissueCard(const core::Actor &actor, qint64 id, int version);
    // 廃止 on application (reason "application") or on loss of the card ("card_lost").
    RegistrationView end(const core::Actor &actor, qint64 id, int version, const QString &reason);
    RegistrationView view(const core::Actor &actor, qint64 id);
    QList<RegistrationView> ofParty(const core::Actor &actor, qint64 partyNo);
    // The registrations waiting for their 回答書 (state pending, or expired past the deadline).
    QList<RegistrationView> pending(const core::Actor &actor);
    void recordAdultWard(const core::Actor &actor, qint64 partyNo, const QString &source);

    // The reaction to a committed 異動 (subscribed in module.cpp); each change id once.
    void hear(const party::PartyChanged &change);
    // Replays the 異動 committed since the last one heard (at start).
    void catchUp();

private:
    RegistrationView viewOf(QSqlDatabase db, const SealRegistration &r) const;
    SealRegistration load(QSqlDatabase db, qint64 id, int version) const;
    void save(QSqlDatabase db, const SealRegistration &r) const;
    // Saves the registration (its version checked), logs the operation, commits; the view.
    RegistrationView finish(store::Transaction &tx, const core::Actor &actor, const char *event,
                            SealRegistration &r, const QJsonObject &detail);
    qint64 guarantorOf(QSqlDatabase db, const RegistrationRequest &request) const;
    void hearIn(store::Transaction &tx, const party::PartyChanged &change);

    core::ServerContext &m_context;
};

// 廃止 reasons and identity paths as the API names them.
bool isIdentityPath(const QString &name);
bool isApplicantEndReason(const QString &name);
// The reason a 異動 ends a registration ("move_out", "death", "removed", "name_change"), or empty.
QString endReasonFor(const party::PartyChange &p, const std::optional<party::PartySnapshot> &after,
                     const QString &impressionText, QDate on);

} // namespace kikan::seal_registration
