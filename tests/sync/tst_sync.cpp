#include "devices/commissioner.h"
#include "door/certificate.h"
#include "link/transportfactory.h"
#include "store/directoryrepository.h"
#include "sync/blocking.h"
#include "syncfixture.h"
#include "util/localtime.h"

#include <QFile>
#include <QTcpServer>
#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

bool contains(const QByteArray &haystack, const QByteArray &needle)
{
    return !needle.isEmpty() && haystack.contains(needle);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    Person inviteDoorcode(Fixture &f, const QString &email, QList<Id> keys, bool resident = false)
    {
        InviteRequest r = f.inviteRequest(email, keys);
        r.method = AccessMethod::Doorcode;
        r.resident = resident;
        auto res = f.access->invite(f.owner, r);
        if (!res.ok())
            qFatal("invite failed: %s", qPrintable(res.error().message));
        return res->person;
    }

private Q_SLOTS:
    void firstSyncSendsFullListAndTheCodeOpens()
    {
        SyncFixture f;
        const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
        door::Door &lobby = f.doorFor(f.lobby.id);
        const QString code = f.doorcodeOf(ana.id);
        // Before the sync the door does not know Ana.
        QCOMPARE(lobby.decideDoorcode(code.toStdString(), f.clock.nowSecs()).reason, door::Reason::Unknown);
        QVERIFY(f.pendingChanges(f.lobby.id) > 0);

        const auto out = f.syncDoor(f.lobby.id);
        QVERIFY2(out.ok(), why(out));
        QCOMPARE(out->updateKind, QStringLiteral("full"));
        QVERIFY(out->versionRecorded);
        QCOMPARE(f.ackedVersion(f.lobby.id), out->newVersion);
        QCOMPARE(ListVersion(lobby.status(f.clock.nowSecs()).version), out->newVersion);
        QCOMPARE(f.pendingChanges(f.lobby.id), 0);
        const auto d = lobby.decideDoorcode(code.toStdString(), f.clock.nowSecs());
        QVERIFY(d.granted);
        QCOMPARE(qint64(d.personId), ana.id);
        // The sync tasks no longer list the lobby; the unit door was not synced and still is.
        auto tasks = f.queries->syncTasks(f.owner, f.property.id, {});
        QVERIFY(tasks.ok());
        QList<Id> doorsListed;
        for (const auto &t : *tasks)
            doorsListed << t.door.id;
        QVERIFY(!doorsListed.contains(f.lobby.id));
        QVERIFY(doorsListed.contains(f.unit101.id));
    }

    void revokeThenDeltaSyncStopsTheCode()
    {
        SyncFixture f;
        const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        const QString code = f.doorcodeOf(ana.id);
        door::Door &lobby = f.doorFor(f.lobby.id);
        QVERIFY(lobby.decideDoorcode(code.toStdString(), f.clock.nowSecs()).granted);
        QVERIFY(f.access->revokeAll(f.owner, ana.id).ok());
        // Not yet synced: the door still opens (what the sync tasks say).
        QVERIFY(lobby.decideDoorcode(code.toStdString(), f.clock.nowSecs()).granted);
        QCOMPARE(f.pendingChanges(f.lobby.id), 1);
        const auto out = f.syncDoor(f.lobby.id);
        QVERIFY2(out.ok(), why(out));
        QCOMPARE(out->updateKind, QStringLiteral("delta"));
        QVERIFY(out->updateBytes < 400);
        const auto d = lobby.decideDoorcode(code.toStdString(), f.clock.nowSecs());
        QVERIFY(!d.granted);
        QCOMPARE(d.reason, door::Reason::Revoked);
        QCOMPARE(f.pendingChanges(f.lobby.id), 0);
    }

    void startAndExpiryAreEnforcedWithoutAnotherSync()
    {
        SyncFixture f;
        InviteRequest r = f.inviteRequest(QStringLiteral("bo@example.com"), {f.residentKey.id});
        r.method = AccessMethod::Doorcode;
        r.startsAt = f.clock.nowSecs() + 2 * 86400;
        r.expiresAt = f.clock.nowSecs() + 5 * 86400;
        auto bo = f.access->invite(f.owner, r);
        QVERIFY(bo.ok());
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        door::Door &lobby = f.doorFor(f.lobby.id);
        const qint64 t0 = f.clock.nowSecs();
        auto codeAt = [&](qint64 t) {
            return f.doorcodeOf(bo->person.id, localDate(t, QTimeZone("America/New_York"))).toStdString();
        };
        QCOMPARE(lobby.decideDoorcode(codeAt(t0), t0).reason, door::Reason::NotYetStarted);
        QVERIFY(lobby.decideDoorcode(codeAt(t0 + 3 * 86400), t0 + 3 * 86400).granted);
        QCOMPARE(lobby.decideDoorcode(codeAt(t0 + 6 * 86400), t0 + 6 * 86400).reason, door::Reason::Expired);
    }

    void doorActivityComesBackWithPrivacyAtResidenceDoors()
    {
        SyncFixture f;
        const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id}, true);
        const Person vic = inviteDoorcode(f, QStringLiteral("vic@example.com"), {f.residentKey.id}, false);
        QVERIFY(f.syncDoor(f.unit101.id).ok());
        door::Door &unit = f.doorFor(f.unit101.id);
        const qint64 now = f.clock.nowSecs();
        QVERIFY(unit.decideDoorcode(f.doorcodeOf(ana.id).toStdString(), now).granted);
        QVERIFY(unit.decideDoorcode(f.doorcodeOf(vic.id).toStdString(), now).granted);
        QVERIFY(!unit.decideDoorcode("0000000", now).granted);
        f.clock.advance(60);
        const auto out = f.syncDoor(f.unit101.id);
        QVERIFY2(out.ok(), why(out));
        QCOMPARE(out->activityImported, 3);
        ActivityFilter filter;
        filter.doorId = f.unit101.id;
        auto events = f.queries->activity(f.owner, filter);
        QVERIFY(events.ok());
        int vicEvents = 0, anaEvents = 0, unknown = 0;
        for (const auto &e : *events) {
            if (e.action != QLatin1String("door-unlock"))
                continue;
            if (e.personId == vic.id)
                ++vicEvents;
            if (e.personId == ana.id)
                ++anaEvents;
            if (e.actor == QLatin1String("Unknown credential"))
                ++unknown;
        }
        QCOMPARE(vicEvents, 1); // a non-resident is visible
        QCOMPARE(anaEvents, 0); // a resident at a Residence door is private
        QCOMPARE(unknown, 1);
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT count(*) FROM activity WHERE private = 1"))->toInt(), 1);
        // Released on the door once stored: a second sync imports nothing again.
        const auto again = f.syncDoor(f.unit101.id);
        QVERIFY(again.ok());
        QCOMPARE(again->activityImported, 0);
        QCOMPARE(unit.activityCount(), std::size_t(0));
    }

    void clockDriftIsRecordedAndCorrected()
    {
        SyncFixture f;
        door::Door &gym = f.doorFor(f.gym.id);
        const qint64 now = f.clock.nowSecs();
        QVERIFY(gym.setClock(now + 125, now)); // the door runs 125 s fast
        const auto out = f.syncDoor(f.gym.id);
        QVERIFY2(out.ok(), why(out));
        QVERIFY(out->driftSeconds.has_value());
        QCOMPARE(*out->driftSeconds, qint64(125));
        QCOMPARE(gym.clock(now), now);
        auto door = f.directory->door(f.owner, f.gym.id);
        QVERIFY(door.ok());
        QCOMPARE(door->clockDriftSecs.value_or(0), qint64(125));
        QVERIFY(door->batteryPercent.has_value());
        QVERIFY(!door->firmware.isEmpty());
        QCOMPARE(door->lastSyncAt.value_or(0), now);
    }

    void interruptedSyncsNeverRecordAnUnacknowledgedVersion()
    {
        SyncFixture f;
        for (int i = 0; i < 12; ++i)
            inviteDoorcode(f, QStringLiteral("p%1@example.com").arg(i), {f.residentKey.id});
        door::Door &lobby = f.doorFor(f.lobby.id);
        // Measure a whole sync, then cut the link at many points across it.
        const ListVersion oldVersion = lobby.status(f.clock.nowSecs()).version;
        int cuts = 0, converged = 0;
        for (qint64 cut = 1; cut < 1600; cut += 37) {
            const auto out = f.syncDoor(f.lobby.id, cut, 20);
            const ListVersion heldVersion = lobby.status(f.clock.nowSecs()).version;
            const ListVersion recorded = f.ackedVersion(f.lobby.id);
            // Porter never records more than the door holds.
            QVERIFY2(
                recorded == 0 || recorded == heldVersion,
                qPrintable(
                    QStringLiteral("cut %1: recorded %2, door %3").arg(cut).arg(recorded).arg(heldVersion)));
            QVERIFY(heldVersion == oldVersion || heldVersion >= recorded);
            if (!out.ok())
                ++cuts;
            else
                ++converged;
            if (out.ok())
                break;
        }
        QVERIFY(cuts > 5);
        // A clean sync converges: door and Porter agree and nothing is pending.
        const auto out = f.syncDoor(f.lobby.id);
        QVERIFY2(out.ok(), why(out));
        QCOMPARE(f.ackedVersion(f.lobby.id), ListVersion(lobby.status(f.clock.nowSecs()).version));
        QCOMPARE(f.pendingChanges(f.lobby.id), 0);
    }

    void resumedTransferDoesNotResendStagedBytes()
    {
        SyncFixture f;
        // Big enough for several update chunks (the door stages whole chunks, docs/door-protocol.md).
        for (int i = 0; i < 700; ++i)
            inviteDoorcode(f, QStringLiteral("r%1@example.com").arg(i), {f.residentKey.id});
        // Unit 101 gets the same list: its update size tells where to cut the lobby's transfer.
        const auto reference = f.syncDoor(f.unit101.id);
        QVERIFY(reference.ok());
        QVERIFY2(reference->updateBytes > 2 * 2048, "the list should span several chunks");
        const auto cut = f.syncDoor(f.lobby.id, 600 + reference->updateBytes * 3 / 4, 244);
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().code, ErrorCode::LinkLost);
        QCOMPARE(f.ackedVersion(f.lobby.id), ListVersion(0));
        const auto resumed = f.syncDoor(f.lobby.id, -1, 244);
        QVERIFY2(resumed.ok(), why(resumed));
        QVERIFY2(resumed->resumedFrom >= 2048, "the second session should continue the staged update");
        QVERIFY(resumed->resumedFrom < resumed->updateBytes);
    }

    // The resumed sync runs later than the cut one (the technician walked back into range): it must
    // continue the very update the door staged part of, not splice a re-signed one onto it (found by
    // the Bluetooth tests: the door refused the splice, dropped the stage and held the old list).
    void resumeMinutesLaterContinuesTheSameSignedUpdate()
    {
        SyncFixture f;
        for (int i = 0; i < 700; ++i)
            inviteDoorcode(f, QStringLiteral("r%1@example.com").arg(i), {f.residentKey.id});
        const auto reference = f.syncDoor(f.unit101.id);
        QVERIFY(reference.ok());
        const auto cut = f.syncDoor(f.lobby.id, 600 + reference->updateBytes * 3 / 4, 244);
        QVERIFY(!cut.ok());
        door::Door &lobby = f.doorFor(f.lobby.id);
        const ListVersion before = lobby.status(f.clock.nowSecs()).version;
        QVERIFY(lobby.staged().have >= 2048);
        f.clock.advance(7 * 60 + 13);
        const auto resumed = f.syncDoor(f.lobby.id, -1, 244);
        QVERIFY2(resumed.ok(), why(resumed));
        QVERIFY2(resumed->resumedFrom >= 2048, "the later session should continue the staged update");
        QVERIFY(lobby.status(f.clock.nowSecs()).version > before);
        QCOMPARE(f.ackedVersion(f.lobby.id), ListVersion(lobby.status(f.clock.nowSecs()).version));
        QCOMPARE(f.pendingChanges(f.lobby.id), 0);
    }

    void secretsAreNeverInTheDatabaseFile()
    {
        SyncFixture f;
        f.doorFor(f.lobby.id);
        auto seed = f.secrets.get(SecretStore::propertySigningKey(f.property.id));
        auto codeSecret = f.secrets.get(SecretStore::propertyDoorcodeSecret(f.property.id));
        QVERIFY(seed.ok() && codeSecret.ok());
        QCOMPARE(seed->size(), 32);
        QCOMPARE(codeSecret->size(), 32);
        QByteArray bytes;
        if (onPostgreSql()) {
            // On a server: every value of every table, as a database administrator reads them.
            bytes = f.rawContents();
            // The wrapped secrets are among what was read (a copy per holder: section 5 of the design).
            const QByteArray sealed =
                f.db->scalar(QStringLiteral("SELECT ciphertext FROM secret_wrap ORDER BY name LIMIT 1"))
                    .value()
                    .toByteArray();
            QVERIFY(sealed.size() >= 32);
            QVERIFY(contains(bytes, sealed));
        } else {
            QVERIFY(f.db->exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)")).ok());
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile file(f.db->path() + suffix);
                if (file.open(QIODevice::ReadOnly))
                    bytes += file.readAll();
            }
        }
        QVERIFY(bytes.size() > (onPostgreSql() ? 1024 : 4096));
        QVERIFY(!contains(bytes, *seed));
        QVERIFY(!contains(bytes, *codeSecret));
        QVERIFY(!contains(bytes, seed->toHex()));
        // And the encrypted form opens only with this installation's key.
        FileKeyProvider otherKeys(f.dir.filePath(QStringLiteral("other-keys")));
        SecretStore other(*f.db, otherKeys);
        QVERIFY(other.setHolder(f.owner.id).ok()); // on a server: the owner, on another computer
        auto wrong = other.get(SecretStore::propertySigningKey(f.property.id));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::Crypto);
    }

    void syncNeedsDeviceManagement()
    {
        SyncFixture f;
        f.doorFor(f.lobby.id);
        const Manager keysOnly = f.makeManager(QStringLiteral("keys@acme.test"), KeyManagement::Full, false);
        const auto out = f.syncDoor(f.lobby.id, -1, 244, &keysOnly);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::PermissionDenied);
        const Manager tech = f.makeManager(QStringLiteral("tech@acme.test"), KeyManagement::None, true);
        QVERIFY(f.syncDoor(f.lobby.id, -1, 244, &tech).ok());
        door::MemoryStorage storage;
        door::Door fresh(storage);
        fresh.load();
        const auto st = f.devices.commission(keysOnly, f.gym.id, fresh);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
    }

    void commissionOverTheLinkThenSync()
    {
        SyncFixture f;
        const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.gymKey.id});
        auto &slot = f.doors[f.gym.id];
        slot = std::make_unique<SyncFixture::EmulatedDoor>();
        slot->door = std::make_unique<door::Door>(slot->storage);
        slot->door->load();
        sync::LoopbackTransport link(*slot->door, [&]() { return f.clock.nowSecs(); });
        sync::Commissioner commissioner(f.devices);
        // Nobody pressed the door's install button: it does not pair.
        const auto closed = sync::commissionBlocking(commissioner, f.owner, f.gym.id, link,
                                                     [](const QString &) { return true; });
        QVERIFY(!closed.ok());
        QVERIFY2(closed.error().message.contains(QStringLiteral("install mode")),
                 qPrintable(closed.error().message));
        QVERIFY(slot->door->openInstallMode(f.clock.nowSecs()));
        // The person at the door rejects a pairing code that does not match: nothing is recorded.
        const auto refused = sync::commissionBlocking(commissioner, f.owner, f.gym.id, link,
                                                      [](const QString &) { return false; });
        QVERIFY(!refused.ok());
        QVERIFY(!slot->door->commissioned());
        QVERIFY(!f.directory->door(f.owner, f.gym.id)->commissioned);
        // The codes match, but nobody presses the door's button: the door never commits, and the
        // commissioning runs into the door's deadline (a peer racing the technician fares the same).
        commissioner.setTimeout(2000);
        const auto unconfirmed = sync::commissionBlocking(commissioner, f.owner, f.gym.id, link,
                                                          [](const QString &) { return true; });
        commissioner.setTimeout(150000);
        QVERIFY(!unconfirmed.ok());
        QVERIFY(!slot->door->commissioned());
        QVERIFY(slot->door->openInstallMode(f.clock.nowSecs())); // a fresh window
        QString shown;
        const auto out =
            sync::commissionBlocking(commissioner, f.owner, f.gym.id, link, [&](const QString &fp) {
                shown = fp;
                return slot->door->confirmPairing(f.clock.nowSecs()); // and the button at the door
            });
        QVERIFY2(out.ok(), why(out));
        QCOMPARE(shown.size(), 6);
        QVERIFY(slot->door->commissioned());
        QVERIFY(f.directory->door(f.owner, f.gym.id)->commissioned);
        const auto synced = f.syncDoor(f.gym.id);
        QVERIFY2(synced.ok(), why(synced));
        const qint64 weekdayNoon =
            QDateTime(QDate(2026, 6, 3), QTime(16, 0), Qt::UTC).toSecsSinceEpoch(); // Wed 12:00 EDT
        const QString code = f.doorcodeOf(ana.id, QDate(2026, 6, 3));
        QVERIFY(slot->door->decideDoorcode(code.toStdString(), weekdayNoon).granted);
        // Porter warns before it replaces an identity it holds: without the manager's yes, nothing
        // is sent to whatever answers as this door.
        const auto again = sync::commissionBlocking(commissioner, f.owner, f.gym.id, link,
                                                    [](const QString &) { return true; });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY2(again.error().message.contains(QStringLiteral("replaces that identity")),
                 qPrintable(again.error().message));
        // Told to replace, Porter still cannot take over a commissioned door: the door refuses.
        commissioner.setReplaceIdentity(true);
        QVERIFY(!sync::commissionBlocking(commissioner, f.owner, f.gym.id, link, [](const QString &) {
                     return true;
                 }).ok());
        // After a reset on site and the install button, the replacement goes through and is logged.
        const QByteArray oldIdentity = DirectoryRepository(*f.db).doorIdentityKey(f.gym.id).value();
        QVERIFY(slot->door->reset());
        QVERIFY(slot->door->openInstallMode(f.clock.nowSecs()));
        const auto replaced =
            sync::commissionBlocking(commissioner, f.owner, f.gym.id, link, [&](const QString &) {
                return slot->door->confirmPairing(f.clock.nowSecs());
            });
        QVERIFY2(replaced.ok(), why(replaced));
        QVERIFY(DirectoryRepository(*f.db).doorIdentityKey(f.gym.id).value() != oldIdentity);
        ActivityFilter filter;
        filter.propertyId = f.property.id;
        bool logged = false;
        for (const ActivityEvent &e : f.queries->activity(f.owner, filter).value())
            logged = logged || e.action == QLatin1String("door-identity-replaced");
        QVERIFY(logged);
        QVERIFY2(f.syncDoor(f.gym.id).ok(), "the new identity authenticates the next sync");
    }

    void unreachableDoorSaysWhy()
    {
        SyncFixture f;
        f.doorFor(f.lobby.id);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now: connection refused
        auto tcp = sync::TransportFactory::create(sync::DoorAddress::tcp(QStringLiteral("127.0.0.1"), port));
        QVERIFY2(tcp.ok(), why(tcp));
        sync::SyncEngine engine(*f.db, f.clock, f.secrets);
        engine.setTimeout(10000);
        const auto out = sync::syncBlocking(engine, f.owner, f.lobby.id, **tcp);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::LinkLost);
        QVERIFY2(out.error().message.contains(QStringLiteral("Lobby")), qPrintable(out.error().message));
        QVERIFY2(out.error().message.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(out.error().message));
        QCOMPARE(f.ackedVersion(f.lobby.id), ListVersion(0));
    }

    // The same for commissioning (porterctl door commission --tcp shows these words): nothing stored.
    void unreachableDoorIsNotCommissioned()
    {
        SyncFixture f;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        auto tcp = sync::TransportFactory::create(sync::DoorAddress::tcp(QStringLiteral("127.0.0.1"), port));
        QVERIFY2(tcp.ok(), why(tcp));
        sync::Commissioner commissioner(f.devices);
        bool asked = false;
        const auto out =
            sync::commissionBlocking(commissioner, f.owner, f.gym.id, **tcp, [&](const QString &) {
                asked = true;
                return true;
            });
        QVERIFY(!out.ok());
        QVERIFY(!asked);
        QCOMPARE(out.error().code, ErrorCode::LinkLost);
        QVERIFY2(
            out.error().message.startsWith(QStringLiteral("Commissioning door ‘Gym’ failed: The connection "
                                                          "to the door was lost")),
            qPrintable(out.error().message));
        QVERIFY(!f.directory->door(f.owner, f.gym.id)->commissioned);
    }

    // Issue 6 item 4: lockouts and spent budgets are door alarms that Porter imports (once) and shows.
    void keypadAlarmsAreImportedOnceAndShown()
    {
        SyncFixture f;
        const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        door::Door &lobby = f.doorFor(f.lobby.id);
        const qint64 now = f.clock.nowSecs();
        const std::string good = f.doorcodeOf(ana.id).toStdString();
        std::string wrong = good;
        wrong[0] = wrong[0] == '9' ? '0' : char(wrong[0] + 1);
        // One valid code between the guesses no longer resets the count.
        for (int i = 0; i < 3; ++i)
            lobby.decideDoorcode(wrong, now + i);
        QVERIFY(lobby.decideDoorcode(good, now + 3).granted);
        lobby.decideDoorcode(wrong, now + 4);
        lobby.decideDoorcode(wrong, now + 5);
        QCOMPARE(lobby.decideDoorcode(good, now + 6).reason, door::Reason::LockedOut);
        f.clock.advance(60);
        const auto out = f.syncDoor(f.lobby.id);
        QVERIFY2(out.ok(), why(out));
        QCOMPARE(out->alarmsImported, 1);
        auto alarms = f.directory->doorAlarms(f.owner, f.lobby.id);
        QVERIFY(alarms.ok());
        QCOMPARE(alarms->size(), 1);
        QCOMPARE(alarms->at(0).kind, QStringLiteral("keypad-lockout"));
        QCOMPARE(alarms->at(0).detail, qint64(60));
        QCOMPARE(alarms->at(0).source, QStringLiteral("door"));
        auto door = f.directory->door(f.owner, f.lobby.id);
        QVERIFY(door.ok());
        QCOMPARE(door->alarmCount, 1);
        // It is in the activity log too.
        ActivityFilter filter;
        filter.doorId = f.lobby.id;
        auto events = f.queries->activity(f.owner, filter);
        QVERIFY(events.ok());
        int alarmEvents = 0;
        for (const auto &e : *events)
            alarmEvents += e.action == QLatin1String("door-alarm") ? 1 : 0;
        QCOMPARE(alarmEvents, 1);
        // A second sync (nothing new) imports nothing twice.
        const auto again = f.syncDoor(f.lobby.id);
        QVERIFY(again.ok());
        QCOMPARE(again->alarmsImported, 0);
        QCOMPARE(f.directory->doorAlarms(f.owner, f.lobby.id)->size(), 1);
    }

    // Issue 6 item 7: a flood of failed attempts used to push the grants out of the door's ring
    // before Porter saw them, and the loss the door reported was never stored or shown.
    void floodedDoorKeepsGrantsAndReportsTheLoss()
    {
        SyncFixture f;
        const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        door::Door &lobby = f.doorFor(f.lobby.id);
        const qint64 now = f.clock.nowSecs();
        QVERIFY(lobby.decideDoorcode(f.doorcodeOf(ana.id).toStdString(), now).granted);
        const int flood = 4096 + 500;
        for (int i = 0; i < flood; ++i)
            lobby.decideCard("0BADC0DE", now + 1 + i / 100);
        f.clock.advance(120);
        const auto out = f.syncDoor(f.lobby.id);
        QVERIFY2(out.ok(), why(out));
        QCOMPARE(out->lostEntries, qint64(flood + 1 - 4096));
        ActivityFilter filter;
        filter.doorId = f.lobby.id;
        filter.personId = ana.id;
        auto events = f.queries->activity(f.owner, filter);
        QVERIFY(events.ok());
        int anaGranted = 0;
        for (const auto &e : *events)
            anaGranted += e.personId == ana.id && e.result == QLatin1String("granted") ? 1 : 0;
        QCOMPARE(anaGranted, 1);
        auto door = f.directory->door(f.owner, f.lobby.id);
        QCOMPARE(door->lostEntries, qint64(flood + 1 - 4096));
        auto alarms = f.directory->doorAlarms(f.owner, f.lobby.id);
        QVERIFY(alarms.ok());
        QCOMPARE(alarms->size(), 1);
        QCOMPARE(alarms->at(0).kind, QStringLiteral("activity-lost"));
        QCOMPARE(alarms->at(0).detail, qint64(flood + 1 - 4096));
        QCOMPARE(alarms->at(0).source, QStringLiteral("porter"));
        // No new loss: no new alarm.
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        QCOMPARE(f.directory->doorAlarms(f.owner, f.lobby.id)->size(), 1);
    }

    // Issue 6 item 7: a door reset and commissioned again numbers its activity from 1 again; those
    // events used to be dropped as duplicates of the old commissioning's.
    void recommissionedDoorActivityIsImported()
    {
        SyncFixture f;
        const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        const std::string code = f.doorcodeOf(ana.id).toStdString();
        QVERIFY(f.doorFor(f.lobby.id).decideDoorcode(code, f.clock.nowSecs()).granted);
        f.clock.advance(10);
        const auto first = f.syncDoor(f.lobby.id);
        QVERIFY(first.ok());
        QCOMPARE(first->activityImported, 1);
        // The door is reset (its state wiped) and commissioned again.
        f.doors.erase(f.lobby.id);
        door::Door &fresh = f.doorFor(f.lobby.id);
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        QVERIFY(fresh.decideDoorcode(code, f.clock.nowSecs()).granted);
        QCOMPARE(fresh.activity(0, 10).front().seq, std::uint64_t{1});
        f.clock.advance(10);
        const auto second = f.syncDoor(f.lobby.id);
        QVERIFY2(second.ok(), why(second));
        QCOMPARE(second->activityImported, 1);
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT count(*) FROM activity WHERE door_id = ? AND "
                                             "door_seq = 1"),
                              {f.lobby.id})
                     ->toInt(),
                 2);
        QCOMPARE(fresh.activityCount(), std::size_t{0}); // acknowledged only once stored
    }

    // A door that refuses an update (here: its flash fails) is an UpdateRefused alarm with the
    // door's reason.
    void refusedUpdateIsAnAlarm()
    {
        SyncFixture f;
        f.doorFor(f.lobby.id);
        inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
        f.doors[f.lobby.id]->storage.failAfter(0);
        const auto out = f.syncDoor(f.lobby.id);
        QVERIFY(!out.ok());
        QCOMPARE(out.error().code, ErrorCode::DoorRejected);
        QCOMPARE(f.lastReport.alarmsRaised, 1);
        auto alarms = f.directory->doorAlarms(f.owner, f.lobby.id);
        QVERIFY(alarms.ok());
        QCOMPARE(alarms->size(), 1);
        QCOMPARE(alarms->at(0).kind, QStringLiteral("update-refused"));
        QCOMPARE(alarms->at(0).detail, qint64(door::UpdateError::StorageFailed));
        QVERIFY2(alarms->at(0).message.contains(QLatin1String("store")), qPrintable(alarms->at(0).message));
    }

    // Issue 6 item 4: 8- and 9-digit doorcodes per property; the length is fixed once a door has it.
    void doorcodeDigitsPerProperty()
    {
        SyncFixture f;
        // Only a Portfolio Manager changes it (docs/permissions.md), even a full Property Manager
        // with Device Management may not; nothing changes.
        const Manager pm = f.makeManager(QStringLiteral("pm@example.com"), KeyManagement::Full, true);
        auto denied = f.directory->setDoorcodeDigits(pm, f.property.id, 8);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(f.directory->property(f.owner, f.property.id)->doorcodeDigits, 7);
        auto bad = f.directory->setDoorcodeDigits(f.owner, f.property.id, 6);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        auto eight = f.directory->setDoorcodeDigits(f.owner, f.property.id, 8);
        QVERIFY2(eight.ok(), why(eight));
        QCOMPARE(eight->doorcodeDigits, 8);
        const Person ana = inviteDoorcode(f, QStringLiteral("ana@example.com"), {f.residentKey.id});
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        const QString code = f.doorcodeOf(ana.id);
        QCOMPARE(code.size(), 8);
        door::Door &lobby = f.doorFor(f.lobby.id);
        const auto d = lobby.decideDoorcode(code.toStdString(), f.clock.nowSecs());
        QVERIFY(d.granted);
        QCOMPARE(qint64(d.personId), ana.id);
        // The door learnt 8 digits at commissioning: changing now is refused, with what to do.
        auto nine = f.directory->setDoorcodeDigits(f.owner, f.property.id, 9);
        QVERIFY(!nine.ok());
        QCOMPARE(nine.error().code, ErrorCode::Conflict);
        QVERIFY2(nine.error().message.contains(QLatin1String("commission")),
                 qPrintable(nine.error().message));
        QCOMPARE(f.directory->property(f.owner, f.property.id)->doorcodeDigits, 8);
        QCOMPARE(f.doorcodeOf(ana.id).size(), 8);
    }

    void appUnlockAndLostPhone()
    {
        SyncFixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        f.doorFor(f.lobby.id);
        // The phone makes its key pair; Porter only ever sees the public key.
        door::Phone firstPhone;
        auto first =
            f.devices.issueAppCredential(f.owner, ana.id, sync::toQByteArray(firstPhone.publicKey()));
        QVERIFY2(first.ok(), why(first));
        QCOMPARE(first->generation, qint64(1));
        QCOMPARE(first->notAfter - first->issuedAt, sync::kAppCertificateLifetimeSecs);
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT app_public_key FROM person WHERE id = ?"), {ana.id})
                     .value()
                     .toByteArray(),
                 sync::toQByteArray(firstPhone.publicKey()));
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT app_key_not_after FROM person WHERE id = ?"), {ana.id})
                     .value()
                     .toLongLong(),
                 first->notAfter);
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        door::Door &lobby = f.doorFor(f.lobby.id);
        auto unlock = [&](const door::Phone &phone, const sync::AppCredential &c, qint64 at) {
            const door::Bytes challenge = lobby.appChallenge(at);
            const door::Bytes response =
                phone.respond(challenge, std::uint32_t(f.lobby.id), std::uint32_t(f.property.id));
            return lobby.decideApp(sync::viewOf(c.certificate), response, at);
        };
        const qint64 now = f.clock.nowSecs();
        QVERIFY(unlock(firstPhone, *first, now).granted);
        // Expired by the door's clock a year on, though her grant goes on.
        QCOMPARE(unlock(firstPhone, *first, first->notAfter).reason, door::Reason::CertificateExpired);
        door::Phone secondPhone; // the first phone was lost
        auto second =
            f.devices.issueAppCredential(f.owner, ana.id, sync::toQByteArray(secondPhone.publicKey()));
        QVERIFY(second.ok());
        QCOMPARE(second->generation, qint64(2));
        // Until the door has the new generation, the new certificate is refused too (only the current
        // generation opens), and after the sync only the new one opens.
        QCOMPARE(unlock(secondPhone, *second, now).reason, door::Reason::StaleAppKey);
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        QCOMPARE(unlock(firstPhone, *first, now).reason, door::Reason::StaleAppKey);
        QVERIFY(unlock(secondPhone, *second, now).granted);
    }

    // Issue 6, item 5: re-enrolling a phone 256 times brings no old generation back, through
    // Porter's database, the planner's list and a delta sync of every enrolment.
    void lostPhoneStaysRefusedAfter256Reenrolments()
    {
        SyncFixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        f.doorFor(f.lobby.id);
        door::Phone lost;
        auto first = f.devices.issueAppCredential(f.owner, ana.id, sync::toQByteArray(lost.publicKey()));
        QVERIFY2(first.ok(), why(first));
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        door::Door &lobby = f.doorFor(f.lobby.id);
        const qint64 now = f.clock.nowSecs();
        auto unlock = [&](const door::Phone &phone, const sync::AppCredential &c) {
            const door::Bytes challenge = lobby.appChallenge(now);
            return lobby.decideApp(
                sync::viewOf(c.certificate),
                phone.respond(challenge, std::uint32_t(f.lobby.id), std::uint32_t(f.property.id)), now);
        };
        QVERIFY(unlock(lost, *first).granted);
        door::Phone phone;
        Result<sync::AppCredential> current = *first;
        for (int i = 0; i < 256; ++i) {
            current = f.devices.issueAppCredential(f.owner, ana.id, sync::toQByteArray(phone.publicKey()));
            QVERIFY2(current.ok(), why(current));
            QVERIFY(f.syncDoor(f.lobby.id).ok());
            QCOMPARE(unlock(lost, *first).reason, door::Reason::StaleAppKey);
        }
        QCOMPARE(current->generation, qint64(257));
        QVERIFY(unlock(phone, *current).granted);
    }

    void appCredentialInputIsChecked()
    {
        SyncFixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        f.doorFor(f.lobby.id);
        door::Phone phone;
        auto count = [&]() {
            return f.db->scalar(QStringLiteral("SELECT count(*) FROM activity WHERE action = 'app-enrol'"))
                .value()
                .toInt();
        };
        // Not a public key: nothing written.
        for (const QByteArray &bad :
             {QByteArray(), QByteArray(31, 'x'), QByteArray(32, '\0'), QByteArray(64, 'x')}) {
            auto r = f.devices.issueAppCredential(f.owner, ana.id, bad);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        }
        QCOMPARE(count(), 0);
        // At the largest generation Porter refuses rather than wrapping to an old one.
        QVERIFY(f.db->exec(QStringLiteral("UPDATE person SET app_key_generation = ? WHERE id = ?"),
                           {qint64(door::kMaxAppKeyGeneration) - 1, ana.id})
                    .ok());
        auto last = f.devices.issueAppCredential(f.owner, ana.id, sync::toQByteArray(phone.publicKey()));
        QVERIFY2(last.ok(), why(last));
        QCOMPARE(last->generation, qint64(door::kMaxAppKeyGeneration));
        QVERIFY(f.syncDoor(f.lobby.id).ok());
        QCOMPARE(f.doorFor(f.lobby.id).accessList().holders.front().appKeyGeneration,
                 door::kMaxAppKeyGeneration);
        auto past = f.devices.issueAppCredential(f.owner, ana.id, sync::toQByteArray(phone.publicKey()));
        QVERIFY(!past.ok());
        QCOMPARE(past.error().code, ErrorCode::Conflict);
        QVERIFY2(past.error().message.contains(QStringLiteral("every phone key generation")),
                 qPrintable(past.error().message));
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT app_key_generation FROM person WHERE id = ?"), {ana.id})
                     .value()
                     .toLongLong(),
                 qint64(door::kMaxAppKeyGeneration));
        QCOMPARE(count(), 1);
        // Nothing can put a generation outside 32 bits into the database either. (PostgreSQL's BIGINT
        // column rounds 1.5 to an integer on assignment, so there only values that are no integer
        // or out of range are tried; its type already makes every stored value an integer.)
        QVariantList bads{QVariant(qint64(door::kMaxAppKeyGeneration) + 1), QVariant(qint64(-1)),
                          QVariant(QStringLiteral("seven"))};
        if (!onPostgreSql())
            bads << QVariant(1.5);
        for (const QVariant &bad : bads)
            QVERIFY(!f.db->exec(QStringLiteral("UPDATE person SET app_key_generation = ? WHERE id = ?"),
                                {bad, ana.id})
                         .ok());
        QCOMPARE(f.db->scalar(QStringLiteral("SELECT app_key_generation FROM person WHERE id = ?"), {ana.id})
                     .value()
                     .toLongLong(),
                 qint64(door::kMaxAppKeyGeneration));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
