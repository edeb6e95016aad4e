#include "util/localtime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <set>

namespace porter {

Result<QTimeZone> timeZoneNamed(const QString &ianaName)
{
    const QByteArray id = ianaName.trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("porter::LocalTime",
                                                     "\"%1\" is not a known time zone. Use an IANA name "
                                                     "such as America/New_York or Europe/Paris.")
                             .arg(ianaName.simplified()));
    QTimeZone zone(id);
    if (!zone.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("porter::LocalTime", "\"%1\" is not a usable time zone.")
                             .arg(ianaName.simplified()));
    return zone;
}

qint64 localToUtc(const QDate &date, int minuteOfDay, const QTimeZone &zone)
{
    const qint64 wall = QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + qint64(minuteOfDay) * 60;
    // Candidate offsets: those in force a day either side cover any single transition.
    std::set<int> offsets;
    for (qint64 probe : {wall - 86400 * 2, wall - 86400, wall, wall + 86400, wall + 86400 * 2})
        offsets.insert(zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(probe, Qt::UTC)));
    std::optional<qint64> best;
    for (int off : offsets) {
        const qint64 utc = wall - off;
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC)) == off)
            best = best ? std::min(*best, utc) : utc; // overlap: the first occurrence
    }
    if (best)
        return *best;
    // A gap: the wall time never happens. Use the transition instant, the first moment the wall clock is
    // past it. It lies between the two readings of the wall time under the offsets either side.
    const int before = *offsets.begin();
    const int after = *offsets.rbegin();
    const qint64 lo = wall - after;
    const qint64 hi = wall - before;
    const QTimeZone::OffsetData next = zone.nextTransition(QDateTime::fromSecsSinceEpoch(lo - 1, Qt::UTC));
    if (next.atUtc.isValid()) {
        const qint64 t = next.atUtc.toSecsSinceEpoch();
        if (t >= lo && t <= hi)
            return t;
    }
    return hi;
}

qint64 startOfLocalDay(const QDate &date, const QTimeZone &zone)
{
    return localToUtc(date, 0, zone);
}

QDate localDate(qint64 utc, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toTimeZone(zone).date();
}

Result<qint64> parseLocalTime(const QString &text, const QTimeZone &zone, DateMeaning dateOnly)
{
    const QString t = text.trimmed();
    static const QRegularExpression dateRe(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression localRe(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{1,2}):(\\d{2})$"));
    static const QRegularExpression absRe(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})$"));
    const auto bad = [&]() {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("porter::LocalTime",
                                                     "\"%1\" is not a date or time. Use YYYY-MM-DD or "
                                                     "YYYY-MM-DD HH:MM (the property's local time).")
                             .arg(text.simplified()));
    };
    if (auto m = dateRe.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!d.isValid())
            return bad();
        return localDayBoundary(d, zone, dateOnly);
    }
    if (auto m = localRe.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const int h = m.captured(4).toInt();
        const int min = m.captured(5).toInt();
        if (!d.isValid() || h > 23 || min > 59)
            return bad();
        return localToUtc(d, h * 60 + min, zone);
    }
    if (absRe.match(t).hasMatch()) {
        const QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
        if (!dt.isValid())
            return bad();
        return dt.toSecsSinceEpoch();
    }
    return bad();
}

qint64 localDayBoundary(const QDate &date, const QTimeZone &zone, DateMeaning meaning)
{
    return meaning == DateMeaning::StartOfDay ? startOfLocalDay(date, zone)
                                              : startOfLocalDay(date.addDays(1), zone);
}

QString formatLocal(qint64 utc, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toTimeZone(zone);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + zone.abbreviation(dt);
}

QString formatUtcIso(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate);
}

} // namespace porter
