// Demo data for the seal register (Module::writeDemoData, after `demotown generate` wrote the
// residents): a few hundred registrations of residents aged 15 or more, each with a generated
// impression (a ring or a square frame with strokes, 朱肉 red, known size) measured by the same
// code as a real scan, a card, and the events of a 即日登録. The impressions are generatedseal.h's.
#pragma once

#include "generatedseal.h"
#include "server/core/context.h"

namespace kikan::seal_registration {

// Writes `count` registrations once (none when the register has any); a line saying what was
// written, or empty.
QString writeDemoSeals(core::ServerContext &context, qint64 seed, int count = 300);

} // namespace kikan::seal_registration
