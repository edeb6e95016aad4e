#include "devices/commissioner.h"

#include "app/backend.h"
#include "devices/deviceservice.h"
#include "door/protocol.h"
#include "door/session.h"
#include "link/transport.h"
#include "sync/internal/planner.h"
#include "util/logging.h"

#include <QPointer>
#include <QTimer>

namespace porter::sync {

class Commissioner::Private
{
public:
    Private(Commissioner *owner, DeviceService &devices)
        : q(owner)
        , m_devices(devices)
    {
        m_timeout.setSingleShot(true);
        m_timeout.setInterval(150000);
    }

    void onOpened(int payloadSize);
    void onReceived(const QByteArray &bytes);
    void onClosed(const QString &reason);
    void pump();
    void complete();
    void fail(const Error &error);
    void failNeverOpened();
    void stop();
    void emitProgress(DoorStage stage);

    Commissioner *q;
    DeviceService &m_devices;
    bool m_replaceIdentity = false;
    bool m_running = false;
    bool m_asked = false;
    Manager m_actor;
    Id m_doorId = 0;
    std::optional<DeviceService::Material> m_material;
    std::unique_ptr<door::CommissionClient> m_client;
    QPointer<Transport> m_transport;
    QList<QMetaObject::Connection> m_connections;
    DoorProgress m_progress;
    QString m_pairingCode;
    QTimer m_timeout;
};

Commissioner::Commissioner(Backend &backend, QObject *parent)
    : Commissioner(backend.devices(), parent)
{}

Commissioner::Commissioner(DeviceService &devices, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, devices))
{
    connect(&d->m_timeout, &QTimer::timeout, this, [this]() {
        if (!d->m_running)
            return;
        if (!d->m_client)
            return d->failNeverOpened();
        if (!d->m_client->finished())
            d->m_client->linkLost();
        d->complete();
    });
}

Commissioner::~Commissioner()
{
    d->stop();
}

void Commissioner::setReplaceIdentity(bool replace)
{
    d->m_replaceIdentity = replace;
}

void Commissioner::setTimeout(int milliseconds)
{
    d->m_timeout.setInterval(milliseconds);
}

bool Commissioner::running() const
{
    return d->m_running;
}

QString Commissioner::pairingCode() const
{
    return d->m_pairingCode;
}

void Commissioner::start(const Manager &actor, Id doorId, Transport *transport)
{
    Q_ASSERT(!d->m_running);
    Q_ASSERT(transport && !transport->isOpen());
    d->m_running = true;
    d->m_asked = false;
    d->m_actor = actor;
    d->m_doorId = doorId;
    d->m_client.reset();
    d->m_pairingCode.clear();
    d->m_progress = DoorProgress{};
    d->m_transport = nullptr;
    // Permission, the replace-identity rule, the property's keys (made at its first commissioning:
    // they are the property's, not this door's). Nothing about the door is stored before it confirmed.
    auto material = d->m_devices.commissioningMaterial(actor, doorId, d->m_replaceIdentity);
    if (!material.ok())
        return d->fail(material.error());
    d->m_material = std::move(material).value();
    d->m_transport = transport;
    d->m_connections << connect(transport, &Transport::opened, this,
                                [this](int payloadSize) { d->onOpened(payloadSize); });
    d->m_connections << connect(transport, &Transport::received, this,
                                [this](const QByteArray &bytes) { d->onReceived(bytes); });
    d->m_connections << connect(transport, &Transport::closed, this,
                                [this](const QString &reason) { d->onClosed(reason); });
    qCInfo(lcSync) << "commissioning door" << doorId << "over" << transport->describe();
    d->m_timeout.start();
    // No signal from inside start(): the first progress comes from the event loop (opened()).
    transport->open();
}

void Commissioner::confirm()
{
    if (!d->m_running || !d->m_client ||
        d->m_client->state() != door::CommissionClient::State::AwaitConfirmation)
        return;
    d->m_client->confirmPairing();
    d->emitProgress(DoorStage::Commissioning);
    d->pump();
}

void Commissioner::reject()
{
    if (!d->m_running || !d->m_client ||
        d->m_client->state() != door::CommissionClient::State::AwaitConfirmation)
        return;
    d->m_client->rejectPairing();
    d->pump();
}

void Commissioner::cancel()
{
    if (!d->m_running)
        return;
    qCInfo(lcSync) << "commissioning of door" << d->m_doorId << "cancelled";
    d->fail(makeError(ErrorCode::Cancelled,
                      tr("Commissioning door ‘%1’ was cancelled; Porter stored nothing. If the person at the "
                         "door already pressed its button, reset the door before commissioning it again.")
                          .arg(d->m_material ? d->m_material->door.name : QString::number(d->m_doorId))));
}

// Closes the link and forgets the session without emitting anything.
void Commissioner::Private::stop()
{
    for (const auto &c : m_connections)
        QObject::disconnect(c);
    m_connections.clear();
    if (m_running && m_transport)
        m_transport->close();
    m_timeout.stop();
    m_client.reset(); // wipes the property seed and the doorcode secret it holds
    m_material.reset();
}

