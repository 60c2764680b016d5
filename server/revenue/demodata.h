// The demo town's 収納 (Module::writeDemoData; `kikan-server demotown generate`): after 軽自動車税's
// 当初課税 has handed over the 年度's 調定, most are paid — at convenience stores before the
// 納期限, by 口座振替 on it, in cash at the counter — some late (延滞金 recorded where it reaches
// 1,000円), a few in part or twice (過誤納), and the rest left unpaid for the 督促 batch. Every
// payment goes through the reconciler as the real channels do (one demo file per channel and day,
// the counter's one by one), dated no later than the 処理日. Only into a database marked as a demo
// database, and only once (nothing is written when receipts exist).
#pragma once

#include "server/core/context.h"
#include "server/module/module.h"

namespace kikan::revenue {

// Writes the demo receipts once; returns the operator's line, empty when nothing was written.
QString writeDemoReceipts(core::ServerContext &context, const module::DemoOptions &options);

} // namespace kikan::revenue
