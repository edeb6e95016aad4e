#include "kits/kitcourier.h"

#include "door/session.h"
#include "door/update.h"
#include "link/transport.h"
#include "sync/internal/planner.h"
#include "util/logging.h"

#include <QPointer>
#include <QTimer>
#include <algorithm>

namespace porter::kits {
namespace {

using sync::toBytes;
using sync::viewOf;
const auto fromBytes = sync::toQByteArray;

QByteArray fromHash(const door::Hash &h)
{
    return QByteArray(reinterpret_cast<const char *>(h.data()), qsizetype(h.size()));
}

} // namespace

class KitCourier::Private
{
public:
    Private(KitCourier *owner, const Clock &clock)
        : q(owner)
        , m_clock(clock)
    {
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(60000);
    }

    void start(const FieldKit &kit, Id doorId, sync::Transport *transport);
    void onOpened(int payloadSize);
    void onReceived(const QByteArray &bytes);
    void onClosed(const QString &reason);
    void onTimeout();
    void pump();
    void finish();
    void fail(Error error);
    void disconnectTransport();
    void emitFinished(const Result<KitAnswer> &result);
    KitAnswer answerOf(const door::SyncResult &r) const;

    KitCourier *q;
    const Clock &m_clock;
    KitDoor m_door;
    QPointer<sync::Transport> m_transport;
    std::optional<door::SyncClientConfig> m_config;
    std::unique_ptr<door::SyncClient> m_client;
    QString m_updateKind;
    QList<QMetaObject::Connection> m_connections;
    sync::DoorProgress m_progress;
    QTimer m_timeout;
    bool m_running = false;
};

KitCourier::KitCourier(const Clock &clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, clock))
{
    connect(&d->m_timeout, &QTimer::timeout, this, [this]() { d->onTimeout(); });
}

KitCourier::~KitCourier()
{
    d->disconnectTransport();
    if (d->m_running && d->m_transport)
        d->m_transport->close();
}

void KitCourier::setTimeout(int milliseconds)
{
    d->m_timeout.setInterval(milliseconds);
}

void KitCourier::start(const FieldKit &kit, Id doorId, sync::Transport *transport)
{
    d->start(kit, doorId, transport);
}

bool KitCourier::running() const
{
    return d->m_running;
}

void KitCourier::Private::start(const FieldKit &kit, Id doorId, sync::Transport *transport)
{
    Q_ASSERT(!m_running);
    Q_ASSERT(transport && !transport->isOpen());
    m_running = true;
    m_transport = transport;
    m_client.reset();
    m_progress = sync::DoorProgress{};
    m_updateKind = QStringLiteral("none");
    const KitDoor *kd = kit.door(doorId);
    if (!kd)
        return fail(makeError(ErrorCode::NotFound, tr("Door %1 is not in this field kit.").arg(doorId)));
    m_door = *kd;
    const qint64 now = m_clock.nowSecs();
    if (kit.expired(now))
        return fail(
            makeError(ErrorCode::InvalidInput,
                      tr("This field kit expired on %1: doors refuse it. Build a new one with Porter online.")
                          .arg(QDateTime::fromSecsSinceEpoch(kit.notAfter, Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))));

    door::SyncClientConfig config;
    config.propertyId = std::uint32_t(m_door.propertyId);
    config.doorId = std::uint32_t(m_door.doorId);
    config.doorIdentityPublicKey = toBytes(m_door.identityKey);
    config.kitCertificate = toBytes(m_door.certificate);
    config.kitSeed = toBytes(kit.kitSeed);
    // A door that still holds an older signing key follows the kit's steps to the key that certified it.
    for (const QByteArray &encoded : m_door.keySteps) {
        if (const auto step = door::protocol::decodeKeyStep(toBytes(encoded)))
            config.keySteps.push_back(*step);
    }
    config.now = now;
    // The kit's delta when the door holds exactly what it was built from; its full list when the door
    // holds anything older; nothing when it holds the kit's version (or a newer one: the door would
    // refuse an older list anyway, and Porter online brings it the rest).
    config.updateFor = [this](const door::DoorStatus &status) -> std::optional<door::Bytes> {
        const QByteArray statusHash = fromHash(status.hash);
        if (status.version >= m_door.targetVersion)
            return std::nullopt;
        if (!m_door.delta.isEmpty() && status.version == m_door.baseVersion &&
            statusHash == m_door.baseHash) {
            m_updateKind = QStringLiteral("delta");
            return toBytes(m_door.delta);
        }
        m_updateKind = QStringLiteral("full");
        return toBytes(m_door.full);
    };
    config.onProgress = [this](std::size_t sent, std::size_t total) {
        m_progress.stage = sync::DoorStage::Updating;
        m_progress.updateSent = qint64(sent);
        m_progress.updateTotal = qint64(total);
    };
    m_config = std::move(config);
    m_connections << QObject::connect(transport, &sync::Transport::opened, q,
                                      [this](int payloadSize) { onOpened(payloadSize); });
    m_connections << QObject::connect(transport, &sync::Transport::received, q,
                                      [this](const QByteArray &bytes) { onReceived(bytes); });
    m_connections << QObject::connect(transport, &sync::Transport::closed, q,
                                      [this](const QString &reason) { onClosed(reason); });
    qCInfo(lcSync) << "field kit delivery to door" << doorId << "over" << transport->describe();
    m_timeout.start();
    transport->open();
}

