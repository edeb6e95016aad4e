#pragma once

// The one place where porterctl's clock is chosen. The shipped binary always uses the system clock;
// porterctl-testclock (test builds only) also accepts --now ISO8601 so tests are reproducible.

#include "util/clock.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <memory>
#include <optional>

namespace porter::cli {

// The --now option, in builds that have it.
std::optional<QCommandLineOption> testClockOption();

// The clock for this run; a bad --now value is a usage error.
Result<std::unique_ptr<Clock>> makeClock(const QCommandLineParser &parser);

} // namespace porter::cli
