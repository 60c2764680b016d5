// A skeleton business area used only by the tests: what a new area's server/<area>/module.cpp looks
// like (docs/architecture.md "Adding an area"). It claims the 就学 area of the rights catalogue,
// answers one route, owns one error code, and reacts to 住民記録's 異動 through the party contract,
// reading the persons it hears of through the party directory, never 住民記録's tables.
#include "module.h"

#include "server/core/context.h"
#include "server/core/dates.h"
#include "server/http/router.h"
#include "server/party/partydirectory.h"

#include <QJsonArray>
#include <QTextStream>

namespace kikan::skeleton {

namespace {
constexpr char kNotEnrolled[] = "skeleton.not_enrolled";

class SkeletonModule : public module::Module
{
public:
    explicit SkeletonModule(Heard *heard) : m_heard(heard) {}

    QString name() const override { return QStringLiteral("skeleton"); }
    module::MigrationRange migrations() const override { return {19000, 19999}; }
    QStringList rightAreas() const override { return {QStringLiteral("school_enrolment")}; }
    QList<api::ErrorInfo> errorCodes() const override
    {
        return {{kNotEnrolled, 422, "この方は就学の対象として登録されていません。"}};
    }
    QStringList auditEvents() const override { return {QStringLiteral("skeleton.view")}; }

    void start(core::ServerContext &context) override
    {
        party::PartyDirectory *directory = &context.services.get<party::PartyDirectory>();
        const core::Clock *clock = &context.clock;
        context.events.subscribe<party::PartyChanged>(
            QStringLiteral("skeleton"), [this, directory, clock](const party::PartyChanged &e) {
                std::lock_guard lock(m_heard->mutex);
                m_heard->events.append(e);
                for (const party::PartyChange &p : e.parties) {
                    if (auto s = directory->find(p.partyNo, core::processingDate(*clock)))
                        m_heard->snapshots.append(*s);
                }
            });
    }

    // `kikan-server skeleton-heard`: how many 異動 the area has heard of (a module's subcommand).
    QList<module::Command> commands() const override
    {
        Heard *heard = m_heard;
        return {{QStringLiteral("skeleton-heard"), QStringLiteral("聞いた異動の数を表示します"),
                 [heard](core::ServerContext &, const QStringList &args, QTextStream &out,
                         QTextStream &err) {
                     if (!args.isEmpty()) {
                         err << "使い方: kikan-server skeleton-heard\n";
                         return 2;
                     }
                     std::lock_guard lock(heard->mutex);
                     out << heard->events.size();
                     return 0;
                 }}};
    }

    // Demo data once: the first run reports a line, a second finds it written.
    QString writeDemoData(core::ServerContext &, const module::DemoOptions &options) override
    {
        std::lock_guard lock(m_heard->mutex);
        if (m_heard->demoSeed != 0)
            return {};
        m_heard->demoSeed = options.seed;
        return QStringLiteral("就学 (skeleton) 種 %1").arg(options.seed);
    }

    void registerRoutes(core::ServerContext &context, http::Router &router) override
    {
        router.add({QStringLiteral("GET"), QStringLiteral("/api/v1/skeleton/{partyNo}"),
                    http::Access::right(QStringLiteral("school_enrolment"), QStringLiteral("view")),
                    QStringLiteral("skeleton.view"), [&context](http::Request &r) {
            const auto person = context.services.get<party::PartyDirectory>().find(
                r.idParam(QStringLiteral("partyNo")), core::processingDate(context.clock));
            if (!person || !person->isResident())
                throw core::Failure(kNotEnrolled);
            return http::Response::json(QJsonObject{{QStringLiteral("name"), person->fullName()},
                                                    {QStringLiteral("address"), person->address}});
        }});
    }

private:
    Heard *m_heard;
};
} // namespace

std::unique_ptr<module::Module> createModule(Heard *heard)
{
    return std::make_unique<SkeletonModule>(heard);
}

} // namespace kikan::skeleton
