#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace porter {

// A weekly window in the property's local time: the days it applies to and [start, end) minutes.
struct ScheduleWindow
{
    int days = 0;         // bit 0 = Monday ... bit 6 = Sunday
    int startMinute = 0;  // 0..1439
    int endMinute = 1440; // 1..1440, > startMinute
    friend bool operator==(const ScheduleWindow &, const ScheduleWindow &) = default;
};

// A Key's schedule: empty = always. Text form (CLI, UI, docs): "always" or
// "Mon-Fri 09:00-17:00; Sat,Sun 10:00-14:00".
struct Schedule
{
    QList<ScheduleWindow> windows;
    bool always() const { return windows.isEmpty(); }
    QString toText() const;
    static Result<Schedule> parse(const QString &text);
    // Whether a local wall-clock moment (day of week 1 = Monday .. 7, minute of day) is inside.
    bool contains(int dayOfWeek, int minuteOfDay) const;
    friend bool operator==(const Schedule &, const Schedule &) = default;
};

} // namespace porter
