#pragma once

#include "access/servicebase.h"
#include "door/session.h"
#include "sync/planner.h"
#include "secrets/secretstore.h"
#include "link/transport.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace porter::sync {

struct SyncOutcome
{
    Id doorId = 0;
    QString doorName;
    bool ok = false;
    Error error;                  // when !ok
    bool versionRecorded = false; // Porter stored a new acknowledged version
    qint64 fromVersion = 0;
    qint64 toVersion = 0;
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
    // What the door's list format cannot carry and was left out of the list (policy::LeftOut): those
    // people have less access at this door until the data is fixed; everything else was synced.
    QStringList leftOut;
};

// Runs one door sync over a Transport (docs/door-protocol.md, "Sync"): plans from the version the
// door last acknowledged, drives the protocol's laptop end, stores the door's activity as it
// arrives, and records the new version only after the door's authenticated acknowledgement.
class SyncEngine : public QObject, protected ServiceBase
{
    Q_OBJECT

public:
    SyncEngine(Database &db, const Clock &clock, SecretStore &secrets, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Starts a sync of doorId over transport (not owned; it must outlive the sync). Permission and
    // planning errors are reported through finished() too, asynchronously.
    void start(const Manager &actor, Id doorId, Transport *transport);
    bool running() const { return m_client != nullptr; }

    // Runs start() and waits (nested event loop) for the result: for porterctl and tests.
    SyncOutcome runBlocking(const Manager &actor, Id doorId, Transport *transport, int timeoutMs = 60000);

Q_SIGNALS:
    void progress(qint64 sent, qint64 total);
    void finished(const porter::sync::SyncOutcome &outcome);

private:
    void pump();
    void onReceived(const QByteArray &bytes);
    void onClosed(const QString &reason);
    void finish();
    void fail(Error error);
    void wipeSeed();
    Status storeActivity(const std::vector<door::ActivityEntry> &entries);
    Status recordOutcome(const door::SyncResult &result);
    Status raiseAlarm(door::AlarmKind kind, std::uint32_t detail, const QString &message);

    SecretStore &m_secrets;
    Manager m_actor;
    Door m_door;
    Property m_property;
    QPointer<Transport> m_transport;
    std::unique_ptr<door::SyncClient> m_client;
    std::unique_ptr<SyncPlan> m_plan;
    std::optional<door::Bytes> m_sentUpdate;
    bool m_sentDelta = false;
    std::optional<Error> m_planError; // planning the update failed: the sync fails, however it ends
    SyncOutcome m_outcome;
    QList<QMetaObject::Connection> m_connections;
    QByteArray m_seed;
    bool m_done = false;
};

} // namespace porter::sync
