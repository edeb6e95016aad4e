#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace porter {

// What went wrong, as a value the caller can act on. The message is for people: it says what happened
// and what to do, and is shown as is (STYLE.md, "Errors").
enum class ErrorCode
{
    InvalidInput,     // the request itself is wrong (syntax, range, missing field)
    NotFound,         // an id that does not exist, or not in this property
    Conflict,         // the request clashes with existing state (duplicate invitation, ...)
    PermissionDenied, // the acting manager may not do this
    AuthenticationFailed,
    PasswordNeeded, // a database server asks for a login's password, and none was given
    Storage,        // the database failed; nothing was written
    Crypto,
    Protocol,     // a peer sent something malformed or unauthenticated
    LinkLost,     // the transport went away
    DoorRejected, // the door refused an update
    Cancelled,    // the person stopped the operation (a door sync or commissioning) before it ended
    Unavailable, // something Porter needs is missing or off: no Bluetooth adapter, adapter off, no permission
    Internal,
    Usage, // a front end's command line is wrong (porterctl, porter-door: exit status 2)
};

QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

// A value or an Error. Deliberately small: C++20 has no std::expected yet.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_value); }
    const T &value() const & { return std::get<T>(m_value); }
    // By value, not T&&: `for (x : f().value())` and `auto &&v = f().value()` must not refer into the
    // temporary Result, which is gone at the end of the statement.
    T value() && { return std::get<T>(std::move(m_value)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace porter

// Propagate an error from an expression returning Result<...>.
#define PORTER_TRY(expr)                                                                                     \
    do {                                                                                                     \
        auto &&porterTryResult_ = (expr);                                                                    \
        if (!porterTryResult_.ok())                                                                          \
            return porterTryResult_.error();                                                                 \
    } while (false)

// The value-binding form: `PORTER_TRY_ASSIGN(const Key key, directory.key(me, id));` declares (or assigns
// to) `key` with the value, or returns the error from the enclosing function. One per line. `decl` is a
// declaration, so it cannot be parenthesized (hence the NOLINT).
// NOLINTBEGIN(bugprone-macro-parentheses)
#define PORTER_TRY_ASSIGN(decl, expr)                                                                        \
    auto PORTER_TRY_CONCAT(porterTryValue_, __LINE__) = (expr);                                              \
    if (!PORTER_TRY_CONCAT(porterTryValue_, __LINE__).ok())                                                  \
        return PORTER_TRY_CONCAT(porterTryValue_, __LINE__).error();                                         \
    decl = std::move(PORTER_TRY_CONCAT(porterTryValue_, __LINE__)).value()
// NOLINTEND(bugprone-macro-parentheses)
#define PORTER_TRY_CONCAT_(a, b) a##b
#define PORTER_TRY_CONCAT(a, b) PORTER_TRY_CONCAT_(a, b)
