#pragma once

#include "util/result.h"

#include <QString>
#include <QtGlobal>

namespace porter::bench {

// Bump whenever the generated rows change, so --reuse rebuilds an older file instead of measuring it.
inline constexpr int kGeneratorVersion = 2;

// "Now" for the data set and for every service call of the benchmark: a fixed instant, so a reused file
// gives the same statuses, the same pending door changes and the same figures (2026-06-01T12:00:00Z).
inline constexpr qint64 kNow = 1780315200;

inline constexpr char kManagerEmail[] = "bench.manager@porter.test";

struct Scale
{
    QString label; // "full" or "quick"; recorded with the file
    int properties = 20;
    int doorsPerProperty = 25;
    int keysPerProperty = 50;
    int peoplePerProperty = 5000;
    qint64 grants = 300000;
    qint64 activity = 1000000;

    static Scale full();
    static Scale quick(); // ten times smaller, for a smoke run
    // Issue 13's portfolio, before it is copied on the server (--portfolio): 20 properties of 500 people,
    // which 99 copies make 2,000 properties and 1,000,000 people.
    static Scale portfolio();
};

struct DatasetCounts
{
    qint64 properties = 0;
    qint64 doors = 0;
    qint64 keys = 0;
    qint64 people = 0;
    qint64 guests = 0;
    qint64 grants = 0;
    qint64 shares = 0;
    qint64 keycards = 0;
    qint64 activity = 0;
    qint64 doorChanges = 0;
    qint64 outbox = 0;
};

// Builds the data set into a new file at path (removing what was there) and writes the side file that
// marks it complete. Rows go in with prepared statements in one big transaction, straight into the tables,
// but follow the services' rules (statuses, cascades, the door change journal). Progress goes to stderr.
Result<DatasetCounts> generate(const QString &path, const Scale &scale);

// Whether path holds a complete data set of this generator version, scale and schema.
bool isComplete(const QString &path, const Scale &scale);
QString sideFilePath(const QString &path);

} // namespace porter::bench
