// The one interface through which a module joins the server (STYLE.md: Qt Creator's plugins). A
// business area implements it in its own folder (server/<area>/module.cpp) and is listed by one
// line in server/app/modulelist.h; nothing else outside its folders changes (docs/architecture.md
// "Adding an area"). The platform modules (auth, audit) join the same way.
#pragma once

#include "server/http/dispatcher.h"
#include "shared/api/errorcode.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace kikan::core {
struct ServerContext;
}

namespace kikan::module {

// The schema versions a module owns (its files server/<name>/schema/NNNNN_*.sql). Ranges of two
// modules never overlap; a file outside its module's range stops the server at start.
struct MigrationRange {
    int first = 0;
    int last = -1; // first > last: the module has no schema
    bool contains(int version) const { return version >= first && version <= last; }
    bool isEmpty() const { return first > last; }
};

// A subcommand a module adds to kikan-server (`kikan-server <name> …`, e.g. a batch or an import).
// It runs after the schema is migrated and every module has started (services provided), without
// the HTTPS listener. Returns the exit code: 0 done, 1 refused or failed, 2 usage.
struct Command {
    QString name;        // the word after kikan-server
    QString summary;     // one line of Japanese for `kikan-server help`
    std::function<int(core::ServerContext &, const QStringList &args, QTextStream &out,
                      QTextStream &err)>
        run;
};

// A task `kikan-server serve` runs by itself once a day (server/app/dailyjobs.h) at the local time
// its configuration key names (the default when unset; "off" leaves it to cron with the matching
// subcommand), e.g. the 選挙人名簿's 抹消 four months after a 転出.
struct DailyTask {
    QString name;        // for messages: "electoral_roll.removals"
    QString timeKey;     // configuration key, e.g. "electoral_roll/removal_time"
    QString defaultTime; // "01:30"
    std::function<void(core::ServerContext &)> run;
};

// What `kikan-server demotown generate` asks of each module after the demo town's residents are
// written: the area's own demo data (vehicles, seals, the roll …), from the same seed.
struct DemoOptions {
    qint64 seed = 1;
};

class Module
{
public:
    virtual ~Module() = default;

    // The module's name: its folder, its namespace, its schema resources (:/schema/<name>/).
    virtual QString name() const = 0;
    virtual MigrationRange migrations() const { return {}; }
    // The areas of the rights catalogue (resources/rights/catalogue.json) its routes require.
    virtual QStringList rightAreas() const { return {}; }
    // Its error codes (shared/api/<area>/errors.h), registered before any request.
    virtual QList<api::ErrorInfo> errorCodes() const { return {}; }
    // Its audit events (its events.h catalogue, documented in docs/<area>.md).
    virtual QStringList auditEvents() const { return {}; }

    // After the schema is migrated, before the routes: fill derived data, provide services
    // (context.services) and subscribe to other areas' events (context.events).
    virtual void start(core::ServerContext &) {}
    virtual void registerRoutes(core::ServerContext &, http::Router &) {}

    // Its kikan-server subcommands.
    virtual QList<Command> commands() const { return {}; }
    // What `serve` runs once a day for it.
    virtual QList<DailyTask> dailyTasks() const { return {}; }
    // Writes the area's demo data into a demo database (the residents exist already); returns one
    // line for the operator ("軽自動車 3,210 台"), empty when it wrote nothing. Must be idempotent:
    // a second run finds its data and writes nothing.
    virtual QString writeDemoData(core::ServerContext &, const DemoOptions &) { return {}; }

    // Platform hooks, each taken from the one module that offers it: the authenticator (auth)
    // and the observer that writes the communication and error logs (audit).
    virtual std::unique_ptr<http::Authenticator> authenticator(core::ServerContext &)
    {
        return nullptr;
    }
    virtual std::unique_ptr<http::RequestObserver> requestObserver(core::ServerContext &)
    {
        return nullptr;
    }
};

using ModuleFactory = std::unique_ptr<Module> (*)();

} // namespace kikan::module
