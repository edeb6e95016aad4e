// Local times and DST (America/New_York and others), key schedules, and what both mean for the
// instants an invitation stores and the day a sync task belongs to.
#include "fixture.h"
#include "model/schedule.h"
#include "util/localtime.h"
#include "zonenames.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

QTimeZone zone(const char *name)
{
    return timeZoneNamed(QString::fromLatin1(name)).value();
}

} // namespace

class TestLocalTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseLocalTime_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("endOfDay");
        QTest::addColumn<QString>("utc");
        const auto row = [](const char *name, const char *z, const char *text, bool end, const char *utc) {
            QTest::newRow(name) << QString::fromLatin1(z) << QString::fromLatin1(text) << end
                                << QString::fromLatin1(utc);
        };
        // Spring forward, 2026-03-08 02:00 EST -> 03:00 EDT (07:00Z).
        row("gap start", "America/New_York", "2026-03-08 02:30", false, "2026-03-08T07:00:00Z");
        row("gap start with T", "America/New_York", "2026-03-08T02:30", false, "2026-03-08T07:00:00Z");
        row("gap edge 02:00", "America/New_York", "2026-03-08 02:00", false, "2026-03-08T07:00:00Z");
        row("just before gap", "America/New_York", "2026-03-08 01:59", false, "2026-03-08T06:59:00Z");
        row("after gap", "America/New_York", "2026-03-08 03:00", false, "2026-03-08T07:00:00Z");
        row("after gap 03:30", "America/New_York", "2026-03-08 03:30", false, "2026-03-08T07:30:00Z");
        // Fall back, 2026-11-01 02:00 EDT -> 01:00 EST: 01:30 happens twice; the first one counts.
        row("overlap", "America/New_York", "2026-11-01 01:30", false, "2026-11-01T05:30:00Z");
        row("overlap 01:00", "America/New_York", "2026-11-01 01:00", false, "2026-11-01T05:00:00Z");
        row("after overlap", "America/New_York", "2026-11-01 02:00", false, "2026-11-01T07:00:00Z");
        // Date-only: a start is the start of that local day, an expiry the end of it.
        row("start day before spring", "America/New_York", "2026-03-07", false, "2026-03-07T05:00:00Z");
        row("start spring day", "America/New_York", "2026-03-08", false, "2026-03-08T05:00:00Z");
        row("start day after spring", "America/New_York", "2026-03-09", false, "2026-03-09T04:00:00Z");
        row("expiry day before spring", "America/New_York", "2026-03-07", true, "2026-03-08T05:00:00Z");
        row("expiry spring day", "America/New_York", "2026-03-08", true, "2026-03-09T04:00:00Z");
        row("expiry day after spring", "America/New_York", "2026-03-09", true, "2026-03-10T04:00:00Z");
        row("start day before fall", "America/New_York", "2026-10-31", false, "2026-10-31T04:00:00Z");
        row("start fall day", "America/New_York", "2026-11-01", false, "2026-11-01T04:00:00Z");
        row("start day after fall", "America/New_York", "2026-11-02", false, "2026-11-02T05:00:00Z");
        row("expiry day before fall", "America/New_York", "2026-10-31", true, "2026-11-01T04:00:00Z");
        row("expiry fall day", "America/New_York", "2026-11-01", true, "2026-11-02T05:00:00Z");
        row("expiry day after fall", "America/New_York", "2026-11-02", true, "2026-11-03T05:00:00Z");
        // Absolute instants pass through.
        row("absolute Z", "America/New_York", "2026-03-08T02:30:00Z", false, "2026-03-08T02:30:00Z");
        row("absolute offset", "America/New_York", "2026-03-08T02:30+01:00", false, "2026-03-08T01:30:00Z");
        // Elsewhere: London's gap at 01:00, Sydney's southern-hemisphere changes.
        row("London gap", "Europe/London", "2026-03-29 01:30", false, "2026-03-29T01:00:00Z");
        row("London overlap", "Europe/London", "2026-10-25 01:30", false, "2026-10-25T00:30:00Z");
        row("Sydney overlap", "Australia/Sydney", "2026-04-05 02:30", false, "2026-04-04T15:30:00Z");
        row("Sydney gap", "Australia/Sydney", "2026-10-04 02:30", false, "2026-10-03T16:00:00Z");
        row("Sydney date", "Australia/Sydney", "2026-10-04", true, "2026-10-04T13:00:00Z");
        row("UTC", "UTC", "2026-03-08 02:30", false, "2026-03-08T02:30:00Z");
    }
    void parseLocalTime()
    {
        QFETCH(QString, zone);
        QFETCH(QString, text);
        QFETCH(bool, endOfDay);
        QFETCH(QString, utc);
        auto z = timeZoneNamed(zone);
        QVERIFY2(z.ok(), why(z));
        auto t = porter::parseLocalTime(text, *z, endOfDay ? DateMeaning::EndOfDay : DateMeaning::StartOfDay);
        QVERIFY2(t.ok(), why(t));
        QCOMPARE(formatUtcIso(*t), utc);
    }

    void localToUtcDirectly()
    {
        const QTimeZone ny = zone("America/New_York");
        QCOMPARE(localToUtc(QDate(2026, 3, 8), 2 * 60 + 30, ny), utc("2026-03-08T07:00:00Z"));
        QCOMPARE(localToUtc(QDate(2026, 11, 1), 60 + 30, ny), utc("2026-11-01T05:30:00Z"));
        QCOMPARE(startOfLocalDay(QDate(2026, 3, 9), ny), utc("2026-03-09T04:00:00Z"));
        QCOMPARE(startOfLocalDay(QDate(2026, 11, 2), ny), utc("2026-11-02T05:00:00Z"));
        // Every minute of both change days maps to an instant whose local reading is at or after it.
        for (const QDate day : {QDate(2026, 3, 8), QDate(2026, 11, 1)}) {
            qint64 previous = 0;
            for (int minute = 0; minute < 1440; ++minute) {
                const qint64 t = localToUtc(day, minute, ny);
                QVERIFY(t >= previous); // monotonic in wall time
                previous = t;
                const QDateTime local = QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toTimeZone(ny);
                QCOMPARE(local.date(), day);
                QVERIFY(local.time().hour() * 60 + local.time().minute() >= minute);
            }
        }
        QCOMPARE(localDate(utc("2026-03-09T03:59:00Z"), ny), QDate(2026, 3, 8));
        QCOMPARE(localDate(utc("2026-03-09T04:00:00Z"), ny), QDate(2026, 3, 9));
        QCOMPARE(localDate(utc("2026-11-02T04:59:00Z"), ny), QDate(2026, 11, 1));
        // The abbreviation as this OS's zone backend spells it: daylight time just after the spring
        // change, standard time in the repeated hour after the autumn one.
        const QString summerTime =
            porter::test::zoneAbbreviation("America/New_York", utc("2026-03-08T07:00:00Z"));
        const QString winterTime =
            porter::test::zoneAbbreviation("America/New_York", utc("2026-11-01T06:30:00Z"));
        QVERIFY(summerTime != winterTime);
        QCOMPARE(porter::test::zoneAbbreviation("America/New_York", utc("2026-11-01T05:30:00Z")), summerTime);
        QCOMPARE(formatLocal(utc("2026-03-08T07:00:00Z"), ny),
                 QStringLiteral("2026-03-08 03:00 ") + summerTime);
        QCOMPARE(formatLocal(utc("2026-11-01T06:30:00Z"), ny),
                 QStringLiteral("2026-11-01 01:30 ") + winterTime);
    }

    void badTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << QStringLiteral("tomorrow");
        QTest::newRow("no such day") << QStringLiteral("2026-02-30");
        QTest::newRow("month 13") << QStringLiteral("2026-13-01");
        QTest::newRow("hour 24") << QStringLiteral("2026-03-08 24:00");
        QTest::newRow("minute 60") << QStringLiteral("2026-03-08 12:60");
        QTest::newRow("US order") << QStringLiteral("03/08/2026");
        QTest::newRow("two lines") << QStringLiteral("2026-03-08\n2026-03-09");
    }
    void badTimes()
    {
        QFETCH(QString, text);
        auto t = porter::parseLocalTime(text, zone("America/New_York"), DateMeaning::StartOfDay);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::InvalidInput);
        QVERIFY(!t.error().message.contains(QLatin1Char('\n')));
    }

    void timeZoneNames()
    {
        QVERIFY(timeZoneNamed(QStringLiteral("America/New_York")).ok());
        QCOMPARE(QString::fromUtf8(timeZoneNamed(QStringLiteral(" Europe/Paris ")).value().id()),
                 QStringLiteral("Europe/Paris"));
        for (const QString &bad : {QString(), QStringLiteral("Mars/Olympus_Mons"), QStringLiteral("New York"),
                                   QStringLiteral("America/New York")}) {
            auto z = timeZoneNamed(bad);
            QVERIFY2(!z.ok(), qPrintable(bad));
            QCOMPARE(z.error().code, ErrorCode::InvalidInput);
        }
    }

    // An invitation entered in local time on both sides of a change stores exactly those instants.
    void inviteAcrossDstStoresExactInstants_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<QString>("startUtc");
        QTest::addColumn<QString>("expiryUtc");
        const auto row = [](const char *name, const char *s, const char *e, const char *su, const char *eu) {
            QTest::newRow(name) << QString::fromLatin1(s) << QString::fromLatin1(e) << QString::fromLatin1(su)
                                << QString::fromLatin1(eu);
        };
        row("across spring", "2026-03-07 12:00", "2026-03-09 12:00", "2026-03-07T17:00:00Z",
            "2026-03-09T16:00:00Z");
        row("across spring, dates", "2026-03-07", "2026-03-08", "2026-03-07T05:00:00Z",
            "2026-03-09T04:00:00Z");
        row("in the gap", "2026-03-08 02:30", "2026-03-08 03:30", "2026-03-08T07:00:00Z",
            "2026-03-08T07:30:00Z");
        row("across fall", "2026-10-31 12:00", "2026-11-02 12:00", "2026-10-31T16:00:00Z",
            "2026-11-02T17:00:00Z");
        row("across fall, dates", "2026-10-31", "2026-11-01", "2026-10-31T04:00:00Z", "2026-11-02T05:00:00Z");
        row("in the overlap", "2026-11-01 01:30", "2026-11-01 02:30", "2026-11-01T05:30:00Z",
            "2026-11-01T07:30:00Z");
        row("spring to fall", "2026-03-08 01:00", "2026-11-01 01:30", "2026-03-08T06:00:00Z",
            "2026-11-01T05:30:00Z");
    }
    void inviteAcrossDstStoresExactInstants()
    {
        QFETCH(QString, start);
        QFETCH(QString, expiry);
        QFETCH(QString, startUtc);
        QFETCH(QString, expiryUtc);
        Fixture f;
        f.clock.set(utc("2026-03-01T12:00:00Z"));
        const QTimeZone ny = zone("America/New_York");
        auto r = f.inviteRequest(QStringLiteral("dst@example.com"), {f.residentKey.id});
        r.startsAt = porter::parseLocalTime(start, ny, DateMeaning::StartOfDay).value();
        r.expiresAt = porter::parseLocalTime(expiry, ny, DateMeaning::EndOfDay).value();
        auto res = f.access->invite(f.owner, r);
        QVERIFY2(res.ok(), why(res));
        const Id grant = res->grants[0].id;
        QCOMPARE(formatUtcIso(
                     f.db->scalar(QStringLiteral("SELECT starts_at FROM access_grant WHERE id = ?"), {grant})
                         ->toLongLong()),
                 startUtc);
        QCOMPARE(formatUtcIso(
                     f.db->scalar(QStringLiteral("SELECT expires_at FROM access_grant WHERE id = ?"), {grant})
                         ->toLongLong()),
                 expiryUtc);
    }

    // Sync tasks put a start or an end on the local day it happens, whatever the offset that day.
    void syncTasksClassifyByLocalDayAcrossDst_data()
    {
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("startLocal"); // the start of the invitation, local wall time
        QTest::addColumn<QDate>("day");          // the local day it belongs to
        const auto row = [](const char *name, const char *now, const char *start, QDate day) {
            QTest::newRow(name) << QString::fromLatin1(now) << QString::fromLatin1(start) << day;
        };
        row("late on spring day", "2026-03-01T12:00:00Z", "2026-03-08 23:30", QDate(2026, 3, 8));
        row("early after spring day", "2026-03-01T12:00:00Z", "2026-03-09 00:15", QDate(2026, 3, 9));
        row("early on spring day", "2026-03-01T12:00:00Z", "2026-03-08 00:15", QDate(2026, 3, 8));
        row("late before spring day", "2026-03-01T12:00:00Z", "2026-03-07 23:45", QDate(2026, 3, 7));
        row("late on fall day", "2026-10-25T12:00:00Z", "2026-11-01 23:30", QDate(2026, 11, 1));
        row("early after fall day", "2026-10-25T12:00:00Z", "2026-11-02 00:15", QDate(2026, 11, 2));
        row("early on fall day", "2026-10-25T12:00:00Z", "2026-11-01 00:15", QDate(2026, 11, 1));
        row("late before fall day", "2026-10-25T12:00:00Z", "2026-10-31 23:45", QDate(2026, 10, 31));
    }
    void syncTasksClassifyByLocalDayAcrossDst()
    {
        QFETCH(QString, now);
        QFETCH(QString, startLocal);
        QFETCH(QDate, day);
        Fixture f;
        f.clock.set(utc(now.toLatin1().constData()));
        const QTimeZone ny = zone("America/New_York");
        auto r = f.inviteRequest(QStringLiteral("dst@example.com"), {f.gymKey.id});
        r.startsAt = porter::parseLocalTime(startLocal, ny, DateMeaning::StartOfDay).value();
        r.expiresAt.reset();
        QVERIFY(f.access->invite(f.owner, r).ok());
        for (int delta : {-1, 0, 1}) {
            const QDate asked = day.addDays(delta);
            auto tasks = f.queries->syncTasks(f.owner, f.property.id, asked);
            QVERIFY2(tasks.ok(), why(tasks));
            QCOMPARE(tasks->size(), 1);
            QCOMPARE(tasks->at(0).door.id, f.gym.id);
            QVERIFY2(tasks->at(0).startsOrEndsOnDay == (delta == 0), qPrintable(asked.toString(Qt::ISODate)));
            QVERIFY2(tasks->at(0).dueByEndOfDay == (delta >= 0), qPrintable(asked.toString(Qt::ISODate)));
        }
    }

    // An expiry set on a DST day is an end on that local day.
    void expiryChangeClassifiedOnItsLocalDay()
    {
        Fixture f;
        f.clock.set(utc("2026-03-01T12:00:00Z"));
        const QTimeZone ny = zone("America/New_York");
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.gymKey.id}, false, true);
        QVERIFY(f.db->exec(QStringLiteral("UPDATE door SET ack_version = (SELECT max(seq) FROM door_change)"))
                    .ok());
        const Id grant = f.queries->person(f.owner, ana.id)->grants[0].grant.id;
        const qint64 end =
            porter::parseLocalTime(QStringLiteral("2026-03-08"), ny, DateMeaning::EndOfDay).value();
        QVERIFY(f.access->setGrantExpiry(f.owner, grant, end).ok());
        // Ends at 2026-03-09 00:00 local: the first moment of the 9th.
        auto on8 = f.queries->syncTasks(f.owner, f.property.id, QDate(2026, 3, 8));
        auto on9 = f.queries->syncTasks(f.owner, f.property.id, QDate(2026, 3, 9));
        QVERIFY(on8.ok() && on9.ok());
        QCOMPARE(on8->size(), 1);
        QVERIFY(!on8->at(0).startsOrEndsOnDay);
        QVERIFY(on9->at(0).startsOrEndsOnDay);
    }

    void scheduleRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        const auto row = [](const char *text, const char *canonical) {
            QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(canonical);
        };
        row("always", "always");
        row("", "always");
        row("ALWAYS", "always");
        row("Mon-Fri 09:00-17:00", "Mon-Fri 09:00-17:00");
        row("mon-fri 9:00-17:00", "Mon-Fri 09:00-17:00");
        row("Sat,Sun 10:00-14:00", "Sat,Sun 10:00-14:00");
        row("Mon,Tue,Wed 08:00-12:00", "Mon-Wed 08:00-12:00");
        row("Mon,Wed,Fri 00:00-24:00", "Mon,Wed,Fri 00:00-24:00");
        row("Mon-Fri 09:00-17:00; Sat 10:00-14:00", "Mon-Fri 09:00-17:00; Sat 10:00-14:00");
        row("Mon-Fri 06:00-22:00;", "Mon-Fri 06:00-22:00");
        row("Sun,Mon 07:30-08:45", "Mon,Sun 07:30-08:45");
    }
    void scheduleRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        auto s = Schedule::parse(text);
        QVERIFY2(s.ok(), why(s));
        QCOMPARE(s->toText(), canonical);
        auto again = Schedule::parse(s->toText());
        QVERIFY2(again.ok(), why(again));
        QVERIFY(*again == *s);
        // Stored with a key and read back, it is the same schedule.
        Fixture f;
        Key k;
        k.propertyId = f.property.id;
        k.name = QStringLiteral("Scheduled");
        k.doorIds = {f.gym.id};
        k.schedule = *s;
        auto added = f.directory->addKey(f.owner, k);
        QVERIFY2(added.ok(), why(added));
        const QList<Key> keys = f.directory->keys(f.owner, f.property.id).value();
        for (const Key &stored : keys)
            if (stored.id == added->id)
                QCOMPARE(stored.schedule.toText(), canonical);
    }

    void scheduleErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no days") << QStringLiteral("09:00-17:00");
        QTest::newRow("unknown day") << QStringLiteral("Funday 09:00-17:00");
        QTest::newRow("backwards days") << QStringLiteral("Fri-Mon 09:00-17:00");
        QTest::newRow("ends before start") << QStringLiteral("Mon 17:00-09:00");
        QTest::newRow("empty window") << QStringLiteral("Mon 09:00-09:00");
        QTest::newRow("hour 25") << QStringLiteral("Mon 09:00-25:00");
        QTest::newRow("start at 24:00") << QStringLiteral("Mon 24:00-24:00");
        QTest::newRow("minute 60") << QStringLiteral("Mon 09:60-10:00");
        QTest::newRow("no range") << QStringLiteral("Mon 09:00");
        QTest::newRow("extra field") << QStringLiteral("Mon 09:00-10:00 extra");
        QTest::newRow("triple range") << QStringLiteral("Mon-Wed-Fri 09:00-10:00");
        QTest::newRow("only commas") << QStringLiteral(", 09:00-10:00");
    }
    void scheduleErrors()
    {
        QFETCH(QString, text);
        auto s = Schedule::parse(text);
        QVERIFY2(!s.ok(), qPrintable(s.ok() ? s->toText() : QString()));
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
    }

    void scheduleContains()
    {
        const Schedule s = Schedule::parse(QStringLiteral("Mon-Fri 09:00-17:00; Sun 00:00-24:00")).value();
        QVERIFY(s.contains(1, 9 * 60));
        QVERIFY(s.contains(5, 17 * 60 - 1));
        QVERIFY(!s.contains(5, 17 * 60));
        QVERIFY(!s.contains(1, 9 * 60 - 1));
        QVERIFY(!s.contains(6, 12 * 60));
        QVERIFY(s.contains(7, 0));
        QVERIFY(s.contains(7, 1439));
        QVERIFY(Schedule().contains(3, 3));
    }
};

QTEST_GUILESS_MAIN(TestLocalTime)
#include "tst_localtime.moc"
