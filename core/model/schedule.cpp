#include "model/schedule.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace porter {
namespace {

const char *const kDayNames[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int dayIndex(const QString &name)
{
    for (int i = 0; i < 7; ++i) {
        if (name.compare(QLatin1String(kDayNames[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString minuteText(int m)
{
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

int parseMinute(const QString &s, bool allowEndOfDay)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59)
        return -1;
    if (h == 24 && min == 0 && allowEndOfDay)
        return 1440;
    if (h > 23)
        return -1;
    return h * 60 + min;
}

QString daysText(int days)
{
    QStringList parts;
    int i = 0;
    while (i < 7) {
        if (!(days & (1 << i))) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < 7 && (days & (1 << (j + 1))))
            ++j;
        if (j - i >= 2)
            parts << QLatin1String(kDayNames[i]) + QLatin1Char('-') + QLatin1String(kDayNames[j]);
        else
            for (int k = i; k <= j; ++k)
                parts << QLatin1String(kDayNames[k]);
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

} // namespace

QString Schedule::toText() const
{
    if (always())
        return QStringLiteral("always");
    QStringList parts;
    for (const auto &w : windows)
        parts << daysText(w.days) + QLatin1Char(' ') + minuteText(w.startMinute) + QLatin1Char('-') +
                     minuteText(w.endMinute);
    return parts.join(QStringLiteral("; "));
}

Result<Schedule> Schedule::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    Schedule schedule;
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("always"), Qt::CaseInsensitive) == 0)
        return schedule;
    const auto bad = [&](const QString &why) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "porter::Schedule",
                             "Schedule \"%1\": %2. Write it like \"Mon-Fri 09:00-17:00; Sat 10:00-14:00\".")
                             .arg(trimmed, why));
    };
    for (const QString &rawPart : trimmed.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList fields = rawPart.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() != 2)
            return bad(
                QCoreApplication::translate("porter::Schedule", "each part needs days and a time range"));
        int days = 0;
        for (const QString &d : fields[0].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList range = d.split(QLatin1Char('-'));
            if (range.size() == 1) {
                const int i = dayIndex(range[0]);
                if (i < 0)
                    return bad(
                        QCoreApplication::translate("porter::Schedule", "unknown day \"%1\"").arg(range[0]));
                days |= 1 << i;
            } else if (range.size() == 2) {
                const int a = dayIndex(range[0]);
                const int b = dayIndex(range[1]);
                if (a < 0 || b < 0 || b < a)
                    return bad(
                        QCoreApplication::translate("porter::Schedule", "bad day range \"%1\"").arg(d));
                for (int i = a; i <= b; ++i)
                    days |= 1 << i;
            } else {
                return bad(QCoreApplication::translate("porter::Schedule", "bad day range \"%1\"").arg(d));
            }
        }
        // A window on no day at all would be stored as " 09:00-17:00", which does not parse back and so
        // would silently read as "always".
        if (days == 0)
            return bad(QCoreApplication::translate("porter::Schedule", "\"%1\" names no day").arg(fields[0]));
        const QStringList times = fields[1].split(QLatin1Char('-'));
        if (times.size() != 2)
            return bad(
                QCoreApplication::translate("porter::Schedule", "bad time range \"%1\"").arg(fields[1]));
        const int start = parseMinute(times[0], false);
        const int end = parseMinute(times[1], true);
        if (start < 0 || end < 0)
            return bad(QCoreApplication::translate("porter::Schedule", "bad time \"%1\"").arg(fields[1]));
        if (end <= start)
            return bad(QCoreApplication::translate(
                           "porter::Schedule",
                           "the window %1 ends before it starts (split windows over midnight into two)")
                           .arg(fields[1]));
        schedule.windows.append(ScheduleWindow{days, start, end});
    }
    return schedule;
}

bool Schedule::contains(int dayOfWeek, int minuteOfDay) const
{
    if (always())
        return true;
    const int bit = 1 << (dayOfWeek - 1);
    for (const auto &w : windows) {
        if ((w.days & bit) && minuteOfDay >= w.startMinute && minuteOfDay < w.endMinute)
            return true;
    }
    return false;
}

} // namespace porter
