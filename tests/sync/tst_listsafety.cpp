// A door's list must keep flowing, revocations above all (issue 6, items 8 and 9):
// - data the door's list format cannot carry (written by an older Porter) is left out for that one
//   entry (less access, never more) and named in the sync's outcome, while the rest of the list,
//   a revocation included, reaches the door;
// - after an older database is restored, the next list is still newer than what the door holds;
// - a planning error fails the sync with a clear message, never "already up to date".
#include "policy/policy.h"
#include "syncfixture.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

class TestListSafety : public QObject
{
    Q_OBJECT

    static Person invite(Fixture &f, const QString &email, const QList<Id> &keys, AccessMethod method)
    {
        InviteRequest r = f.inviteRequest(email, keys);
        r.method = method;
        auto res = f.access->invite(f.owner, r);
        if (!res.ok())
            qFatal("invite failed: %s", qPrintable(res.error().message));
        return res->person;
    }

    static bool doorcodeOpens(SyncFixture &f, Id doorId, Id personId)
    {
        const QString code = f.doorcodeOf(personId);
        return f.doorFor(doorId).decideDoorcode(code.toStdString(), f.clock.nowSecs()).granted;
    }

    // A copy of the whole database (as a backup would be), and putting it back in place: every table's
    // rows and the AUTOINCREMENT counters, as if the file had been restored.
    // On PostgreSQL the copy is a schema "old" in the same database, with the sequences' positions, and
    // the server's foreign keys are set aside while the rows go back (session_replication_role), as
    // pg_restore does.
    static void backup(SyncFixture &f, const QString &path)
    {
        if (onPostgreSql()) {
            QVERIFY(f.db->exec(QStringLiteral("CREATE SCHEMA old")).ok());
            for (const QString &table : f.tables())
                QVERIFY(
                    f.db->exec(QStringLiteral("CREATE TABLE old.\"%1\" AS TABLE public.\"%1\"").arg(table))
                        .ok());
            QVERIFY(f.db->exec(QStringLiteral("CREATE TABLE old.sequences AS SELECT sequencename, last_value "
                                              "FROM pg_sequences WHERE schemaname = 'public'"))
                        .ok());
            return;
        }
        QVERIFY(f.db->exec(QStringLiteral("VACUUM INTO ?"), {path}).ok());
    }
    static void restore(SyncFixture &f, const QString &path)
    {
        if (onPostgreSql()) {
            const QStringList tables = f.tables();
            auto st = f.db->transaction([&]() -> Status {
                PORTER_TRY(f.db->exec(QStringLiteral("SET LOCAL session_replication_role = replica")));
                for (const QString &table : tables) {
                    PORTER_TRY(f.db->exec(QStringLiteral("DELETE FROM public.\"%1\"").arg(table)));
                    PORTER_TRY(f.db->exec(
                        QStringLiteral("INSERT INTO public.\"%1\" SELECT * FROM old.\"%1\"").arg(table)));
                }
                PORTER_TRY(f.db->exec(QStringLiteral("SELECT setval('public.' || sequencename, "
                                                     "coalesce(last_value, 1), last_value IS NOT NULL) "
                                                     "FROM old.sequences")));
                return {};
            });
            QVERIFY2(st.ok(), why(st));
            return;
        }
        QVERIFY(f.db->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        QVERIFY(f.db->exec(QStringLiteral("ATTACH DATABASE ? AS old"), {path}).ok());
        const QStringList tables = f.tables(); // sqlite_sequence included
        auto st = f.db->transaction([&]() -> Status {
            for (const QString &table : tables) {
                PORTER_TRY(f.db->exec(QStringLiteral("DELETE FROM main.\"%1\"").arg(table)));
                PORTER_TRY(f.db->exec(
                    QStringLiteral("INSERT INTO main.\"%1\" SELECT * FROM old.\"%1\"").arg(table)));
            }
            return {};
        });
        QVERIFY2(st.ok(), why(st));
        QVERIFY(f.db->exec(QStringLiteral("DETACH DATABASE old")).ok());
        QVERIFY(f.db->exec(QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    }

    // Ana and Ben (doorcodes) hold the resident key; the lobby is synced; a backup is taken; then five
    // more people are added and synced, so the door is well ahead of the backup; the backup is restored.
    // Returns Ben.
    static Person restoredBehindTheDoor(SyncFixture &f, const QString &backupPath)
    {
        invite(f, QStringLiteral("ana@example.com"), {f.residentKey.id}, AccessMethod::Doorcode);
        const Person ben =
            invite(f, QStringLiteral("ben@example.com"), {f.residentKey.id}, AccessMethod::Doorcode);
        const auto first = f.syncDoor(f.lobby.id);
        if (!first.ok())
            qFatal("first sync failed: %s", qPrintable(first.error().message));
        backup(f, backupPath);
        for (int i = 0; i < 5; ++i) {
            invite(f, QStringLiteral("later%1@example.com").arg(i), {f.residentKey.id}, AccessMethod::App);
            const auto later = f.syncDoor(f.lobby.id);
            if (!later.ok())
                qFatal("later sync failed: %s", qPrintable(later.error().message));
        }
        if (f.ackedVersion(f.lobby.id) <= first->newVersion + 4)
            qFatal("the door is not far enough ahead");
        restore(f, backupPath);
        return ben;
    }

private Q_SLOTS:
    // Item 9: a 65-window schedule and a 65th active keycard, written by an older Porter (the services
    // refuse them now), used to make every later sync fail with "the update's payload is invalid", so
    // a revoked person kept getting in.
    void entriesTheDoorCannotCarryAreLeftOutAndRevocationsStillFlow()
    {
        SyncFixture f;
        const Key night = f.addKey(f.property.id, QStringLiteral("Night"), {f.lobby.id});
        const Person ana =
            invite(f, QStringLiteral("ana@example.com"), {f.residentKey.id}, AccessMethod::Doorcode);
        const Person ben =
            invite(f, QStringLiteral("ben@example.com"), {f.residentKey.id}, AccessMethod::Doorcode);
        const Person dana = invite(f, QStringLiteral("dana@example.com"), {night.id}, AccessMethod::Doorcode);
        const Person carl =
            invite(f, QStringLiteral("carl@example.com"), {f.residentKey.id}, AccessMethod::App);
        QVERIFY(f.access->enrollKeycard(f.owner, carl.id, QStringLiteral("04000000")).ok());
        const auto first = f.syncDoor(f.lobby.id);
        QVERIFY2(first.ok(), why(first));
        QVERIFY(first->leftOut.isEmpty());
        QVERIFY(doorcodeOpens(f, f.lobby.id, ben.id));
        QVERIFY(doorcodeOpens(f, f.lobby.id, dana.id));
        const qint64 t = f.clock.nowSecs();
        QVERIFY(f.doorFor(f.lobby.id).decideCard("04000000", t).granted);

        // What an older Porter let through: 65 weekly windows on Dana's key, 65 active cards for Carl.
        Schedule tooMany;
        for (int i = 0; i < 65; ++i)
            tooMany.windows.append(ScheduleWindow{1 << (i % 7), (i / 7) * 20, (i / 7) * 20 + 10});
        QVERIFY(f.db->exec(QStringLiteral("UPDATE access_key SET schedule = ? WHERE id = ?"),
                           {tooMany.toText(), night.id})
                    .ok());
        for (int i = 1; i <= 64; ++i)
            QVERIFY(f.db->exec(QStringLiteral("INSERT INTO keycard (person_id, serial, active, enrolled_at, "
                                              "changed_at) VALUES (?, ?, 1, 0, 0)"),
                               {carl.id, QStringLiteral("04%1").arg(i, 6, 16, QLatin1Char('0')).toUpper()})
                        .ok());
        // Then Ben is revoked: that must reach the door.
        QVERIFY(f.access->revokeAll(f.owner, ben.id).ok());
        const auto second = f.syncDoor(f.lobby.id);
        QVERIFY2(second.ok(), why(second));
        QVERIFY(second->versionRecorded);
        QCOMPARE(second->leftOut.size(), 2);
        const QString leftOut = second->leftOut.join(QLatin1Char('\n'));
        QVERIFY2(leftOut.contains(
                     QStringLiteral("Person %1's access through key %2").arg(dana.id).arg(night.id)) &&
                     leftOut.contains(QStringLiteral("65 weekly windows")),
                 qPrintable(leftOut));
        QVERIFY2(leftOut.contains(QStringLiteral("Person %1 left out").arg(carl.id)) &&
                     leftOut.contains(QStringLiteral("65 keycards")),
                 qPrintable(leftOut));
        // A door's page can say the same before any sync, through the device service.
        const auto preview = f.devices.leftOutOfDoorList(f.owner, f.lobby.id);
        QVERIFY2(preview.ok(), why(preview));
        QCOMPARE(*preview, second->leftOut);
        QVERIFY(f.devices.leftOutOfDoorList(f.owner, f.gym.id)->isEmpty());

        // Ben is out, Ana still in; Dana and Carl fail closed: no access at that door, never more.
        QVERIFY(!doorcodeOpens(f, f.lobby.id, ben.id));
        QVERIFY(doorcodeOpens(f, f.lobby.id, ana.id));
        QVERIFY(!doorcodeOpens(f, f.lobby.id, dana.id));
        QVERIFY(!f.doorFor(f.lobby.id).decideCard("04000000", t).granted);
        // And Porter's own answer (the oracle's reference) agrees with the door.
        auto state = policy::load(*f.db, f.lobby.id);
        QVERIFY2(state.ok(), why(state));
        QVERIFY(!policy::decide(*state, dana.id, door::CredentialKind::Doorcode, t).granted);
        QVERIFY(!policy::cardOwner(*state, QStringLiteral("04000000")));
        QVERIFY(policy::decide(*state, ana.id, door::CredentialKind::Doorcode, t).granted);
        // The sync's activity row says what was left out.
        bool recorded = false;
        for (const auto &e : f.activitySince(0))
            recorded |=
                e.action == QLatin1String("door-sync") && e.detail.contains(QStringLiteral("left out"));
        QVERIFY(recorded);
    }

    // Item 8: after an older database is restored, its journal is behind the versions the door holds.
    // The revocation's list must still be newer than the door's, or the door refuses it ("not newer").
    void revocationAfterRestoringAnOlderDatabaseReachesTheDoor()
    {
        SyncFixture f;
        const Person ben = restoredBehindTheDoor(f, f.dir.filePath(QStringLiteral("backup.sqlite")));
        QVERIFY(doorcodeOpens(f, f.lobby.id, ben.id));
        const ListVersion heldVersion = f.doorFor(f.lobby.id).status(f.clock.nowSecs()).version;
        QVERIFY(f.ackedVersion(f.lobby.id) < heldVersion);
        QVERIFY(f.access->revokeAll(f.owner, ben.id).ok());
        const auto synced = f.syncDoor(f.lobby.id);
        QVERIFY2(synced.ok(), why(synced));
        QVERIFY(synced->versionRecorded);
        QVERIFY(synced->newVersion > heldVersion);
        QVERIFY(!doorcodeOpens(f, f.lobby.id, ben.id));
    }

    // Item 8: when the update cannot be prepared, the sync fails and says so; it used to report the door
    // as already up to date while the revocation never left Porter.
    void planningErrorFailsTheSync()
    {
        SyncFixture f;
        const Person ben = restoredBehindTheDoor(f, f.dir.filePath(QStringLiteral("backup.sqlite")));
        QVERIFY(f.access->revokeAll(f.owner, ben.id).ok());
        // The journal cannot take the entry that would number the update above the door's version.
        if (onPostgreSql()) {
            QVERIFY(f.db
                        ->exec(QStringLiteral(
                            "CREATE FUNCTION no_refresh() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF "
                            "NEW.kind = 'refresh' THEN RAISE EXCEPTION 'journal full'; END IF; RETURN NEW; "
                            "END $$"))
                        .ok());
            QVERIFY(
                f.db->exec(QStringLiteral("CREATE TRIGGER no_refresh BEFORE INSERT ON door_change FOR EACH "
                                          "ROW EXECUTE FUNCTION no_refresh()"))
                    .ok());
        } else {
            QVERIFY(f.db->exec(QStringLiteral(
                                   "CREATE TEMP TRIGGER no_refresh BEFORE INSERT ON main.door_change "
                                   "WHEN NEW.kind = 'refresh' BEGIN SELECT RAISE(ABORT, 'journal full'); "
                                   "END"))
                        .ok());
        }
        const Id lastActivity = f.lastActivityId();
        const auto synced = f.syncDoor(f.lobby.id);
        QVERIFY(!synced.ok());
        QVERIFY2(synced.error().message.contains(QStringLiteral("was not updated")),
                 qPrintable(synced.error().message));
        QVERIFY(!f.lastReport.versionRecorded);
        QCOMPARE(f.lastReport.updateKind, QStringLiteral("none"));
        bool failedRow = false;
        for (const auto &e : f.activitySince(lastActivity))
            failedRow |= e.action == QLatin1String("door-sync-failed");
        QVERIFY(failedRow);
        QVERIFY(f.db->exec(onPostgreSql() ? QStringLiteral("DROP TRIGGER no_refresh ON door_change")
                                          : QStringLiteral("DROP TRIGGER no_refresh"))
                    .ok());
        // Once the journal works again, the next sync carries the revocation.
        const auto again = f.syncDoor(f.lobby.id);
        QVERIFY2(again.ok(), why(again));
        QVERIFY(!doorcodeOpens(f, f.lobby.id, ben.id));
    }
};

QTEST_GUILESS_MAIN(TestListSafety)
#include "tst_listsafety.moc"
