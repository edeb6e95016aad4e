#include "timing.h"

#include <algorithm>
#include <cmath>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

namespace porter::bench {

double Stopwatch::threadCpuMs()
{
#if defined(Q_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
    return 0;
}

Summary summarize(QList<double> samples)
{
    Summary s;
    s.runs = int(samples.size());
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    s.median = n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
    // Nearest rank: the smallest sample with at least 90% of the samples at or below it.
    s.p90 = samples.at(qBound(qsizetype(0), qsizetype(std::ceil(0.9 * double(n))) - 1, n - 1));
    s.min = samples.first();
    s.max = samples.last();
    return s;
}

QString jsonLine(const QString &name, const Summary &s, double baseline)
{
    return QStringLiteral(
               "{\"name\": \"%1\", \"value\": %2, \"unit\": \"ms\", \"baseline\": %3, \"runs\": %4, "
               "\"p90\": %5}")
        .arg(name)
        .arg(s.median, 0, 'f', 3)
        .arg(baseline, 0, 'f', 3)
        .arg(s.runs)
        .arg(s.p90, 0, 'f', 3);
}

} // namespace porter::bench