void KitCourier::Private::onOpened(int payloadSize)
{
    if (!m_running || !m_config || m_client)
        return;
    m_config->linkPayload = std::size_t(payloadSize);
    m_client = std::make_unique<door::SyncClient>(std::move(*m_config));
    m_config.reset();
    m_client->start();
    pump();
}

void KitCourier::Private::pump()
{
    if (!m_client || !m_running)
        return;
    while (auto fragment = m_client->nextFragment()) {
        m_progress.bytesSent += qint64(fragment->size());
        if (m_transport)
            m_transport->write(fromBytes(*fragment));
    }
    if (m_client->finished())
        return finish();
    if (m_progress.stage != sync::DoorStage::Updating)
        m_progress.stage = m_client->state() == door::SyncClient::State::Syncing ? sync::DoorStage::Exchanging
                                                                                 : sync::DoorStage::Handshake;
    Q_EMIT q->progress(m_progress);
}

void KitCourier::Private::onReceived(const QByteArray &bytes)
{
    if (!m_client || !m_running)
        return;
    m_progress.bytesReceived += bytes.size();
    m_client->receive(viewOf(bytes), m_clock.nowSecs());
    pump();
}

void KitCourier::Private::onClosed(const QString &reason)
{
    if (!m_running)
        return;
    if (!m_client || m_client->state() == door::SyncClient::State::Idle) {
        QString why = reason.trimmed();
        if (!why.endsWith(QLatin1Char('.')))
            why += QLatin1Char('.');
        return fail(makeError(
            ErrorCode::LinkLost,
            tr("Door ‘%1’ cannot be reached (%2) Move closer and try again.").arg(m_door.doorName, why)));
    }
    if (!m_client->finished())
        m_client->linkLost();
    finish();
}

void KitCourier::Private::onTimeout()
{
    if (!m_running)
        return;
    if (!m_client)
        return fail(
            makeError(ErrorCode::LinkLost,
                      tr("Door ‘%1’ did not answer. Move closer and try again.").arg(m_door.doorName)));
    if (!m_client->finished())
        m_client->linkLost();
    finish();
}

