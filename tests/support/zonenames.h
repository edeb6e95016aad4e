#pragma once

// Time-zone abbreviations as this platform's time-zone backend spells them. Porter shows whatever the
// backend says for a moment in a property's zone: "EDT" with ICU or the IANA files (Linux), "Eastern
// Daylight Time" with Windows' backend, at times "GMT-4" on macOS. A test that expects a spelling asks
// the same backend, so it passes on every OS; what it pins is the moment (daylight or standard time).
// Header only: the end-to-end tests include it without linking porter_testsupport.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace porter::test {

// The abbreviation of the IANA zone `iana` at the UTC instant `utcSecs`.
inline QString zoneAbbreviation(const char *iana, qint64 utcSecs)
{
    const QTimeZone zone{QByteArray(iana)};
    return zone.abbreviation(QDateTime::fromSecsSinceEpoch(utcSecs, zone));
}

// The same at a UTC date and time written out.
inline QString zoneAbbreviation(const char *iana, QDate utcDate, QTime utcTime)
{
    return zoneAbbreviation(iana, QDateTime(utcDate, utcTime, QTimeZone::utc()).toSecsSinceEpoch());
}

} // namespace porter::test
