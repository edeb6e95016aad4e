#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace porter {

// The one source of "now" in core. Tests and porterctl's --now inject a FixedClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowSecs() const = 0; // UTC, Unix seconds
    QDateTime now() const { return QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowSecs() const override { return QDateTime::currentSecsSinceEpoch(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 secs = 0)
        : m_secs(secs)
    {}
    qint64 nowSecs() const override { return m_secs; }
    void set(qint64 secs) { m_secs = secs; }
    void advance(qint64 secs) { m_secs += secs; }

private:
    qint64 m_secs;
};

} // namespace porter
