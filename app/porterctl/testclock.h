#pragma once

// The one place where porterctl's clock is chosen. The shipped binary always uses the system clock;
// porterctl-testclock (test builds only) also accepts --now ISO8601 so tests are reproducible.

#include "util/clock.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <memory>
#include <optional>

namespace porter::cli {

// The --now option, in builds that have it.
std::optional<QCommandLineOption> testClockOption();

// The clock for this run; on a bad --now value returns nullptr and sets *error.
std::unique_ptr<Clock> makeClock(const QCommandLineParser &parser, QString *error);

} // namespace porter::cli
