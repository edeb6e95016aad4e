#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace porter::bench {

// Milliseconds since construction or restart(), at nanosecond resolution: wall clock (the figure) and
// this thread's CPU time (to tell a slow operation from a busy machine; 0 where the OS gives none).
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_cpuStart = threadCpuMs();
        m_timer.restart();
    }
    double ms() const { return double(m_timer.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return threadCpuMs() - m_cpuStart; }

    static double threadCpuMs();

private:
    QElapsedTimer m_timer;
    double m_cpuStart = 0;
};

struct Summary
{
    double median = 0;
    double p90 = 0;
    double min = 0;
    double max = 0;
    int runs = 0;
};

Summary summarize(QList<double> samples);

// One JSON line of the benchmark output. Keys in a fixed order, so lines diff and grep well:
// {"name": ..., "value": <median ms>, "unit": "ms", "baseline": <median ms>, "runs": N, "p90": ...}
QString jsonLine(const QString &name, const Summary &s, double baseline);

} // namespace porter::bench
