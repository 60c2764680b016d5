// The town's 収納 data files compiled in under :/revenue/ (resources/revenue/), read once and
// checked: a missing or broken file is a build or installation fault, so it stops the program.
#pragma once

#include "shared/core/error.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <stdexcept>

namespace kikan::revenue {

// The bytes of :/revenue/<name>; throws std::runtime_error when it is missing.
QByteArray revenueResource(const QString &name);

// The value read from :/revenue/<name> by `read`; throws std::runtime_error with the reader's
// message when the file is broken.
template <typename T>
T readRevenueResource(const QString &name,
                      const std::function<core::Result<T>(const QByteArray &)> &read)
{
    const core::Result<T> value = read(revenueResource(name));
    if (!value)
        throw std::runtime_error(value.error().message.toStdString());
    return *value;
}

} // namespace kikan::revenue
