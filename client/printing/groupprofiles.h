// Default printer profiles per terminal group (docs/printing.md "Default profiles per terminal
// group"): a terminal belongs to a group (「本庁窓口」, 「支所」 …; QSettings "printing/terminalGroup",
// set at installation); an administrator pushes the group's profile set to the server
// (`kikan-server printer-profiles push <group> <file>` or PUT /api/v1/printing/profile-sets/{group},
// the JSON exported from a terminal); a terminal with no profiles of its own takes its group's set
// when staff sign in.
#pragma once

#include "printerprofile.h"

#include <functional>

class QObject;

namespace kikan::client {

class ApiClient;

QString terminalGroup();
void setTerminalGroup(const QString &group);

// When this terminal has no profiles and belongs to a group: fetches the group's set, checks it
// as an import does, and saves it as this terminal's profiles. `done` gets how many profiles were
// taken (0: none needed, none offered, or the set was refused) — called once, later.
void adoptGroupProfiles(ApiClient *api, QObject *context, const std::function<void(int)> &done = {});

} // namespace kikan::client
