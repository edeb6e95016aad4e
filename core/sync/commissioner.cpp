#include "sync/commissioner.h"

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
    auto material = m_devices.commissioningMaterial(actor, doorId);
    if (!material.ok()) {
        out.error = material.error();
        return out;
    }
    door::CommissionConfig config;
    config.propertyId = std::uint32_t(material->property.id);
    config.doorId = std::uint32_t(doorId);
    config.propertySeed = toBytes(material->propertySeed);
    config.doorcodeSecret = toBytes(material->doorcodeSecret);
    config.doorcodeEpoch = std::uint32_t(material->doorcodeEpoch);
    config.linkPayload = std::size_t(transport->linkPayload());
    config.confirmFingerprint = [&](const std::string &fingerprint) {
        out.fingerprint = QString::fromStdString(fingerprint);
        return confirm ? confirm(out.fingerprint) : true;
    };
    door::CommissionClient client(std::move(config));

    QEventLoop loop;
    bool finished = false;
    auto pump = [&]() {
        while (auto f = client.nextFragment())
            transport->write(toQByteArray(*f));
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
                                           material->doorcodeEpoch);
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
