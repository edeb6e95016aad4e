#pragma once

#include "model/types.h"
#include "sync/dooroperation.h"
#include "util/clock.h"
#include "util/result.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace porter {
class Backend;
class Database;
class SecretStore;
} // namespace porter

namespace porter::sync {

class Transport;

// What one door sync did. On failure finished() carries the Error; SyncEngine::report() still tells
// what was learnt (the door's word on its doorcode epoch, alarms raised).
struct SyncReport
{
    Id doorId = 0;
    QString doorName;
    bool versionRecorded = false; // Porter stored a new acknowledged version
    // The acknowledged list version the sync started from and the one it ended at (equal when
    // nothing new was acknowledged).
    ListVersion baseVersion = 0;
    ListVersion newVersion = 0;
    QString updateKind;     // "delta", "full" or "none"
    qint64 updateBytes = 0; // size of the signed update
    qint64 resumedFrom = 0; // bytes the door already had staged
    int activityImported = 0;
    std::optional<int> batteryPercent;
    QString firmware;
    std::optional<qint64> driftSeconds;
    // The door refused to set its clock to this laptop's time: earlier than the newest update it
    // holds (issued at this time). This computer's clock is wrong (docs/door-protocol.md, "Clock").
    std::optional<qint64> clockRefusedBefore;
    int pendingChangesCleared = 0;
    qint64 lostEntries = 0; // the door's own count of dropped activity entries
    int alarmsRaised = 0;   // alarms Porter raised at this sync (update refused, activity lost)
    int alarmsImported = 0; // alarms the door raised, new at this sync
    // The doorcode secret epoch the door holds at the end (its authenticated word; 0 = unknown) and
    // whether this sync gave it a rotated secret.
    qint64 doorcodeEpoch = 0;
    bool doorcodeSecretRotated = false;
    // The same for the property's signing key: the epoch the door holds at the end, and whether this sync
    // moved it to a newer key (docs/door-protocol.md, "Rotating the signing key").
    qint64 signingKeyEpoch = 0;
    bool signingKeyRotated = false;
    // What the door's list format cannot carry and was left out of the list (policy::LeftOut): those
    // people have less access at this door until the data is fixed; everything else was synced.
    QStringList leftOut;
};

// Runs one door sync over a Transport (docs/door-protocol.md, "Sync"), asynchronously: start()
// returns at once, progress() follows the stages, finished() ends every started sync exactly once.
// It plans from the version the door last acknowledged, drives the protocol's laptop end, stores
// the door's activity as it arrives, and records the new version only after the door's
// authenticated acknowledgement. No nested event loop: porterctl waits with syncBlocking()
// (sync/blocking.h).
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    // Over the Backend's database, clock and secrets: how a front end makes one.
    explicit SyncEngine(Backend &backend, QObject *parent = nullptr);
    SyncEngine(Database &db, const Clock &clock, SecretStore &secrets, QObject *parent = nullptr);
    ~SyncEngine() override;

    // A sync that has not finished after this long ends as a lost link (default 60 s).
    void setTimeout(int milliseconds);

    // Starts a sync of doorId over transport (not owned; it must outlive the sync, and must not be
    // open yet: the engine opens it and learns the payload size from opened()). Permission and
    // planning errors are reported through finished() too, asynchronously.
    void start(const Manager &actor, Id doorId, Transport *transport);
    bool running() const;
    // What the sync learnt so far (after finished(): all of it, also when it failed).
    const SyncReport &report() const;

public Q_SLOTS:
    // Stops the sync now: the link is closed and nothing is recorded unless the door's authenticated
    // acknowledgement of an update already arrived (then the door holds the new list, and Porter
    // records it). Activity the door handed over before stays stored: the door keeps it until
    // acknowledged, and Porter stores each entry once. finished() follows with ErrorCode::Cancelled.
    void cancel();

Q_SIGNALS:
    void progress(const porter::sync::DoorProgress &progress);
    void finished(const porter::Result<porter::sync::SyncReport> &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace porter::sync
