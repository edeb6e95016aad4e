#include "testclock.h"

#include "cliutil.h"

#include <QCoreApplication>
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

Result<std::unique_ptr<Clock>> makeClock(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("now")))
        return std::unique_ptr<Clock>(std::make_unique<SystemClock>());
    QDateTime at = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
    if (!at.isValid())
        return usageError(QCoreApplication::translate(
            "porterctl", "--now needs an ISO 8601 time such as 2026-03-07T12:00:00Z."));
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return std::unique_ptr<Clock>(std::make_unique<FixedClock>(at.toSecsSinceEpoch()));
}

#else

std::optional<QCommandLineOption> testClockOption()
{
    return std::nullopt;
}

Result<std::unique_ptr<Clock>> makeClock(const QCommandLineParser &)
{
    return std::unique_ptr<Clock>(std::make_unique<SystemClock>());
}

#endif

} // namespace porter::cli
