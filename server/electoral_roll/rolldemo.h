// The demo town's 選挙人名簿 (kikan-server demotown generate, Module .demo) and the batch commands:
// kikan-server electoral-roll-register (定時登録, dry run unless --apply) and
// electoral-roll-removals (the daily 抹消 four months after a 転出).
#pragma once

#include "server/module/module.h"

namespace kikan::electoral_roll {

// The 定時登録 of the latest registration day on or before the 処理日, applied: the roll of the
// whole demo town with 投票区. Idempotent: a roll that has registrations is left alone.
QString writeDemoRoll(core::ServerContext &context, const module::DemoOptions &options);
QList<module::Command> commands();

} // namespace kikan::electoral_roll
