#include "sync/syncengine.h"

#include "access/permissions.h"
#include "door/update.h"
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
    case door::SyncError::DoorAlreadyCommissioned:
    case door::SyncError::FingerprintRejected:
        return makeError(ErrorCode::Protocol, detail); // commissioning outcomes; a sync never ends with them
    case door::SyncError::LocalError:
        return makeError(ErrorCode::Storage,
                         QStringLiteral("Porter could not store what door \u2018%1\u2019 sent (%2).")
                             .arg(doorName, detail));
    }
    return makeError(ErrorCode::Internal, detail);
}

} // namespace

SyncEngine::SyncEngine(Database &db, const Clock &clock, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , ServiceBase(db, clock)
    , m_secrets(secrets)
{}

SyncEngine::~SyncEngine() = default;

void SyncEngine::fail(Error error)
{
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
            auto inserted = m_journal.insertDoorEvent(e, isPrivate, qint64(entry.seq));
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
                m_door.id, qint64(ack->version),
                QByteArray(reinterpret_cast<const char *>(ack->hash.data()), qsizetype(ack->hash.size())),
                toQByteArray(encoded)));
            m_outcome.versionRecorded = true;
            m_outcome.toVersion = qint64(ack->version);
        } else {
            m_outcome.toVersion = m_plan->ackVersion;
        }
        if (r.doorStatus) {
            m_outcome.batteryPercent = r.doorStatus->batteryPercent;
            m_outcome.firmware = QString::fromStdString(r.doorStatus->firmware);
            m_outcome.driftSeconds = r.driftSeconds;
            PORTER_TRY(m_dir.setDoorHealth(m_door.id, m_outcome.batteryPercent, m_outcome.firmware,
                                           m_outcome.driftSeconds,
                                           ok ? std::optional<qint64>(now()) : std::nullopt));
        }
        ActivityEvent e;
        e.at = now();
        e.propertyId = m_property.id;
        e.managerId = m_actor.id;
        e.actor = actorLabel(m_actor);
        e.action = ok ? QStringLiteral("door-sync") : QStringLiteral("door-sync-failed");
        e.doorId = m_door.id;
        e.result = ok ? QStringLiteral("ok") : QStringLiteral("failed");
        e.detail = QStringLiteral("Door %1: version %2 \u2192 %3 (%4 update, %5 bytes), %6 events imported%7")
                       .arg(m_door.name)
                       .arg(m_outcome.fromVersion)
                       .arg(m_outcome.toVersion)
                       .arg(m_outcome.updateKind)
                       .arg(m_outcome.updateBytes)
                       .arg(m_outcome.activityImported)
                       .arg(m_planError ? QStringLiteral("; ") + m_planError->message
                            : r.ok()    ? QString()
                                        : QStringLiteral("; ") + QString::fromStdString(r.message));
        if (!m_outcome.leftOut.isEmpty())
            e.detail += QStringLiteral("; left out: ") + m_outcome.leftOut.join(QLatin1Char(' '));
        PORTER_TRY(m_journal.insertActivity(e));
        return {};
    });
}

void SyncEngine::finish()
{
    if (m_done || !m_client)
        return;
    m_done = true;
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