void Commissioner::Private::fail(const Error &error)
{
    stop();
    m_running = false;
    QTimer::singleShot(0, q, [this, error]() { Q_EMIT q->finished(error); });
}

// The link never opened (refused, out of range, timed out): the same words as a link lost later.
void Commissioner::Private::failNeverOpened()
{
    fail(makeError(ErrorCode::LinkLost,
                   Commissioner::tr("Commissioning door ‘%1’ failed: %2")
                       .arg(m_material->door.name,
                            Commissioner::tr("The connection to the door was lost during commissioning. The "
                                             "door is not commissioned unless it says so; try again."))));
}

void Commissioner::Private::emitProgress(DoorStage stage)
{
    m_progress.stage = stage;
    Q_EMIT q->progress(m_progress);
}

void Commissioner::Private::onOpened(int payloadSize)
{
    if (!m_running || m_client || !m_material)
        return;
    door::CommissionConfig config;
    config.propertyId = std::uint32_t(m_material->property.id);
    config.doorId = std::uint32_t(m_doorId);
    config.propertySeed = toBytes(m_material->propertySeed);
    config.doorcodeSecret = toBytes(m_material->doorcodeSecret);
    config.doorcodeDigits = m_material->property.doorcodeDigits;
    config.doorcodeEpoch = std::uint32_t(m_material->doorcodeEpoch);
    config.signingKeyEpoch = std::uint32_t(m_material->signingKeyEpoch);
    config.linkPayload = std::size_t(payloadSize);
    m_client = std::make_unique<door::CommissionClient>(std::move(config));
    m_client->start();
    emitProgress(DoorStage::Handshake);
    pump();
}

void Commissioner::Private::onReceived(const QByteArray &bytes)
{
    if (!m_running || !m_client)
        return;
    m_progress.bytesReceived += bytes.size();
    m_client->receive(viewOf(bytes));
    pump();
}

void Commissioner::Private::onClosed(const QString &reason)
{
    if (!m_running)
        return;
    qCInfo(lcSync) << "link closed:" << reason;
    if (m_client && !m_client->finished())
        m_client->linkLost();
    if (!m_client)
        return failNeverOpened();
    complete();
}

void Commissioner::Private::pump()
{
    if (!m_running || !m_client)
        return;
    while (auto f = m_client->nextFragment()) {
        m_progress.bytesSent += qint64(f->size());
        if (m_transport)
            m_transport->write(toQByteArray(*f));
    }
    if (m_client->state() == door::CommissionClient::State::AwaitConfirmation && !m_asked) {
        // The person at the door compares the six digits; nothing secret has been sent yet. The
        // nonce reveal goes out first, so the door shows its code before the question is asked.
        m_asked = true;
        if (m_transport)
            m_transport->flush();
        m_pairingCode = QString::fromStdString(m_client->result().pairingCode);
        emitProgress(DoorStage::AwaitingConfirmation);
        // Queued: the question is asked from the event loop, never from inside a transport signal.
        QTimer::singleShot(0, q, [this, code = m_pairingCode]() {
            if (m_running && m_client &&
                m_client->state() == door::CommissionClient::State::AwaitConfirmation)
                Q_EMIT q->pairingCodeReady(code);
        });
        return;
    }
    if (m_client->finished())
        return complete();
    emitProgress(m_progress.stage);
}

void Commissioner::Private::complete()
{
    if (!m_running || !m_client || !m_material)
        return;
    const door::CommissionResult r = m_client->result();
    const DeviceService::Material material = *m_material;
    const QString code = m_pairingCode;
    stop();
    if (!r.ok()) {
        // r.message says what the door or the person refused (docs/door-protocol.md §6).
        const Error error =
            makeError(r.error == door::SyncError::LinkLost ? ErrorCode::LinkLost : ErrorCode::DoorRejected,
                      Commissioner::tr("Commissioning door ‘%1’ failed: %2")
                          .arg(material.door.name, QString::fromStdString(r.message)));
        return fail(error);
    }
    emitProgress(DoorStage::Finishing);
    const QByteArray identity = toQByteArray(r.doorIdentityPublicKey);
    auto st = m_devices.recordCommissioned(m_actor, m_doorId, identity, material.doorcodeEpoch,
                                           m_replaceIdentity, material.signingKeyEpoch);
    if (!st.ok())
        return fail(makeError(st.error().code,
                              Commissioner::tr("%1 The door is commissioned but Porter could not record it: "
                                               "reset the door to install mode and commission it again.")
                                  .arg(st.error().message)));
    CommissionReport report;
    report.doorId = m_doorId;
    report.doorName = material.door.name;
    report.pairingCode = code;
    report.identityFingerprint =
        QString::fromStdString(door::protocol::identityFingerprint(r.doorIdentityPublicKey));
    report.replacedIdentity = material.door.commissioned;
    m_running = false;
    qCInfo(lcSync) << "commissioned door" << m_doorId;
    QTimer::singleShot(0, q, [this, report]() { Q_EMIT q->finished(report); });
}

} // namespace porter::sync
