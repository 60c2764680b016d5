// Demo seals (sealdemo.h): residents found through the party contract (the partyNos of the 異動
// it replays), impressions generated and measured, registrations written through sealstore.h.
#include "sealdemo.h"

#include "sealimage.h"
#include "sealstore.h"
#include "server/core/dates.h"
#include "server/party/partydirectory.h"
#include "server/store/database.h"
#include "shared/core/age.h"

#include <QSet>

#include <random>

namespace kikan::seal_registration {

using namespace Qt::Literals::StringLiterals;

namespace {
// Every person the register has told of, with the last change id seen.
QList<qint64> knownParties(const party::PartyDirectory &directory, qint64 *lastChange)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (;;) {
        const QList<party::PartyChanged> batch = directory.changesSince(*lastChange, 1000);
        for (const party::PartyChanged &c : batch) {
            *lastChange = c.changeId;
            for (const party::PartyChange &p : c.parties)
                if (!seen.contains(p.partyNo)) {
                    seen.insert(p.partyNo);
                    out.append(p.partyNo);
                }
        }
        if (batch.size() < 1000)
            return out;
    }
}

void writeOne(QSqlDatabase db, const party::PartySnapshot &person, QDate on, std::mt19937_64 &rng,
              const QString &at)
{
    std::uniform_real_distribution<double> size(10.5, 21.0);
    std::uniform_real_distribution<double> turn(-4.0, 4.0);
    const bool round = rng() % 5 != 0;
    GeneratedSeal g{size(rng), 0, 300, round, round ? 0.0 : turn(rng)};
    g.heightMm = round ? g.widthMm : g.widthMm * (rng() % 2 ? 1.0 : 0.8);
    const MeasuredImpression measured = measureImpression(encodedImage(generatedScan(g)));
    SealRegistration r;
    r.registrationNo = takeNumber(db, u"registration_no"_s);
    r.partyNo = person.partyNo;
    r.state = u"registered"_s;
    r.identityPath = u"photo_id"_s;
    r.identityDocument = rng() % 2 ? u"運転免許証"_s : u"個人番号カード"_s;
    r.impressionText = rng() % 3 ? person.familyName + person.givenName : person.familyName;
    r.appliedOn = on;
    r.registeredOn = on;
    r.id = insertRegistration(db, r, at, 0);
    insertImpression(db, r.id, measured, at, 0);
    insertEvent(db, r.id, {u"registered"_s, on, r.identityPath, 0, at, u"demo"_s});
    const qint64 card = takeNumber(db, u"card_no"_s);
    insertCard(db, r.id, card, on);
    insertEvent(db, r.id, {u"card_issued"_s, on, QString::number(card), 0, at, u"demo"_s});
}
} // namespace

QString writeDemoSeals(core::ServerContext &context, qint64 seed, int count)
{
    store::Transaction tx(context.database);
    if (store::exec(tx.db(), u"SELECT 1 FROM seal_registrations"_s).next())
        return {};
    const QDate today = core::processingDate(context.clock);
    const auto &directory = context.services.get<party::PartyDirectory>();
    qint64 lastChange = 0;
    QList<qint64> parties = knownParties(directory, &lastChange);
    std::mt19937_64 rng{quint64(seed)};
    std::shuffle(parties.begin(), parties.end(), rng);
    const QString at = core::timestampNow(context.clock);
    int written = 0;
    for (qint64 partyNo : parties) {
        if (written == count)
            break;
        const auto person = directory.find(partyNo, today);
        if (!person || !person->isResident() || person->protectedPerson
            || core::legalAge(person->birthDate, today) < 15 || looksForeign(*person))
            continue;
        const QDate fifteenth = person->birthDate.addYears(15);
        const QDate on = std::max(fifteenth, today.addDays(-qint64(rng() % 3650)));
        writeOne(tx.db(), *person, on, rng, at);
        ++written;
    }
    // The register's history before now is not news to the seals just written.
    setChangesHeard(tx.db(), lastChange);
    tx.commit();
    return u"印鑑登録 %1 件（印影画像つき）"_s.arg(written);
}

} // namespace kikan::seal_registration
