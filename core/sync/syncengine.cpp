#include "sync/syncengine.h"

#include "access/permissions.h"
#include "access/servicebase.h"
#include "app/backend.h"
#include "door/session.h"
#include "door/update.h"
#include "link/transport.h"
#include "secrets/secretstore.h"
#include "store/repositories.h"
#include "sync/internal/doorimport.h"
#include "sync/internal/planner.h"
#include "util/localtime.h"
#include "util/logging.h"

#include <QPointer>
#include <QTimer>

namespace porter::sync {
namespace {

Error fromSyncError(const door::SyncResult &r, const QString &doorName)
{
    const QString detail = QString::fromStdString(r.message);
    switch (r.error) {
    case door::SyncError::None:
        return makeError(
            ErrorCode::LinkLost,
            SyncEngine::tr("Door ‘%1’ did not finish the sync. Press Sync again.").arg(doorName));
    case door::SyncError::AuthenticationFailed:
        return makeError(
            ErrorCode::Protocol,
            SyncEngine::tr("Door ‘%1’ could not be authenticated (%2). It may be another door, "
                           "or it was commissioned again: check the door and commission it if needed.")
                .arg(doorName, detail));
    case door::SyncError::DoorNotCommissioned:
        return makeError(
            ErrorCode::DoorRejected,
            SyncEngine::tr("Door ‘%1’ says it was never commissioned. Commission it first.").arg(doorName));
    case door::SyncError::WrongDoor:
        return makeError(ErrorCode::DoorRejected,
                         SyncEngine::tr("The device answering is not door ‘%1’ (%2).").arg(doorName, detail));
    case door::SyncError::DoorRejectedUpdate:
        return makeError(ErrorCode::DoorRejected,
                         SyncEngine::tr("Door ‘%1’ refused the update: %2. Nothing changed on the door.")
                             .arg(doorName, QString::fromLatin1(door::describe(r.updateError))));
    case door::SyncError::LinkLost:
        return makeError(
            ErrorCode::LinkLost,
            SyncEngine::tr("The link to door ‘%1’ was lost during the sync. Move closer and press "
                           "Sync again: it continues where it stopped.")
                .arg(doorName));
    case door::SyncError::ProtocolViolation:
        return makeError(ErrorCode::Protocol,
                         SyncEngine::tr("Door ‘%1’ sent data that failed verification (%2). Nothing was "
                                        "recorded; press Sync again.")
                             .arg(doorName, detail));
    case door::SyncError::DoorFault:
        return makeError(ErrorCode::DoorRejected,
                         SyncEngine::tr("Door ‘%1’ refuses everything: its memory is damaged or was "
                                        "tampered with. Reset it on site and commission it again.")
                             .arg(doorName));
    case door::SyncError::DoorRejectedSecret:
        return makeError(
            ErrorCode::DoorRejected,
            SyncEngine::tr("Door ‘%1’ kept its old doorcode secret (%2): codes of the old secret "
                           "still work there. Press Sync again.")
                .arg(doorName, QString::fromLatin1(door::describe(r.doorcodeSecretError))));
    case door::SyncError::DoorAlreadyCommissioned:
    case door::SyncError::PairingCodeRejected:
    case door::SyncError::DoorNotInInstallMode:
        return makeError(ErrorCode::Protocol, detail); // commissioning outcomes; a sync never ends with them
    case door::SyncError::LocalError:
        return makeError(
            ErrorCode::Storage,
            SyncEngine::tr("Porter could not store what door ‘%1’ sent (%2).").arg(doorName, detail));
    }
    return makeError(ErrorCode::Internal, detail);
}

} // namespace

// The engine's state and its database side; SyncEngine is the QObject face (signals, slots).
class SyncEngine::Private : public ServiceBase
{
public:
    Private(SyncEngine *owner, Database &db, const Clock &clock, SecretStore &secrets)
        : ServiceBase(db, clock)
        , q(owner)
        , m_secrets(secrets)
    {
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(60000);
    }

