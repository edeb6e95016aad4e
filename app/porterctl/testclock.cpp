#include "testclock.h"

#include <QDateTime>

namespace porter::cli {

#ifdef PORTER_TEST_CLOCK

std::optional<QCommandLineOption> testClockOption()
{
    QCommandLineOption now(QStringList{QStringLiteral("now")},
                           QStringLiteral("Testing seam: use this fixed time as now."),
                           QStringLiteral("ISO8601"));
    now.setFlags(QCommandLineOption::HiddenFromHelp);
    return now;
}

std::unique_ptr<Clock> makeClock(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(QStringLiteral("now")))
        return std::make_unique<SystemClock>();
    QDateTime at = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
    if (!at.isValid()) {
        *error = QStringLiteral("--now needs an ISO 8601 time such as 2026-03-07T12:00:00Z.");
        return nullptr;
    }
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return std::make_unique<FixedClock>(at.toSecsSinceEpoch());
}

#else

std::optional<QCommandLineOption> testClockOption()
{
    return std::nullopt;
}

std::unique_ptr<Clock> makeClock(const QCommandLineParser &, QString *)
{
    return std::make_unique<SystemClock>();
}

#endif

} // namespace porter::cli
