#pragma once

// What every benchmark program says on stderr, and how it stops: one line prefixed with the program's
// name (QCoreApplication::applicationName(), the executable's unless main sets it). Figures go to
// stdout as JSON lines; these never do.

#include "util/result.h"

#include <QCoreApplication>
#include <QString>
#include <cstdio>
#include <cstdlib>

namespace porter::bench {

inline void note(const QString &text)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(text));
    std::fflush(stderr);
}

[[noreturn]] inline void die(const QString &text)
{
    note(text);
    std::exit(1);
}

// The value, or the program stops with what failed.
template<typename T> T check(Result<T> r, const QString &what)
{
    if (!r.ok())
        die(QStringLiteral("%1: %2").arg(what, r.error().message));
    return std::move(r).value();
}

} // namespace porter::bench
