#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace docket {

// An error a user can read: what went wrong and where (a file, a line, a field, a query).
struct Error {
    QString message;
    QString where;

    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

// A value or an Error. std::expected is C++23; g++ 12 does not ship it.
template <typename T>
class Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but can fail.
class Status {
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace docket
