#include "door/certificate.h"
#include "sync/commissioner.h"
#include "sync/tcptransport.h"
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
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(out.updateKind, QStringLiteral("full"));
        QVERIFY(out.versionRecorded);
        QCOMPARE(f.ackVersion(f.lobby.id), out.toVersion);
        QCOMPARE(qint64(lobby.status(f.clock.nowSecs()).version), out.toVersion);
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
        QVERIFY(f.syncDoor(f.lobby.id).ok);
        const QString code = f.doorcodeOf(ana.id);
        door::Door &lobby = f.doorFor(f.lobby.id);
        QVERIFY(lobby.decideDoorcode(code.toStdString(), f.clock.nowSecs()).granted);
        QVERIFY(f.access->revokeAll(f.owner, ana.id).ok());
        // Not yet synced: the door still opens (what the sync tasks say).
        QVERIFY(lobby.decideDoorcode(code.toStdString(), f.clock.nowSecs()).granted);
        QCOMPARE(f.pendingChanges(f.lobby.id), 1);
        const auto out = f.syncDoor(f.lobby.id);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(out.updateKind, QStringLiteral("delta"));
        QVERIFY(out.updateBytes < 400);
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
        QVERIFY(f.syncDoor(f.lobby.id).ok);
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
        QVERIFY(f.syncDoor(f.unit101.id).ok);
        door::Door &unit = f.doorFor(f.unit101.id);
        const qint64 now = f.clock.nowSecs();
        QVERIFY(unit.decideDoorcode(f.doorcodeOf(ana.id).toStdString(), now).granted);
        QVERIFY(unit.decideDoorcode(f.doorcodeOf(vic.id).toStdString(), now).granted);
        QVERIFY(!unit.decideDoorcode("0000000", now).granted);
        f.clock.advance(60);
        const auto out = f.syncDoor(f.unit101.id);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(out.activityImported, 3);
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
        QVERIFY(again.ok);
        QCOMPARE(again.activityImported, 0);
        QCOMPARE(unit.activityCount(), std::size_t(0));
    }

    void clockDriftIsRecordedAndCorrected()
    {
        SyncFixture f;
        door::Door &gym = f.doorFor(f.gym.id);
        const qint64 now = f.clock.nowSecs();
        QVERIFY(gym.setClock(now + 125, now)); // the door runs 125 s fast
        const auto out = f.syncDoor(f.gym.id);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QVERIFY(out.driftSeconds.has_value());
        QCOMPARE(*out.driftSeconds, qint64(125));
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
        const qint64 oldVersion = qint64(lobby.status(f.clock.nowSecs()).version);
        int cuts = 0, converged = 0;
        for (qint64 cut = 1; cut < 1600; cut += 37) {
            const auto out = f.syncDoor(f.lobby.id, cut, 20);
            const qint64 doorVersion = qint64(lobby.status(f.clock.nowSecs()).version);
            const qint64 recorded = f.ackVersion(f.lobby.id);
            // Porter never records more than the door holds.
            QVERIFY2(
                recorded == 0 || recorded == doorVersion,
                qPrintable(
                    QStringLiteral("cut %1: recorded %2, door %3").arg(cut).arg(recorded).arg(doorVersion)));
            QVERIFY(doorVersion == oldVersion || doorVersion >= recorded);
            if (!out.ok)
                ++cuts;
            else
                ++converged;
            if (out.ok)
                break;
        }
        QVERIFY(cuts > 5);
        // A clean sync converges: door and Porter agree and nothing is pending.
        const auto out = f.syncDoor(f.lobby.id);
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(f.ackVersion(f.lobby.id), qint64(lobby.status(f.clock.nowSecs()).version));
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
        QVERIFY(reference.ok);
        QVERIFY2(reference.updateBytes > 2 * 2048, "the list should span several chunks");
        const auto cut = f.syncDoor(f.lobby.id, 600 + reference.updateBytes * 3 / 4, 244);
        QVERIFY(!cut.ok);
        QCOMPARE(cut.error.code, ErrorCode::LinkLost);
        QCOMPARE(f.ackVersion(f.lobby.id), qint64(0));
        const auto resumed = f.syncDoor(f.lobby.id, -1, 244);
        QVERIFY2(resumed.ok, qPrintable(resumed.error.message));
        QVERIFY2(resumed.resumedFrom >= 2048, "the second session should continue the staged update");
        QVERIFY(resumed.resumedFrom < resumed.updateBytes);
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
        QVERIFY(f.db->exec(QStringLiteral("PRAGMA wal_checkpoint(FULL)")).ok());
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(f.db->path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!contains(bytes, *seed));
        QVERIFY(!contains(bytes, *codeSecret));
        QVERIFY(!contains(bytes, seed->toHex()));
        // And the encrypted form opens only with this installation's key.
        FileKeyProvider otherKeys(f.dir.filePath(QStringLiteral("other-keys")));
        SecretStore other(*f.db, otherKeys);
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
        QVERIFY(!out.ok);
        QCOMPARE(out.error.code, ErrorCode::PermissionDenied);
        const Manager tech = f.makeManager(QStringLiteral("tech@acme.test"), KeyManagement::None, true);
        QVERIFY(f.syncDoor(f.lobby.id, -1, 244, &tech).ok);
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
        // The person at the door rejects a fingerprint that does not match: nothing is recorded.
        const auto refused =
            commissioner.runBlocking(f.owner, f.gym.id, &link, [](const QString &) { return false; });
        QVERIFY(!refused.ok);
        QVERIFY(!slot->door->commissioned());
        QVERIFY(!f.directory->door(f.owner, f.gym.id)->commissioned);
        QString shown;
        const auto out = commissioner.runBlocking(f.owner, f.gym.id, &link, [&](const QString &fp) {
            shown = fp;
            return true;
        });
        QVERIFY2(out.ok, qPrintable(out.error.message));
        QCOMPARE(shown.size(), 6);
        QVERIFY(slot->door->commissioned());
        QVERIFY(f.directory->door(f.owner, f.gym.id)->commissioned);
        const auto synced = f.syncDoor(f.gym.id);
        QVERIFY2(synced.ok, qPrintable(synced.error.message));
        const qint64 weekdayNoon =
            QDateTime(QDate(2026, 6, 3), QTime(16, 0), Qt::UTC).toSecsSinceEpoch(); // Wed 12:00 EDT
        const QString code = f.doorcodeOf(ana.id, QDate(2026, 6, 3));
        QVERIFY(slot->door->decideDoorcode(code.toStdString(), weekdayNoon).granted);
        // A second commissioning of a commissioned door is refused by the door.
        const auto again = commissioner.runBlocking(f.owner, f.gym.id, &link, nullptr);
        QVERIFY(!again.ok);
    }

    void unreachableDoorSaysWhy()
    {
        SyncFixture f;
        f.doorFor(f.lobby.id);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now: connection refused
        sync::TcpTransport tcp(QStringLiteral("127.0.0.1"), port);
        sync::SyncEngine engine(*f.db, f.clock, f.secrets);
        const auto out = engine.runBlocking(f.owner, f.lobby.id, &tcp, 10000);
        QVERIFY(!out.ok);
        QCOMPARE(out.error.code, ErrorCode::LinkLost);
        QVERIFY2(out.error.message.contains(QStringLiteral("Lobby")), qPrintable(out.error.message));
        QVERIFY2(out.error.message.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(out.error.message));
        QCOMPARE(f.ackVersion(f.lobby.id), qint64(0));
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
        QVERIFY(f.syncDoor(f.lobby.id).ok);
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
        QVERIFY(f.syncDoor(f.lobby.id).ok);
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
        QVERIFY(f.syncDoor(f.lobby.id).ok);
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
            QVERIFY(f.syncDoor(f.lobby.id).ok);
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
        QVERIFY(f.syncDoor(f.lobby.id).ok);
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
        // Nothing can put a generation outside 32 bits into the database either.
        for (const QVariant &bad : {QVariant(qint64(door::kMaxAppKeyGeneration) + 1), QVariant(qint64(-1)),
                                    QVariant(QStringLiteral("seven")), QVariant(1.5)})
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