    void start(const Manager &actor, Id doorId, Transport *transport);
    void onOpened(int payloadSize);
    void onReceived(const QByteArray &bytes);
    void onClosed(const QString &reason);
    void onTimeout();
    void cancel();
    void pump();
    void finish(std::optional<Error> override = std::nullopt);
    void fail(Error error);
    void emitFinished(const Result<SyncReport> &result);
    void emitProgress();
    void disconnectTransport();
    void wipeSeed();
    Status storeActivity(const std::vector<door::ActivityEntry> &entries);
    Status recordOutcome(const door::SyncResult &result);
    Status raiseAlarm(door::AlarmKind kind, std::uint32_t detail, const QString &message);

    SyncEngine *q;
    SecretStore &m_secrets;
    Manager m_actor;
    Door m_door;
    Property m_property;
    QPointer<Transport> m_transport;
    std::optional<door::SyncClientConfig> m_config; // until the link is open and tells its payload size
    std::unique_ptr<door::SyncClient> m_client;
    std::unique_ptr<SyncPlan> m_plan;
    std::optional<door::Bytes> m_sentUpdate;
    bool m_sentDelta = false;
    std::optional<Error> m_planError; // planning the update failed: the sync fails, however it ends
    SyncReport m_report;
    DoorProgress m_progress;
    QList<QMetaObject::Connection> m_connections;
    QByteArray m_seed;
    QTimer m_timeout;
    bool m_running = false;
};

SyncEngine::SyncEngine(Backend &backend, QObject *parent)
    : SyncEngine(backend.database(), backend.clock(), backend.secrets(), parent)
{}

SyncEngine::SyncEngine(Database &db, const Clock &clock, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, db, clock, secrets))
{
    connect(&d->m_timeout, &QTimer::timeout, this, [this]() { d->onTimeout(); });
}

SyncEngine::~SyncEngine()
{
    // Destroyed mid-sync (its window closed): the link goes, nothing more is recorded or emitted.
    d->disconnectTransport();
    if (d->m_running && d->m_transport)
        d->m_transport->close();
    d->wipeSeed();
}

void SyncEngine::setTimeout(int milliseconds)
{
    d->m_timeout.setInterval(milliseconds);
}

void SyncEngine::start(const Manager &actor, Id doorId, Transport *transport)
{
    d->start(actor, doorId, transport);
}

bool SyncEngine::running() const
{
    return d->m_running;
}

const SyncReport &SyncEngine::report() const
{
    return d->m_report;
}

void SyncEngine::cancel()
{
    d->cancel();
}

// The property's private key is held only while a sync runs.
void SyncEngine::Private::wipeSeed()
{
    m_seed.fill('\0');
    m_seed.clear();
    if (m_config)
        door::crypto::wipe(m_config->propertySeed);
    m_config.reset();
}

void SyncEngine::Private::disconnectTransport()
{
    for (const auto &c : m_connections)
        QObject::disconnect(c);
    m_connections.clear();
}

void SyncEngine::Private::emitFinished(const Result<SyncReport> &result)
{
    m_running = false;
    m_timeout.stop();
    // Always after start() returned, never from inside it or a transport's signal.
    QTimer::singleShot(0, q, [this, result]() { Q_EMIT q->finished(result); });
}

void SyncEngine::Private::emitProgress()
{
    if (m_client) {
        switch (m_client->state()) {
        case door::SyncClient::State::Idle:
        case door::SyncClient::State::AwaitDoorHello:
        case door::SyncClient::State::AwaitStatus:
            m_progress.stage = DoorStage::Handshake;
            break;
        case door::SyncClient::State::Syncing:
            // Updating from the first update bytes on (set by onProgress) until the door's answer.
            if (m_progress.stage != DoorStage::Updating)
                m_progress.stage = DoorStage::Exchanging;
            break;
        case door::SyncClient::State::Finished:
        case door::SyncClient::State::Failed:
            m_progress.stage = DoorStage::Finishing;
            break;
        }
    }
    Q_EMIT q->progress(m_progress);
}

void SyncEngine::Private::fail(Error error)
{
    wipeSeed();
    disconnectTransport();
    m_client.reset();
    emitFinished(std::move(error));
}

