#include "devices/commissioner.h"

#include "store/repositories.h"
#include "sync/planner.h"

#include <QEventLoop>
#include <QTimer>

namespace porter::sync {

Commissioner::Commissioner(DeviceService &devices, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
{}

Commissioner::~Commissioner() = default;

CommissionOutcome Commissioner::runBlocking(const Manager &actor, Id doorId, Transport *transport,
                                            std::function<bool(const QString &)> confirm, int timeoutMs)
{
    CommissionOutcome out;
    out.doorId = doorId;
    auto material = m_devices.commissioningMaterial(actor, doorId, m_replaceIdentity);
    if (!material.ok()) {
        out.error = material.error();
        return out;
    }
    door::CommissionConfig config;
    config.propertyId = std::uint32_t(material->property.id);
    config.doorId = std::uint32_t(doorId);
    config.propertySeed = toBytes(material->propertySeed);
    config.doorcodeSecret = toBytes(material->doorcodeSecret);
    config.doorcodeDigits = material->property.doorcodeDigits;
    config.doorcodeEpoch = std::uint32_t(material->doorcodeEpoch);
    config.linkPayload = std::size_t(transport->linkPayload());
    door::CommissionClient client(std::move(config));

    QEventLoop loop;
    bool finished = false;
    bool asked = false;
    std::function<void()> pump = [&]() {
        while (auto f = client.nextFragment())
            transport->write(toQByteArray(*f));
        if (client.state() == door::CommissionClient::State::AwaitConfirmation && !asked) {
            // The person at the door compares the six digits; nothing secret has been sent yet. The
            // nonce reveal goes out first, so the door shows its code before the question is asked.
            asked = true;
            transport->flush();
            QTimer::singleShot(0, &loop, [&]() {
                out.pairingCode = QString::fromStdString(client.result().pairingCode);
                if (confirm && confirm(out.pairingCode))
                    client.confirmPairing();
                else
                    client.rejectPairing();
                pump();
            });
        }
        if (client.finished() && !finished) {
            finished = true;
            loop.quit();
        }
    };
    QList<QMetaObject::Connection> connections;
    connections << connect(transport, &Transport::opened, &loop, [&]() {
        client.start();
        pump();
    });
    connections << connect(transport, &Transport::received, &loop, [&](const QByteArray &bytes) {
        client.receive(viewOf(bytes));
        pump();
    });
    connections << connect(transport, &Transport::closed, &loop, [&](const QString &) {
        if (!client.finished())
            client.linkLost();
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&]() {
        if (!client.finished())
            client.linkLost();
        finished = true;
        loop.quit();
    });
    transport->open();
    if (!finished)
        loop.exec();
    for (const auto &c : connections)
        disconnect(c);
    transport->close();

    const door::CommissionResult &r = client.result();
    if (!r.ok()) {
        out.error =
            makeError(r.error == door::SyncError::LinkLost ? ErrorCode::LinkLost : ErrorCode::DoorRejected,
                      QStringLiteral("Commissioning door \u2018%1\u2019 failed: %2")
                          .arg(material->door.name, QString::fromStdString(r.message)));
        return out;
    }
    auto st = m_devices.recordCommissioned(actor, doorId, toQByteArray(r.doorIdentityPublicKey),
                                           material->doorcodeEpoch, m_replaceIdentity);
    if (!st.ok()) {
        out.error = makeError(
            st.error().code,
            st.error().message +
                QStringLiteral(" The door is commissioned but Porter could not record it: reset the "
                               "door to install mode and commission it again."));
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace porter::sync
