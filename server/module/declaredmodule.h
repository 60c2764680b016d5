// A module made from what it declares: most modules are their name, schema range, rights areas,
// audit events and error codes plus a function that registers their routes (and maybe one that
// starts them). module.cpp then reads as a list of facts, e.g.
//   return module::declare({.name = "migration", .migrations = {3000, 3999}, …,
//                           .routes = &migration::registerRoutes});
#pragma once

#include "module.h"

#include <functional>
#include <initializer_list>

namespace kikan::module {

struct Declaration {
    QString name;
    MigrationRange migrations;
    QStringList rightAreas;
    QStringList auditEvents;
    QList<api::ErrorInfo> errorCodes;
    std::function<void(core::ServerContext &)> start;
    std::function<void(core::ServerContext &, http::Router &)> routes;
    QList<Command> commands;
    QList<DailyTask> daily;
    std::function<QString(core::ServerContext &, const DemoOptions &)> demo;
    std::function<std::unique_ptr<http::Authenticator>(core::ServerContext &)> authenticator;
    std::function<std::unique_ptr<http::RequestObserver>(core::ServerContext &)> requestObserver;
};

std::unique_ptr<Module> declare(Declaration declaration);

// Event names from an events.h catalogue's constants.
QStringList names(std::initializer_list<const char *> constants);

} // namespace kikan::module