void SyncEngine::Private::start(const Manager &actor, Id doorId, Transport *transport)
{
    Q_ASSERT(!m_running);
    Q_ASSERT(transport && !transport->isOpen());
    m_running = true;
    m_actor = actor;
    m_report = SyncReport{};
    m_report.doorId = doorId;
    m_progress = DoorProgress{};
    m_sentUpdate.reset();
    m_sentDelta = false;
    m_planError.reset();
    m_plan.reset();
    m_client.reset();
    m_transport = transport;
    auto door = m_dir.door(doorId);
    if (!door.ok())
        return fail(door.error());
    auto property = propertyFor(actor, door->propertyId);
    if (!property.ok())
        return fail(
            makeError(ErrorCode::NotFound, SyncEngine::tr("There is no door with id %1.").arg(doorId)));
    m_door = *door;
    m_property = *property;
    m_report.doorName = m_door.name;
    if (auto st = permissions::canManageDevices(actor, m_property); !st.ok())
        return fail(denied(actor, m_property.id, QStringLiteral("door-sync"), st.error()));
    if (!m_door.commissioned)
        return fail(makeError(ErrorCode::InvalidInput,
                              SyncEngine::tr("Door ‘%1’ has not been commissioned yet. Commission it first.")
                                  .arg(m_door.name)));
    auto identity = m_dir.doorIdentityKey(doorId);
    if (!identity.ok())
        return fail(identity.error());
    auto seed = m_secrets.get(SecretStore::propertySigningKey(m_property.id));
    if (!seed.ok())
        return fail(seed.error());
    m_seed = *seed;
    auto doorcodeSecret = m_secrets.doorcodeSecret(m_property.id);
    if (!doorcodeSecret.ok())
        return fail(doorcodeSecret.error());

    Planner planner(m_db);
    SyncPlan plan;
    auto st = m_db.transaction([&]() -> Status {
        auto p = planner.plan(doorId, now());
        if (!p.ok())
            return p.error();
        plan = std::move(p).value();
        return {};
    });
    if (!st.ok())
        return fail(st.error());
    m_plan = std::make_unique<SyncPlan>(std::move(plan));
    for (const policy::LeftOut &l : m_plan->leftOut)
        m_report.leftOut << l.reason;
    m_report.baseVersion = m_plan->ackedVersion;
    m_report.updateKind = QStringLiteral("none");

    door::SyncClientConfig config;
    config.propertyId = std::uint32_t(m_property.id);
    config.doorId = std::uint32_t(doorId);
    config.propertySeed = toBytes(m_seed);
    config.doorIdentityPublicKey = toBytes(*identity);
    config.now = now();
    // A door that reports an older epoch gets the current secret, signed for it, first in the session.
    config.doorcodeEpoch = std::uint32_t(doorcodeSecret->epoch);
    config.doorcodeSecret = toBytes(doorcodeSecret->secret);
    // A door that holds an older signing key follows the steps to the current one before the proof.
    auto steps = keyStepsFor(m_dir, m_door);
    if (!steps.ok())
        return fail(steps.error());
    config.keySteps = std::move(steps).value();
    config.updateFor = [this](const door::DoorStatus &status) -> std::optional<door::Bytes> {
        Planner p(m_db);
        std::optional<door::Bytes> update;
        auto planned = m_db.transaction([&]() -> Status {
            auto u = p.updateFor(*m_plan, status, m_seed, now());
            if (!u.ok())
                return u.error();
            update = std::move(u).value();
            return {};
        });
        if (!planned.ok()) {
            // No update goes out, and the sync must not look like "already up to date".
            qCWarning(lcSync) << "planning the update failed:" << planned.error().message;
            m_planError =
                makeError(planned.error().code,
                          SyncEngine::tr("Door ‘%1’ was not updated: preparing its update failed (%2)")
                              .arg(m_door.name, planned.error().message));
            return std::nullopt;
        }
        if (update) {
            auto header = door::decodeHeader(door::ByteView(update->data(), update->size()));
            m_sentDelta = header && header->kind == door::UpdateKind::Delta;
            m_report.updateKind = m_sentDelta ? QStringLiteral("delta") : QStringLiteral("full");
            m_report.updateBytes = qint64(update->size());
        }
        m_sentUpdate = update;
        return update;
    };
    config.onActivity = [this](const std::vector<door::ActivityEntry> &entries) {
        auto stored = storeActivity(entries);
        if (!stored.ok())
            qCWarning(lcSync) << "storing door activity failed:" << stored.error().message;
        return stored.ok();
    };
    config.onProgress = [this](std::size_t sent, std::size_t total) {
        m_progress.stage = DoorStage::Updating;
        m_progress.updateSent = qint64(sent);
        m_progress.updateTotal = qint64(total);
    };
    // The payload size is not known yet: the link tells it when it is open (onOpened).
    m_config = std::move(config);

    m_connections << QObject::connect(transport, &Transport::opened, q,
                                      [this](int payloadSize) { onOpened(payloadSize); });
    m_connections << QObject::connect(transport, &Transport::received, q,
                                      [this](const QByteArray &bytes) { onReceived(bytes); });
    m_connections << QObject::connect(transport, &Transport::closed, q,
                                      [this](const QString &reason) { onClosed(reason); });
    qCInfo(lcSync) << "sync of door" << doorId << "over" << transport->describe() << "from version"
                   << m_plan->ackedVersion << "to" << m_plan->target.version;
    m_timeout.start();
    transport->open();
}

