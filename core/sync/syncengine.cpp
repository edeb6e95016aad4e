#include "sync/syncengine.h"

#include "access/permissions.h"
#include "door/update.h"
#include "store/repositories.h"
#include "util/localtime.h"
#include "util/logging.h"

#include <QEventLoop>
#include <QTimer>

namespace porter::sync {
namespace {

QString credentialName(door::CredentialKind k)
{
    switch (k) {
    case door::CredentialKind::Card:
        return QStringLiteral("card");
    case door::CredentialKind::Doorcode:
        return QStringLiteral("doorcode");
    case door::CredentialKind::App:
        return QStringLiteral("app");
    case door::CredentialKind::Alarm:
        return QStringLiteral("alarm");
    }
    return QStringLiteral("unknown");
}

Error fromSyncError(const door::SyncResult &r, const QString &doorName)
{
    const QString detail = QString::fromStdString(r.message);
    switch (r.error) {
    case door::SyncError::None:
        return makeError(
            ErrorCode::LinkLost,
            QStringLiteral("Door \u2018%1\u2019 did not finish the sync. Press Sync again.").arg(doorName));
    case door::SyncError::AuthenticationFailed:
        return makeError(
            ErrorCode::Protocol,
            QStringLiteral("Door \u2018%1\u2019 could not be authenticated (%2). It may be another door, "
                           "or it was commissioned again: check the door and commission it if needed.")
                .arg(doorName, detail));
    case door::SyncError::DoorNotCommissioned:
        return makeError(
            ErrorCode::DoorRejected,
            QStringLiteral("Door \u2018%1\u2019 says it was never commissioned. Commission it first.")
                .arg(doorName));
    case door::SyncError::WrongDoor:
        return makeError(
            ErrorCode::DoorRejected,
            QStringLiteral("The device answering is not door \u2018%1\u2019 (%2).").arg(doorName, detail));
    case door::SyncError::DoorRejectedUpdate:
        return makeError(
            ErrorCode::DoorRejected,
            QStringLiteral("Door \u2018%1\u2019 refused the update: %2. Nothing changed on the door.")
                .arg(doorName, QString::fromLatin1(door::describe(r.updateError))));
    case door::SyncError::LinkLost:
        return makeError(
            ErrorCode::LinkLost,
            QStringLiteral("The link to door \u2018%1\u2019 was lost during the sync. Move closer and press "
                           "Sync again: it continues where it stopped.")
                .arg(doorName));
    case door::SyncError::ProtocolViolation:
        return makeError(
            ErrorCode::Protocol,
            QStringLiteral("Door \u2018%1\u2019 sent data that failed verification (%2). Nothing was "
                           "recorded; press Sync again.")
                .arg(doorName, detail));
    case door::SyncError::DoorFault:
        return makeError(
            ErrorCode::DoorRejected,
            QStringLiteral("Door \u2018%1\u2019 refuses everything: its memory is damaged or was "
                           "tampered with. Reset it on site and commission it again.")
                .arg(doorName));
    case door::SyncError::DoorRejectedSecret:
        return makeError(
            ErrorCode::DoorRejected,
            QStringLiteral("Door \u2018%1\u2019 kept its old doorcode secret (%2): codes of the old secret "
                           "still work there. Press Sync again.")
                .arg(doorName, QString::fromLatin1(door::describe(r.doorcodeSecretError))));
    case door::SyncError::DoorAlreadyCommissioned:
    case door::SyncError::PairingCodeRejected:
    case door::SyncError::DoorNotInInstallMode:
        return makeError(ErrorCode::Protocol, detail); // commissioning outcomes; a sync never ends with them
    case door::SyncError::LocalError:
        return makeError(ErrorCode::Storage,
                         QStringLiteral("Porter could not store what door \u2018%1\u2019 sent (%2).")
                             .arg(doorName, detail));
    }
    return makeError(ErrorCode::Internal, detail);
}

QString alarmMessage(door::AlarmKind kind, std::uint32_t detail)
{
    switch (kind) {
    case door::AlarmKind::KeypadLockout:
        return QStringLiteral("The keypad locked itself for %1 s after repeated wrong codes.").arg(detail);
    case door::AlarmKind::FailureBudgetExhausted:
        return detail == 2 ? QStringLiteral("The keypad's daily budget of wrong codes is spent: it refuses "
                                            "every code until local midnight. Someone may be guessing codes.")
                           : QStringLiteral("The keypad's hourly budget of wrong codes is spent: it refuses "
                                            "every code until the hour rolls over. Someone may be guessing "
                                            "codes.");
    case door::AlarmKind::ActivityLost:
        return QStringLiteral("The door dropped %1 activity entries (its log was full).").arg(detail);
    case door::AlarmKind::ClockMovedBack:
        return QStringLiteral(
                   "The door's clock was set back by %1 s, or a sync tried to set it earlier than an "
                   "update the door holds (refused). Check the syncing computer's clock.")
            .arg(detail);
    case door::AlarmKind::UpdateRefused:
        return QStringLiteral("The door refused an update (%1).")
            .arg(QString::fromLatin1(door::describe(static_cast<door::UpdateError>(detail))));
    }
    return QStringLiteral("Unknown alarm.");
}

} // namespace

SyncEngine::SyncEngine(Database &db, const Clock &clock, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , ServiceBase(db, clock)
    , m_secrets(secrets)
{}

SyncEngine::~SyncEngine() = default;

// The property's private key is held only while a sync runs.
void SyncEngine::wipeSeed()
{
    m_seed.fill('\0');
    m_seed.clear();
}

void SyncEngine::fail(Error error)
{
    wipeSeed();
    m_outcome.ok = false;
    m_outcome.error = std::move(error);
    m_done = true;
    for (const auto &c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_client.reset();
    const SyncOutcome outcome = m_outcome;
    QTimer::singleShot(0, this, [this, outcome]() { Q_EMIT finished(outcome); });
}

void SyncEngine::start(const Manager &actor, Id doorId, Transport *transport)
{
    Q_ASSERT(!m_client);
    m_actor = actor;
    m_outcome = SyncOutcome{};
    m_outcome.doorId = doorId;
    m_done = false;
    m_sentUpdate.reset();
    m_planError.reset();
    m_transport = transport;
    auto door = m_dir.door(doorId);
    if (!door.ok())
        return fail(door.error());
    auto property = propertyFor(actor, door->propertyId);
    if (!property.ok())
        return fail(
            makeError(ErrorCode::NotFound, QStringLiteral("There is no door with id %1.").arg(doorId)));
    m_door = *door;
    m_property = *property;
    m_outcome.doorName = m_door.name;
    if (auto st = permissions::canManageDevices(actor, m_property); !st.ok())
        return fail(denied(actor, m_property.id, QStringLiteral("door-sync"), st.error()));
    if (!m_door.commissioned)
        return fail(makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("Door \u2018%1\u2019 has not been commissioned yet. Commission it first.")
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
        m_outcome.leftOut << l.reason;
    m_outcome.fromVersion = m_plan->ackVersion;
    m_outcome.updateKind = QStringLiteral("none");

    door::SyncClientConfig config;
    config.propertyId = std::uint32_t(m_property.id);
    config.doorId = std::uint32_t(doorId);
    config.propertySeed = toBytes(m_seed);
    config.doorIdentityPublicKey = toBytes(*identity);
    config.linkPayload = std::size_t(transport->linkPayload());
    config.now = now();
    // A door that reports an older epoch gets the current secret, signed for it, first in the session.
    config.doorcodeEpoch = std::uint32_t(doorcodeSecret->epoch);
    config.doorcodeSecret = toBytes(doorcodeSecret->secret);
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
            m_planError = makeError(planned.error().code,
                                    QStringLiteral("Door ‘%1’ was not updated: preparing its update "
                                                   "failed (%2)")
                                        .arg(m_door.name, planned.error().message));
            return std::nullopt;
        }
        if (update) {
            auto header = door::decodeHeader(door::ByteView(update->data(), update->size()));
            m_sentDelta = header && header->kind == door::UpdateKind::Delta;
            m_outcome.updateKind = m_sentDelta ? QStringLiteral("delta") : QStringLiteral("full");
            m_outcome.updateBytes = qint64(update->size());
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
        Q_EMIT progress(qint64(sent), qint64(total));
    };
    m_client = std::make_unique<door::SyncClient>(std::move(config));

    m_connections << connect(transport, &Transport::opened, this, [this]() {
        m_client->start();
        pump();
    });
    m_connections << connect(transport, &Transport::received, this, &SyncEngine::onReceived);
    m_connections << connect(transport, &Transport::closed, this, &SyncEngine::onClosed);
    qCInfo(lcSync) << "sync of door" << doorId << "over" << transport->describe() << "from version"
                   << m_plan->ackVersion << "to" << m_plan->target.version;
    transport->open();
}

void SyncEngine::pump()
{
    if (!m_client || m_done)
        return;
    while (auto fragment = m_client->nextFragment()) {
        if (m_transport)
            m_transport->write(toQByteArray(*fragment));
    }
    if (m_client->finished())
        finish();
}

void SyncEngine::onReceived(const QByteArray &bytes)
{
    if (!m_client || m_done)
        return;
    m_client->receive(viewOf(bytes), now());
    pump();
}

void SyncEngine::onClosed(const QString &reason)
{
    if (!m_client || m_done)
        return;
    qCInfo(lcSync) << "link closed:" << reason;
    if (m_client->state() == door::SyncClient::State::Idle) {
        // The link never opened: the transport's reason ("connection refused", "out of range") is
        // the whole story.
        QString why = reason.trimmed();
        if (!why.endsWith(QLatin1Char('.')))
            why += QLatin1Char('.');
        return fail(makeError(
            ErrorCode::LinkLost,
            QStringLiteral("Door \u2018%1\u2019 cannot be reached (%2) Move closer and press Sync again.")
                .arg(m_door.name, why)));
    }
    if (!m_client->finished())
        m_client->linkLost();
    finish();
}

Status SyncEngine::storeActivity(const std::vector<door::ActivityEntry> &entries)
{
    const qint64 drift = m_client && m_client->result().doorStatus ? m_client->result().driftSeconds : 0;
    return m_db.transaction([&]() -> Status {
        for (const door::ActivityEntry &entry : entries) {
            ActivityEvent e;
            e.at = entry.time - drift; // door clock corrected by the drift measured at this sync
            e.propertyId = m_property.id;
            e.doorId = m_door.id;
            if (entry.isAlarm()) {
                // An alarm goes to the door's alarm list and into the activity log (porterctl activity).
                DoorAlarm a;
                a.doorId = m_door.id;
                a.commissioning = m_door.commissioning;
                a.doorSeq = qint64(entry.seq);
                a.kind = QString::fromLatin1(door::alarmName(entry.alarm));
                a.at = e.at;
                a.detail = entry.detail;
                a.message = alarmMessage(entry.alarm, entry.detail);
                a.source = QStringLiteral("door");
                auto alarm = m_journal.insertDoorAlarm(a, now());
                if (!alarm.ok())
                    return alarm.error();
                if (*alarm)
                    ++m_outcome.alarmsImported;
                e.action = QStringLiteral("door-alarm");
                e.credential = QString();
                e.result = QStringLiteral("alarm");
                e.reason = QString::fromLatin1(door::describe(entry.alarm));
                e.detail = a.message + QStringLiteral(" (door clock %1)").arg(formatUtcIso(entry.time));
                e.actor = QStringLiteral("Door");
                auto inserted = m_journal.insertDoorEvent(e, false, m_door.commissioning, qint64(entry.seq));
                if (!inserted.ok())
                    return inserted.error();
                if (*inserted)
                    ++m_outcome.activityImported;
                continue;
            }
            e.action = QStringLiteral("door-unlock");
            e.credential = credentialName(entry.kind);
            e.result = entry.granted() ? QStringLiteral("granted") : QStringLiteral("denied");
            e.reason = QString::fromLatin1(door::describe(entry.reason));
            e.detail = QStringLiteral("door clock %1").arg(formatUtcIso(entry.time));
            bool isPrivate = false;
            // Only a person the door identified is named; an unknown code or card says nothing about anyone.
            const bool identified = entry.personId != 0 && entry.reason != door::Reason::Unknown &&
                                    entry.reason != door::Reason::BadCode &&
                                    entry.reason != door::Reason::BadCredential;
            auto person = identified ? m_people.person(entry.personId) : Result<Person>(Error{});
            if (identified && person.ok() && person->propertyId == m_property.id) {
                // Residents' own activity at Residence doors is private (DESIGN.md): kept, but not whose.
                if (person->resident && !person->hostPersonId && m_door.type == DoorType::Residence) {
                    isPrivate = true;
                    e.actor = QStringLiteral("Resident (private)");
                } else {
                    e.personId = person->id;
                    e.actor = person->displayName();
                }
            } else {
                e.actor = QStringLiteral("Unknown credential");
            }
            auto inserted = m_journal.insertDoorEvent(e, isPrivate, m_door.commissioning, qint64(entry.seq));
            if (!inserted.ok())
                return inserted.error();
            if (*inserted)
                ++m_outcome.activityImported;
        }
        return {};
    });
}

Status SyncEngine::recordOutcome(const door::SyncResult &r)
{
    const bool ok = r.ok() && !m_planError;
    return m_db.transaction([&]() -> Status {
        // The only acknowledgements that count are the door's authenticated ones (Applied / Done).
        std::optional<door::protocol::VersionAck> ack = r.applied;
        if (!ack && r.finalState)
            ack = r.finalState;
        if (ack && ack->hash == m_plan->targetHash && ack->version == m_plan->target.version &&
            qint64(ack->version) != m_plan->ackVersion) {
            auto cleared = m_journal.changeCount(m_door.id, m_plan->ackVersion, qint64(ack->version));
            if (!cleared.ok())
                return cleared.error();
            m_outcome.pendingChangesCleared = *cleared;
            const door::Bytes encoded = door::encode(m_plan->target);
            PORTER_TRY(m_dir.setDoorAcknowledged(
                m_door.id, m_plan->ackVersion, qint64(ack->version),
                QByteArray(reinterpret_cast<const char *>(ack->hash.data()), qsizetype(ack->hash.size())),
                toQByteArray(encoded)));
            m_outcome.versionRecorded = true;
            m_outcome.toVersion = qint64(ack->version);
        } else {
            m_outcome.toVersion = m_plan->ackVersion;
        }
        if (r.doorcodeEpoch) {
            // Only the door's authenticated word (status, or its answer to the rotation) counts.
            m_outcome.doorcodeEpoch = qint64(r.doorcodeEpoch);
            m_outcome.doorcodeSecretRotated = r.doorStatus && r.doorcodeEpoch > r.doorStatus->doorcodeEpoch;
            PORTER_TRY(m_dir.setDoorDoorcodeEpoch(m_door.id, qint64(r.doorcodeEpoch)));
        }
        if (r.doorStatus) {
            m_outcome.batteryPercent = r.doorStatus->batteryPercent;
            m_outcome.firmware = QString::fromStdString(r.doorStatus->firmware);
            m_outcome.driftSeconds = r.driftSeconds;
            if (r.clockRefusedBefore)
                m_outcome.clockRefusedBefore = *r.clockRefusedBefore;
            PORTER_TRY(m_dir.setDoorHealth(m_door.id, m_outcome.batteryPercent, m_outcome.firmware,
                                           m_outcome.driftSeconds,
                                           ok ? std::optional<qint64>(now()) : std::nullopt));
            // The door counts the entries it had to drop; any new loss is an alarm.
            const qint64 lost = qint64(r.doorStatus->lostEntries);
            m_outcome.lostEntries = lost;
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
        e.detail =
            QStringLiteral("Door %1: version %2 \u2192 %3 (%4 update, %5 bytes), %6 events imported%7%8%9")
                .arg(m_door.name)
                .arg(m_outcome.fromVersion)
                .arg(m_outcome.toVersion)
                .arg(m_outcome.updateKind)
                .arg(m_outcome.updateBytes)
                .arg(m_outcome.activityImported)
                .arg(m_outcome.doorcodeSecretRotated
                         ? QStringLiteral(", new doorcode secret (epoch %1)").arg(m_outcome.doorcodeEpoch)
                         : QString())
                .arg(m_planError ? QStringLiteral("; ") + m_planError->message
                     : r.ok()    ? QString()
                                 : QStringLiteral("; ") + QString::fromStdString(r.message))
                .arg(r.clockRefusedBefore ? QStringLiteral("; the door refused this computer's clock")
                                          : QString());
        if (!m_outcome.leftOut.isEmpty())
            e.detail += QStringLiteral("; left out: ") + m_outcome.leftOut.join(QLatin1Char(' '));
        PORTER_TRY(m_journal.insertActivity(e));
        return {};
    });
}

Status SyncEngine::raiseAlarm(door::AlarmKind kind, std::uint32_t detail, const QString &message)
{
    DoorAlarm a;
    a.doorId = m_door.id;
    a.commissioning = m_door.commissioning;
    a.kind = QString::fromLatin1(door::alarmName(kind));
    a.at = now();
    a.detail = detail;
    a.message = message;
    a.source = QStringLiteral("porter");
    auto inserted = m_journal.insertDoorAlarm(a, now());
    if (!inserted.ok())
        return inserted.error();
    ++m_outcome.alarmsRaised;
    ActivityEvent e;
    e.at = a.at;
    e.propertyId = m_property.id;
    e.doorId = m_door.id;
    e.actor = QStringLiteral("Porter");
    e.action = QStringLiteral("door-alarm");
    e.result = QStringLiteral("alarm");
    e.reason = QString::fromLatin1(door::describe(kind));
    e.detail = QStringLiteral("Door %1: %2").arg(m_door.name, message);
    auto logged = m_journal.insertActivity(e);
    if (!logged.ok())
        return logged.error();
    return {};
}

void SyncEngine::finish()
{
    if (m_done || !m_client)
        return;
    m_done = true;
    wipeSeed();
    const door::SyncResult result = m_client->result();
    m_outcome.resumedFrom = qint64(result.updateResumedFrom);
    auto st = recordOutcome(result);
    m_outcome.ok = result.ok() && st.ok() && !m_planError;
    if (!st.ok())
        m_outcome.error = st.error();
    else if (m_planError)
        m_outcome.error = *m_planError;
    else if (!result.ok())
        m_outcome.error = fromSyncError(result, m_door.name);
    for (const auto &c : m_connections)
        disconnect(c);
    m_connections.clear();
    if (m_transport)
        m_transport->close();
    m_client.reset();
    qCInfo(lcSync) << "sync of door" << m_door.id << (m_outcome.ok ? "succeeded" : "failed")
                   << m_outcome.error.message;
    const SyncOutcome outcome = m_outcome;
    QTimer::singleShot(0, this, [this, outcome]() { Q_EMIT finished(outcome); });
}

SyncOutcome SyncEngine::runBlocking(const Manager &actor, Id doorId, Transport *transport, int timeoutMs)
{
    QEventLoop loop;
    SyncOutcome result;
    bool done = false;
    auto c = connect(this, &SyncEngine::finished, &loop, [&](const SyncOutcome &o) {
        result = o;
        done = true;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, [&]() {
        if (m_client && !m_done) {
            m_client->linkLost();
            finish();
        }
    });
    start(actor, doorId, transport);
    timeout.start(timeoutMs);
    if (!done)
        loop.exec();
    disconnect(c);
    return result;
}

} // namespace porter::sync
