// Default printer profile sets per terminal group (profilesets.cpp; docs/printing.md): stored
// and read here, reached over HTTP through profilesetroutes.cpp and from the CLI.
#pragma once

#include <QJsonObject>
#include <QString>

namespace kikan::core {
struct ServerContext;
}

namespace kikan::mass_printing {
// Replaces the group's set after checking the exported file's frame; throws
// mass_printing.profile_set_invalid with the first fault in Japanese.
void storeProfileSet(core::ServerContext &ctx, const QString &group, const QJsonObject &set, const QString &login);
// The group's set; throws mass_printing.profile_set_not_found.
QJsonObject profileSet(core::ServerContext &ctx, const QString &group);
} // namespace kikan::mass_printing