void SyncEngine::Private::onOpened(int payloadSize)
{
    if (!m_running || !m_config || m_client)
        return;
    m_config->linkPayload = std::size_t(payloadSize);
    m_client = std::make_unique<door::SyncClient>(std::move(*m_config));
    m_config.reset();
    m_client->start();
    pump();
}

void SyncEngine::Private::pump()
{
    if (!m_client || !m_running)
        return;
    while (auto fragment = m_client->nextFragment()) {
        m_progress.bytesSent += qint64(fragment->size());
        if (m_transport)
            m_transport->write(toQByteArray(*fragment));
    }
    if (m_client->finished())
        return finish();
    emitProgress();
}

void SyncEngine::Private::onReceived(const QByteArray &bytes)
{
    if (!m_client || !m_running)
        return;
    m_progress.bytesReceived += bytes.size();
    m_client->receive(viewOf(bytes), now());
    pump();
}

void SyncEngine::Private::onClosed(const QString &reason)
{
    if (!m_running)
        return;
    qCInfo(lcSync) << "link closed:" << reason;
    if (!m_client || m_client->state() == door::SyncClient::State::Idle) {
        // The link never opened: the transport's reason ("connection refused", "out of range") is
        // the whole story.
        QString why = reason.trimmed();
        if (!why.endsWith(QLatin1Char('.')))
            why += QLatin1Char('.');
        return fail(
            makeError(ErrorCode::LinkLost,
                      SyncEngine::tr("Door ‘%1’ cannot be reached (%2) Move closer and press Sync again.")
                          .arg(m_door.name, why)));
    }
    if (!m_client->finished())
        m_client->linkLost();
    finish();
}

void SyncEngine::Private::onTimeout()
{
    if (!m_running)
        return;
    qCInfo(lcSync) << "sync of door" << m_door.id << "timed out";
    if (!m_client)
        return fail(makeError(
            ErrorCode::LinkLost,
            SyncEngine::tr("Door ‘%1’ did not answer. Move closer and press Sync again.").arg(m_door.name)));
    if (!m_client->finished())
        m_client->linkLost();
    finish();
}

void SyncEngine::Private::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcSync) << "sync of door" << m_door.id << "cancelled";
    disconnectTransport();
    if (m_transport)
        m_transport->close();
    // The door's authenticated word that it applied the update is the one thing that must not be
    // lost: the door holds the new list now (docs/door-protocol.md, "The sync sequence").
    if (m_client && m_client->result().applied) {
        m_client->linkLost();
        return finish(makeError(ErrorCode::Cancelled,
                                SyncEngine::tr("The sync of door ‘%1’ was cancelled after the door had "
                                               "applied the update; Porter recorded the door's new list.")
                                    .arg(m_door.name)));
    }
    fail(makeError(ErrorCode::Cancelled, SyncEngine::tr("The sync of door ‘%1’ was cancelled; nothing was "
                                                        "recorded and the door keeps its list.")
                                             .arg(m_door.name)));
}