KitAnswer KitCourier::Private::answerOf(const door::SyncResult &r) const
{
    KitAnswer a;
    a.at = m_clock.nowSecs();
    a.ok = r.ok();
    if (!r.ok())
        a.error = QString::fromStdString(r.message);
    if (r.applied) {
        a.appliedVersion = r.applied->version;
        a.appliedHash = fromHash(r.applied->hash);
    }
    if (r.finalState) {
        a.finalVersion = r.finalState->version;
        a.finalHash = fromHash(r.finalState->hash);
    }
    a.updateKind = m_updateKind;
    if (r.updateError != door::UpdateError::None)
        a.updateError = QString::fromLatin1(door::describe(r.updateError));
    if (r.doorStatus) {
        a.reportedVersion = r.doorStatus->version;
        a.batteryPercent = r.doorStatus->batteryPercent;
        a.firmware = QString::fromStdString(r.doorStatus->firmware);
        a.driftSeconds = r.driftSeconds;
        a.lostEntries = qint64(r.doorStatus->lostEntries);
        a.doorcodeEpoch = qint64(r.doorcodeEpoch);
        a.signingKeyEpoch = qint64(r.signingKeyEpoch);
    }
    a.clockRefusedBefore = r.clockRefusedBefore;
    if (r.kitReceipt) {
        a.receiptStart = QByteArray(reinterpret_cast<const char *>(r.kitReceipt->start.data()), 32);
        for (const door::Bytes &record : r.kitReceipt->records)
            a.receiptRecords << fromBytes(record);
        a.receiptDone = fromBytes(r.kitReceipt->done);
        a.receiptSignature = fromBytes(r.kitReceipt->signature);
    }
    for (const door::ActivityEntry &e : r.activity)
        a.activity.push_back(
            KitActivity{e.seq, e.time, e.personSlot(), std::uint8_t(e.kind), e.reasonSlot()});
    return a;
}

void KitCourier::Private::finish()
{
    if (!m_running || !m_client)
        return;
    disconnectTransport();
    const door::SyncResult result = m_client->result();
    if (m_transport)
        m_transport->close();
    m_client.reset();
    // Nothing authenticated came from the door: there is no answer to keep.
    if (!result.doorStatus && !result.applied) {
        const ErrorCode code =
            result.error == door::SyncError::LinkLost ? ErrorCode::LinkLost : ErrorCode::Protocol;
        return emitFinished(makeError(
            code, tr("Door ‘%1’: %2").arg(m_door.doorName, QString::fromStdString(result.message))));
    }
    emitFinished(answerOf(result));
}

void KitCourier::Private::fail(Error error)
{
    disconnectTransport();
    m_client.reset();
    emitFinished(std::move(error));
}

void KitCourier::Private::disconnectTransport()
{
    for (const auto &c : m_connections)
        QObject::disconnect(c);
    m_connections.clear();
}

void KitCourier::Private::emitFinished(const Result<KitAnswer> &result)
{
    m_running = false;
    m_timeout.stop();
    QTimer::singleShot(0, q, [this, result]() { Q_EMIT q->finished(result); });
}

void recordAnswer(KitDoor &door, KitAnswer answer)
{
    // Every entry any visit read, once: the door keeps them all until Porter syncs it.
    std::vector<KitActivity> merged = door.answer ? door.answer->activity : std::vector<KitActivity>{};
    merged.insert(merged.end(), answer.activity.begin(), answer.activity.end());
    std::stable_sort(merged.begin(), merged.end(),
                     [](const KitActivity &a, const KitActivity &b) { return a.seq < b.seq; });
    merged.erase(std::unique(merged.begin(), merged.end(),
                             [](const KitActivity &a, const KitActivity &b) { return a.seq == b.seq; }),
                 merged.end());
    // A later visit that did not get as far keeps what the earlier one learnt of the version.
    if (door.answer && !answer.appliedVersion && door.answer->appliedVersion &&
        (!answer.finalVersion || *answer.finalVersion == *door.answer->appliedVersion)) {
        answer.appliedVersion = door.answer->appliedVersion;
        answer.appliedHash = door.answer->appliedHash;
    }
    answer.activity = std::move(merged);
    // A visit cut short has no receipt: the last complete one stays, so the door's word is not lost.
    if (door.answer && answer.receiptSignature.isEmpty() && !door.answer->receiptSignature.isEmpty()) {
        answer.receiptStart = door.answer->receiptStart;
        answer.receiptRecords = door.answer->receiptRecords;
        answer.receiptDone = door.answer->receiptDone;
        answer.receiptSignature = door.answer->receiptSignature;
    }
    door.answer = std::move(answer);
}

} // namespace porter::kits
