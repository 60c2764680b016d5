// Error and Result: how shared code reports a failure to its caller (STYLE.md "Errors are values
// with a stable code and a Japanese message"; the HTTP layer maps them once).
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace kikan::core {

struct Error {
    QString code;    // stable machine code, e.g. "identity.check_digit"
    QString message; // Japanese, shown to staff as is
};

// A value or an Error (std::expected is C++23; this is the subset we need).
template <typename T>
class Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    // Only when ok(): throws std::bad_variant_access otherwise.
    const T &value() const { return std::get<0>(m_v); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }
    // Only when !ok().
    const Error &error() const { return std::get<1>(m_v); }
    QString errorCode() const { return ok() ? QString() : error().code; }

private:
    std::variant<T, Error> m_v;
};

} // namespace kikan::core