Status SyncEngine::Private::storeActivity(const std::vector<door::ActivityEntry> &entries)
{
    const qint64 drift = m_client && m_client->result().doorStatus ? m_client->result().driftSeconds : 0;
    auto imported = importDoorActivity(m_db, m_journal, m_people, m_property, m_door, entries, drift, now());
    if (!imported.ok())
        return imported.error();
    m_report.activityImported += imported->entries;
    m_report.alarmsImported += imported->alarms;
    return {};
}

Status SyncEngine::Private::recordOutcome(const door::SyncResult &r)
{
    const bool ok = r.ok() && !m_planError;
    return m_db.transaction([&]() -> Status {
        // The only acknowledgements that count are the door's authenticated ones (Applied / Done).
        std::optional<door::protocol::VersionAck> ack = r.applied;
        if (!ack && r.finalState)
            ack = r.finalState;
        if (ack && ack->hash == m_plan->targetHash && ack->version == m_plan->target.version &&
            ack->version != m_plan->ackedVersion) {
            auto cleared = m_journal.changeCount(m_door.id, m_plan->ackedVersion, ack->version);
            if (!cleared.ok())
                return cleared.error();
            m_report.pendingChangesCleared = *cleared;
            const door::Bytes encoded = door::encode(m_plan->target);
            PORTER_TRY(m_dir.setDoorAcknowledged(
                m_door.id, m_plan->ackedVersion, ack->version,
                QByteArray(reinterpret_cast<const char *>(ack->hash.data()), qsizetype(ack->hash.size())),
                toQByteArray(encoded)));
            m_report.versionRecorded = true;
            m_report.newVersion = ack->version;
        } else {
            m_report.newVersion = m_plan->ackedVersion;
        }
        if (r.doorcodeEpoch) {
            // Only the door's authenticated word (status, or its answer to the rotation) counts.
            m_report.doorcodeEpoch = qint64(r.doorcodeEpoch);
            m_report.doorcodeSecretRotated = r.doorStatus && r.doorcodeEpoch > r.doorStatus->doorcodeEpoch;
            PORTER_TRY(m_dir.setDoorDoorcodeEpoch(m_door.id, qint64(r.doorcodeEpoch)));
        }
        if (r.signingKeyEpoch) {
            m_report.signingKeyEpoch = qint64(r.signingKeyEpoch);
            m_report.signingKeyRotated = qint64(r.signingKeyEpoch) > m_door.signingKeyEpoch.value_or(1);
            PORTER_TRY(m_dir.setDoorSigningKeyEpoch(m_door.id, qint64(r.signingKeyEpoch)));
        }
        if (r.doorStatus) {
            m_report.batteryPercent = r.doorStatus->batteryPercent;
            m_report.firmware = QString::fromStdString(r.doorStatus->firmware);
            m_report.driftSeconds = r.driftSeconds;
            if (r.clockRefusedBefore)
                m_report.clockRefusedBefore = *r.clockRefusedBefore;
            PORTER_TRY(m_dir.setDoorHealth(m_door.id, m_report.batteryPercent, m_report.firmware,
                                           m_report.driftSeconds,
                                           ok ? std::optional<qint64>(now()) : std::nullopt));
            // The door counts the entries it had to drop; any new loss is an alarm.
            const qint64 lost = qint64(r.doorStatus->lostEntries);
            m_report.lostEntries = lost;
            if (lost > m_door.lostEntries) {
                const auto n = std::uint32_t(std::min<qint64>(lost - m_door.lostEntries, UINT32_MAX));
                PORTER_TRY(raiseAlarm(door::AlarmKind::ActivityLost, n,
                                      alarmMessage(door::AlarmKind::ActivityLost, n)));
            }
            if (lost != m_door.lostEntries)
                PORTER_TRY(m_dir.setDoorLostEntries(m_door.id, lost));
        }
        if (r.updateError != door::UpdateError::None) {
            const auto why = std::uint32_t(r.updateError);
            PORTER_TRY(raiseAlarm(door::AlarmKind::UpdateRefused, why,
                                  alarmMessage(door::AlarmKind::UpdateRefused, why)));
        }
        ActivityEvent e;
        e.at = now();
        e.propertyId = m_property.id;
        e.managerId = m_actor.id;
        e.actor = actorLabel(m_actor);
        e.action = ok ? QStringLiteral("door-sync") : QStringLiteral("door-sync-failed");
        e.doorId = m_door.id;
        e.result = ok ? QStringLiteral("ok") : QStringLiteral("failed");
        const QString error = m_planError ? m_planError->message
                              : r.ok()    ? QString()
                                          : QString::fromStdString(r.message);
        e.detail =
            QStringLiteral("Door %1: version %2 \u2192 %3 (%4 update, %5 bytes), %6 events imported%7%8%9%10")
                .arg(m_door.name)
                .arg(m_report.baseVersion)
                .arg(m_report.newVersion)
                .arg(m_report.updateKind)
                .arg(m_report.updateBytes)
                .arg(m_report.activityImported)
                .arg(m_report.doorcodeSecretRotated
                         ? QStringLiteral(", new doorcode secret (epoch %1)").arg(m_report.doorcodeEpoch)
                         : QString())
                .arg(m_report.signingKeyRotated
                         ? QStringLiteral(", new signing key (epoch %1)").arg(m_report.signingKeyEpoch)
                         : QString())
                .arg(error.isEmpty() ? QString() : QStringLiteral("; ") + error)
                .arg(r.clockRefusedBefore ? QStringLiteral("; the door refused this computer's clock")
                                          : QString());
        if (!m_report.leftOut.isEmpty())
            e.detail += QStringLiteral("; left out: ") + m_report.leftOut.join(QLatin1Char(' '));
        // The values of the sentence, for saying it in the reader's language (DisplayText::activityDetail).
        QVariantMap params{{QStringLiteral("door"), m_door.name},
                           {QStringLiteral("from"), m_report.baseVersion},
                           {QStringLiteral("to"), m_report.newVersion},
                           {QStringLiteral("kind"), m_report.updateKind},
                           {QStringLiteral("bytes"), m_report.updateBytes},
                           {QStringLiteral("imported"), m_report.activityImported}};
        if (m_report.doorcodeSecretRotated)
            params.insert(QStringLiteral("epoch"), m_report.doorcodeEpoch);
        if (m_report.signingKeyRotated)
            params.insert(QStringLiteral("keyEpoch"), m_report.signingKeyEpoch);
        if (!error.isEmpty())
            params.insert(QStringLiteral("error"), error);
        if (r.clockRefusedBefore)
            params.insert(QStringLiteral("clockRefused"), true);
        if (!m_report.leftOut.isEmpty())
            params.insert(QStringLiteral("leftOut"), m_report.leftOut);
        PORTER_TRY(m_journal.insertActivity(e, false, std::nullopt, params));
        return {};
    });
}

Status SyncEngine::Private::raiseAlarm(door::AlarmKind kind, std::uint32_t detail, const QString &message)
{
    PORTER_TRY(raisePorterAlarm(m_journal, m_property, m_door, kind, detail, message, now()));
    ++m_report.alarmsRaised;
    return {};
}

void SyncEngine::Private::finish(std::optional<Error> override)
{
    if (!m_running || !m_client)
        return;
    wipeSeed();
    disconnectTransport();
    const door::SyncResult result = m_client->result();
    m_report.resumedFrom = qint64(result.updateResumedFrom);
    auto st = recordOutcome(result);
    const bool ok = result.ok() && st.ok() && !m_planError && !override;
    Error error;
    if (!st.ok())
        error = st.error();
    else if (override)
        error = *override;
    else if (m_planError)
        error = *m_planError;
    else if (!result.ok())
        error = fromSyncError(result, m_door.name);
    if (m_transport)
        m_transport->close();
    m_client.reset();
    qCInfo(lcSync) << "sync of door" << m_door.id << (ok ? "succeeded" : "failed") << error.message;
    if (ok)
        emitFinished(m_report);
    else
        emitFinished(error);
}

} // namespace porter::sync
