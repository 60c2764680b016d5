// The skeleton area of the tests (module.cpp): its factory, and what it heard of other areas.
#pragma once

#include "server/module/module.h"
#include "server/party/partydirectory.h"

#include <mutex>

namespace kikan::skeleton {

struct Heard {
    std::mutex mutex;
    QList<party::PartyChanged> events;
    QList<party::PartySnapshot> snapshots; // each changed person, read back from the directory
    qint64 demoSeed = 0;                   // the seed its demo data was written from
};

std::unique_ptr<module::Module> createModule(Heard *heard);

} // namespace kikan::skeleton
