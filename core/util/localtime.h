#pragma once

#include "util/result.h"

#include <QDate>
#include <QTimeZone>
#include <optional>

namespace porter {

// Start and expiry are entered in the property's local time and stored in UTC.
// Rules (docs/decisions.md, "Local times"):
//  - "YYYY-MM-DD" alone means the start of that local day for a start, and the END of that local day
//    (00:00 of the next day) for an expiry, so "expires 2027-06-30" includes the 30th.
//  - "YYYY-MM-DD HH:MM" (or with a 'T') is that wall-clock time; a time in a spring-forward gap means
//    the instant the clock jumps (the first moment the wall clock is at or past it); a time in a
//    fall-back overlap means its first occurrence.
//  - ISO 8601 with "Z" or an offset is an absolute instant.
enum class DateMeaning
{
    StartOfDay,
    EndOfDay
};

Result<QTimeZone> timeZoneNamed(const QString &ianaName);
Result<qint64> parseLocalTime(const QString &text, const QTimeZone &zone, DateMeaning dateOnly);
// UTC of a local wall-clock time, with the gap/overlap rules above.
qint64 localToUtc(const QDate &date, int minuteOfDay, const QTimeZone &zone);
// Start of the local day `date` in UTC, and of the next day.
qint64 startOfLocalDay(const QDate &date, const QTimeZone &zone);
// What a date alone means: the start of that local day, or (an expiry) its end, the next day's start.
qint64 localDayBoundary(const QDate &date, const QTimeZone &zone, DateMeaning meaning);
QDate localDate(qint64 utc, const QTimeZone &zone);
QString formatLocal(qint64 utc, const QTimeZone &zone); // "2026-03-08 03:00 EDT"
QString formatUtcIso(qint64 utc);                       // "2026-03-08T07:00:00Z"

} // namespace porter
