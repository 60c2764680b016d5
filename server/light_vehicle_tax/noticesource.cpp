// The 納税通知書 兼 納付書 of 軽自動車税 種別割 (notice.h) as a document kind for mass printing
// (server/document/documentsource.h, docs/printing.md): the recipients are the 納税義務者 with an
// amount to pay in the 年度; each one's pages are noticePages of their lines, on the A4 layout
// (paper "sheet") or the 連帳 one (paper "continuous", resources/forms/…-continuous.json).
#include "levystore.h"
#include "notice.h"
#include "ratebook.h"
#include "vehiclestore.h"
#include "server/core/dates.h"
#include "server/core/failure.h"
#include "server/document/documentsource.h"
#include "server/resident/certificate/certificaterequest.h"
#include "server/store/database.h"
#include "shared/api/errorcode.h"
#include "shared/api/light_vehicle_tax/errors.h"

#include <QHash>

namespace kikan::light_vehicle_tax {

namespace {
forms::FormLayout layoutFor(const QString &paper)
{
    const QString name = paper == QLatin1String("continuous")
                             ? QStringLiteral(":/kikan/forms/light-vehicle-notice-continuous.json")
                             : QStringLiteral(":/kikan/forms/light-vehicle-notice.json");
    if (paper != QLatin1String("sheet") && paper != QLatin1String("continuous"))
        throw core::Failure::invalidField(QStringLiteral("paper"),
                                          QStringLiteral("用紙は sheet か continuous です。"));
    const auto layout = forms::FormLayout::load(name);
    if (!layout.ok())
        throw core::Failure(layout.error());
    return layout.value();
}

class NoticeBatch : public document::DocumentBatch
{
public:
    NoticeBatch(core::ServerContext &context, const document::BatchRequest &request)
        : m_context(context), m_layout(layoutFor(request.paper)), m_fiscalYear(request.fiscalYear),
          m_header{request.fiscalYear,
                   RateBook::builtIn().dueDates(request.fiscalYear).value(0).in(request.fiscalYear),
                   core::processingDate(context.clock), resident::TownData::load().issuerTitle}
    {
        const QDate today = core::processingDate(context.clock);
        const auto &directory = context.services.get<party::PartyDirectory>();
        for (const Levy &l : leviesOf(context.database.connection(), m_fiscalYear)) {
            if (l.amount > core::Money())
                m_levies[l.taxpayerPartyNo].append(l);
        }
        for (auto it = m_levies.cbegin(); it != m_levies.cend(); ++it) {
            party::PartySnapshot p = directory.find(it.key(), today)
                                         .value_or(directory.find(it.key(), QDate(m_fiscalYear, 4, 1))
                                                       .value_or(party::PartySnapshot{}));
            p.partyNo = it.key();
            m_parties.insert(it.key(), p);
        }
        if (m_parties.isEmpty())
            throw core::Failure(api::err::LightVehicleNotFound,
                                QStringLiteral("%1年度の納税通知書にする調定がありません。").arg(m_fiscalYear));
    }

    const forms::FormLayout &layout() const override { return m_layout; }

    QList<document::Recipient> recipients() const override
    {
        QList<document::Recipient> list;
        for (const party::PartySnapshot &p : m_parties)
            list.append({p.partyNo, p.townAreaCode, p.postalCode});
        return list;
    }

    QList<forms::PageData> pages(const document::Recipient &recipient) const override
    {
        Notice notice{m_parties.value(recipient.partyNo), {}};
        QSqlDatabase db = m_context.database.connection();
        const RateTable &table = RateBook::builtIn().forYear(m_fiscalYear);
        for (const Levy &levy : m_levies.value(recipient.partyNo)) {
            const auto state = recordAsOf(db, levy.vehicleId, QDate(m_fiscalYear, 4, 1));
            const RateClass *rateClass = table.rateClass(levy.rate.rateClass);
            notice.lines.append({levy, state ? state->fields.plateNo : QString(),
                                 rateClass ? rateClass->label : levy.rate.rateClass});
        }
        return noticePages(notice, m_header, revenue::convenienceSettings());
    }

private:
    core::ServerContext &m_context;
    forms::FormLayout m_layout;
    int m_fiscalYear;
    NoticeHeader m_header;
    QHash<qint64, QList<Levy>> m_levies;
    QHash<qint64, party::PartySnapshot> m_parties;
};

class NoticeSource : public document::DocumentSource
{
public:
    QString kind() const override { return QStringLiteral("light_vehicle_tax.notice"); }
    QString title() const override { return QStringLiteral("軽自動車税（種別割）納税通知書"); }
    QString rightArea() const override { return QStringLiteral("light_vehicle_tax"); }
    std::unique_ptr<document::DocumentBatch> prepare(core::ServerContext &context,
                                                     const document::BatchRequest &request) const override
    {
        return std::make_unique<NoticeBatch>(context, request);
    }
};
} // namespace

void registerNoticeSource(core::ServerContext &context)
{
    if (auto *sources = context.services.find<document::DocumentSources>()) // no mass printing: nothing to offer
        sources->add(std::make_unique<NoticeSource>());
}

} // namespace kikan::light_vehicle_tax
